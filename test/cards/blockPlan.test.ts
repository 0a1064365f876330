import { describe, expect, it } from 'vitest';
import { planBlock, type BlockPlan, type UnitSlice } from '../../src/core/cards/blockPlan';
import { blockSignature } from '../../src/core/cards/blockSignature';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { LESSON_A, LESSON_B } from '../fixtures';
import { markdownSections } from '../obsidian-double/markdownIt';
import { BEES_MISCOUNTED } from '../livePreview/lessons';

const plans = (text: string) => {
	const lesson = parseLesson(text);
	return { lesson, plans: markdownSections(text).map((s) => ({ ...s, plan: planBlock(lesson, s.lineStart, s.lineEnd) })) };
};
const slices = (plan: BlockPlan): UnitSlice[] => (plan.kind === 'units' ? plan.slices : []);
const summary = (plan: BlockPlan) => (plan.kind === 'units' ? plan.slices.map((s) => `${s.unit.n}:${s.parts.join('+')}${s.first ? ' first' : ''}${s.last ? ' last' : ''}`) : plan.kind === 'prose' ? `prose ${plan.role}` : plan.kind);

describe('planBlock on the fixtures', () => {
	it.each([
		['A', LESSON_A, ['1:header+english first', '1:own-translation', '1:', '1:terms last', 'gap']],
		['B', LESSON_B, ['1:header first', '1:english', '1:own-translation', '1:', '1:terms last', 'gap']],
	])('variant %s: a unit is header, English, translation, label, chips; separators are gaps', (_name, text, firstUnit) => {
		const { lesson, plans: blocks } = plans(text);
		const start = blocks.findIndex((b) => slices(b.plan).some((s) => s.first));
		expect(blocks.slice(start, start + firstUnit.length).map((b) => summary(b.plan).toString())).toEqual(firstUnit);
		const all = blocks.flatMap((b) => slices(b.plan));
		for (const unit of lesson.units) {
			const own = all.filter((s) => s.unit === unit);
			expect(own.filter((s) => s.first)).toHaveLength(1);
			expect(own.filter((s) => s.last)).toHaveLength(1);
			expect(own.filter((s) => s.parts.includes('english'))).toHaveLength(1);
			expect(own.flatMap((s) => s.terms)).toEqual(unit.terms);
		}
		expect(blocks.filter((b) => b.plan.kind === 'gap')).toHaveLength(lesson.units.length - 1);
		expect(blocks[0].plan).toEqual({ kind: 'prose', role: 'title', diagnostics: false });
		expect(blocks.some((b) => summary(b.plan) === 'prose summary')).toBe(true);
		expect(blocks.filter((b) => b.type === 'table').map((b) => summary(b.plan))).toEqual(['prose vocabulary']);
	});
});

describe('planBlock on notes written without blank lines', () => {
	const JAMMED = ['本文共 **3 个语义单元**', '', '(1) [00:01-00:02] **One two.**', '一二。', '解析：', '* **two**：二 🔥', '(2) [00:03-00:04] **Three.**', '', '三。', '', '解析：', '* **three**：三'].join('\n');

	it('renders the translation from the model when it shares a block, and splits a block two units share', () => {
		const { lesson, plans: blocks } = plans(JAMMED);
		expect(blocks.map((b) => [b.lineStart, b.lineEnd, summary(b.plan)])).toEqual([
			[0, 0, 'prose other'],
			[2, 4, ['1:header+english+translation first']],
			[5, 6, ['1:terms last', '2:header+english first']],
			[8, 8, ['2:own-translation']],
			[10, 10, ['2:']],
			[11, 11, ['2:terms last']],
		]);
		// No title: the diagnostics (3 declared, 2 found) go with the first unit's header block.
		expect(lesson.diagnostics.length).toBeGreaterThan(0);
		expect(blocks.map((b) => b.plan.kind === 'units' && b.plan.diagnostics)).toEqual([false, true, false, false, false, false]);
	});
});

