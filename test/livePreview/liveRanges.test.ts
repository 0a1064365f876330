import { Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { cardHeight, cardSpans, diagnosticsAnchor, editsWithin, lineToEdit, openSpans, unitCardKey, unitPlan, unitSpans, type LineOffsets } from '../../src/core/cards/liveRanges';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { LESSON_A } from '../fixtures';
import { BEES, BEES_MISCOUNTED } from './lessons';

function offsets(text: string): LineOffsets {
	const doc = Text.of(text.split('\n'));
	return { start: (line) => doc.line(line + 1).from, end: (line) => doc.line(line + 1).to };
}

describe('unitSpans', () => {
	it('cover each unit from its header to its last written line', () => {
		const spans = unitSpans(parseLesson(BEES), offsets(BEES));
		expect(spans.map((s) => BEES.slice(s.from, s.to).split('\n')[0])).toEqual([
			'(1) [00:05-00:12] **A healthy hive hums at a steady pitch.**',
			'(2)',
			'(3) [00:40-00:51] **Smoke calms the bees before you open the lid.**',
			'(4) [01:02-01:10] **Harvest only what the colony can spare.**',
		]);
		expect(spans.map((s) => BEES.slice(s.from, s.to).split('\n').at(-1))).toEqual(['- **pitch**：名词，音高', '- **laying**：动词，产卵', '- **smoke** /smoʊk/：名词，烟 🔥', '- **spare**：动词，省出']);
	});

	it('give all 63 units of a real lesson, in order, none overlapping', () => {
		const spans = unitSpans(parseLesson(LESSON_A), offsets(LESSON_A));
		expect(spans).toHaveLength(63);
		for (const [i, span] of spans.entries()) {
			expect(LESSON_A.slice(span.from).startsWith(`(${i + 1})`)).toBe(true);
			if (i > 0) expect(span.from).toBeGreaterThan(spans[i - 1].to);
		}
	});
});

describe('cardSpans', () => {
	const spans = unitSpans(parseLesson(BEES), offsets(BEES));
	const shown = (selection: { from: number; to: number }[]) => cardSpans(spans, selection).map((s) => s.unit.n);
	const [one, two, three] = spans;

	it('shows every unit as a card while the cursor is outside them all', () => {
		expect(shown([{ from: 0, to: 0 }])).toEqual([1, 2, 3, 4]);
		// On the separator line between two units.
		expect(shown([{ from: one.to + 2, to: one.to + 2 }])).toEqual([1, 2, 3, 4]);
	});

	it('shows the markdown of the unit the cursor is in, at either end of it too', () => {
		expect(shown([{ from: two.from + 1, to: two.from + 1 }])).toEqual([1, 3, 4]);
		expect(shown([{ from: two.from, to: two.from }])).toEqual([1, 3, 4]);
		expect(shown([{ from: two.to, to: two.to }])).toEqual([1, 3, 4]);
		expect(shown([{ from: two.to + 1, to: two.to + 1 }])).toEqual([1, 2, 3, 4]);
	});

	it('shows the markdown of every unit a selection touches, and of each cursor', () => {
		expect(shown([{ from: one.to - 3, to: three.from }])).toEqual([4]);
		expect(shown([{ from: one.from + 4, to: one.from + 4 }, { from: three.from + 4, to: three.from + 9 }])).toEqual([2, 4]);
	});
});

describe('openSpans and editsWithin', () => {
	const spans = unitSpans(parseLesson(BEES), offsets(BEES));
	const [one, two, three] = spans;
	const open = openSpans(spans, [{ from: two.from + 3, to: two.from + 3 }]);

	it('open the units the selection touches, the complement of the cards', () => {
		const opened = (selection: { from: number; to: number }[]) => openSpans(spans, selection).map((s) => s.unit.n);
		expect(opened([{ from: two.from + 3, to: two.from + 3 }])).toEqual([2]);
		expect(opened([{ from: 0, to: 0 }, { from: three.from + 1, to: three.from + 4 }])).toEqual([3]);
		expect(opened([{ from: one.to - 3, to: three.from }])).toEqual([1, 2, 3]);
		expect(opened([])).toEqual([]);
	});

	it('tell every edit inside one of several open units from edits one of which is outside', () => {
		const both = openSpans(spans, [{ from: one.from, to: one.from }, { from: three.from, to: three.from }]);
		expect(editsWithin([{ from: one.from + 2, to: one.from + 2 }, { from: three.from + 2, to: three.from + 5 }], both)).toBe(true);
		expect(editsWithin([{ from: three.from + 2, to: three.from + 2 }, { from: two.from + 2, to: two.from + 2 }], both)).toBe(false);
		expect(editsWithin([], [])).toBe(false);
	});

	it('tell an edit inside an open unit, at its edges too, from one outside or across units', () => {
		expect(editsWithin([{ from: two.from + 5, to: two.from + 9 }], open)).toBe(true);
		expect(editsWithin([{ from: two.from, to: two.from }, { from: two.to, to: two.to }], open)).toBe(true);
		expect(editsWithin([{ from: two.to, to: two.to + 1 }], open)).toBe(false);
		expect(editsWithin([{ from: three.from + 1, to: three.from + 1 }], open)).toBe(false);
		expect(editsWithin([{ from: two.from + 1, to: two.from + 1 }], [])).toBe(false);
	});
});

describe('diagnosticsAnchor', () => {
	it('is nothing for a lesson with nothing off', () => {
		expect(diagnosticsAnchor(parseLesson(BEES), offsets(BEES))).toBeNull();
	});

	it('stands below the title line, or above the first unit when there is no title', () => {
		const lesson = parseLesson(BEES_MISCOUNTED);
		expect(lesson.diagnostics.map((d) => d.code)).toEqual(['count-mismatch']);
		expect(diagnosticsAnchor(lesson, offsets(BEES_MISCOUNTED))).toEqual({ pos: BEES_MISCOUNTED.indexOf('\n'), side: 1 });
		const untitled = BEES_MISCOUNTED.split('\n').slice(1).join('\n');
		expect(diagnosticsAnchor(parseLesson(untitled), offsets(untitled))).toEqual({ pos: untitled.indexOf('(1)'), side: -1 });
		expect(diagnosticsAnchor({ ...lesson, titleLine: null, units: [] }, offsets(BEES_MISCOUNTED))).toEqual({ pos: 0, side: -1 });
	});
});

describe('lineToEdit', () => {
	const [first, second] = parseLesson(BEES).units;
	const line = (n: number) => BEES.split('\n')[n];

	it('opens the line of the part clicked', () => {
		expect(line(lineToEdit(second, null))).toBe('(2)');
		expect(line(lineToEdit(second, 'english'))).toBe('**{When the queen stops laying,} [the workers] (quietly) raise a new one.**');
		expect(line(lineToEdit(second, 'translation'))).toBe('蜂王停止产卵时，工蜂会悄悄培育一只新的。');
		expect(line(lineToEdit(first, 'terms'))).toBe('- **hive** /haɪv/：名词，蜂巢 🔥');
		expect(line(lineToEdit({ ...first, terms: [] }, 'terms'))).toBe('解析：');
		expect(line(lineToEdit({ ...first, terms: [], analysisLine: null }, 'terms'))).toBe(line(first.line));
	});
});

describe('a unit\'s card', () => {
	const untitled = BEES_MISCOUNTED.split('\n').slice(1).join('\n');
	const [first] = parseLesson(untitled).units;

	it('is planned whole, without the diagnostics, which stand apart even above the first unit', () => {
		const lesson = parseLesson(untitled);
		expect(lesson.diagnostics).not.toHaveLength(0);
		expect(unitPlan(lesson, first)).toEqual({ kind: 'units', slices: [expect.objectContaining({ unit: first, parts: ['header', 'english', 'translation', 'terms'], first: true, last: true })], diagnostics: false });
	});

	it('is estimated taller for a longer English or translation and for each row of two chips', () => {
		const taller = (change: Partial<typeof first>) => cardHeight({ ...first, ...change }) - cardHeight(first);
		expect(taller({ english: first.english.repeat(4) })).toBeGreaterThan(0);
		expect(taller({ translation: first.translation.repeat(4) })).toBeGreaterThan(0);
		const chips = (n: number) => cardHeight({ ...first, terms: Array.from({ length: n }, () => first.terms[0]) });
		expect([chips(1), chips(3), chips(5)]).toEqual([chips(2), chips(4), chips(6)]);
		expect(chips(3)).toBeGreaterThan(chips(2));
		expect(chips(5) - chips(3)).toBe(chips(3) - chips(1));
	});

	it('is drawn anew when where a chip links changes, however the paths are cut', () => {
		const [hive, pitch] = first.terms;
		const key = (paths: Map<unknown, string | null>) => unitCardKey(first, 'markdown', (term) => paths.get(term) ?? null);
		expect(key(new Map([[hive, 'a'], [pitch, 'bc']]))).not.toBe(key(new Map([[hive, 'ab'], [pitch, 'c']])));
		expect(key(new Map([[hive, 'a']]))).toBe(key(new Map([[hive, 'a'], [pitch, null]])));
	});
});