describe('blockSignature', () => {
	/** Signatures by block text (numbered when repeated, like the `---` separators), as the reading view matches blocks. */
	const signatures = (text: string) => {
		const lesson = parseLesson(text);
		const seen = new Map<string, number>();
		return markdownSections(text).map((s) => {
			const source = text.split('\n').slice(s.lineStart, s.lineEnd + 1).join('\n');
			seen.set(source, (seen.get(source) ?? 0) + 1);
			return { source, key: `${source}#${seen.get(source)}`, signature: blockSignature(planBlock(lesson, s.lineStart, s.lineEnd), lesson, () => null) };
		});
	};
	const changed = (before: string, after: string) => {
		const old = new Map(signatures(before).map((b) => [b.key, b.signature]));
		return signatures(after).filter((b) => old.has(b.key) && old.get(b.key) !== b.signature).map((b) => b.source.slice(0, 12));
	};

	it('marks the kept blocks a 🔥 bullet changes: its unit’s header and English, nothing else', () => {
		const after = LESSON_A.replace('* **outsource** /ˈaʊtsɔːrs/：动词，外包', '* **outsource** /ˈaʊtsɔːrs/：动词，外包 🔥');
		expect(changed(LESSON_A, after)).toEqual(['(1) [15:09-1']);
	});

	it('marks nothing when only a translation changes', () => {
		expect(changed(LESSON_A, LESSON_A.replace('好的，如果你想要速度', '好吧，如果你想要速度'))).toEqual([]);
	});

	it('marks the title when the diagnostics change, and chips when a term note appears', () => {
		expect(changed(LESSON_A, LESSON_A.replace('**63 个语义单元**', '**64 个语义单元**'))).toEqual(['# 🎯 语音AI推理与']);
		// As many diagnostics as before, saying something else.
		expect(changed(LESSON_A.replace('**63 个语义单元**', '**64 个语义单元**'), LESSON_A.replace('**63 个语义单元**', '**65 个语义单元**'))).toEqual(['# 🎯 语音AI推理与']);
		const lesson = parseLesson(LESSON_A);
		const list = markdownSections(LESSON_A).find((s) => s.type === 'list')!;
		const plan = planBlock(lesson, list.lineStart, list.lineEnd);
		expect(blockSignature(plan, lesson, () => null)).not.toBe(blockSignature(plan, lesson, (t) => (t.hot ? 'Terms/x.md' : null)));
	});
});

describe('planBlock on the lines around the units', () => {
	const lesson = parseLesson(LESSON_A);
	const role = (lineStart: number, lineEnd = lineStart, of = lesson) => summary(planBlock(of, lineStart, lineEnd));

	it('names the summary and the vocabulary table from their first line to their last, and nothing around them', () => {
		const { line, endLine } = lesson.summary!;
		const vocabulary = lesson.vocabularyLine!;
		const lastRow = lesson.vocabulary.at(-1)!.line;
		expect([line - 1, line, endLine, endLine + 1].map((at) => role(at))).toEqual(['prose other', 'prose summary', 'prose summary', 'prose other']);
		expect(vocabulary).toBeLessThan(lastRow);
		expect([vocabulary, lastRow, lastRow + 1].map((at) => role(at))).toEqual(['prose vocabulary', 'prose vocabulary', 'prose other']);
		expect(role(vocabulary, vocabulary, { ...lesson, vocabulary: [] })).toBe('prose vocabulary');
	});

	it('keeps Obsidian\'s rendering of a block only when it is nothing but translation', () => {
		const [unit] = lesson.units;
		const [from, to] = unit.translationLines!;
		expect(role(from, to)).toEqual(['1:own-translation']);
		expect(role(from - 1, to)).toEqual(['1:translation']);
	});

	it('plans a note with no units as prose, its diagnostics on its first line when it has no title', () => {
		const { diagnostics } = parseLesson(BEES_MISCOUNTED);
		expect(planBlock({ ...lesson, units: [] }, 5, 5)).toEqual({ kind: 'prose', role: 'other', diagnostics: false });
		expect(planBlock({ ...lesson, units: [], titleLine: null, diagnostics }, 0, 0)).toEqual({ kind: 'prose', role: 'other', diagnostics: true });
	});
});
