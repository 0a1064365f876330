// What counts as a place a term is glossed, and that the glossary and term notes count the same places: the two
// features share core/glosses, and these tests fail if either drifts back to a rule of its own.
import { describe, expect, it } from 'vitest';
import { GlossaryIndex } from '../../src/core/glossary/GlossaryIndex';
import { lessonGlosses, type BulletReader } from '../../src/core/glosses';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { collectOccurrences, type LessonSource } from '../../src/core/termNotes/occurrences';
import { LESSON_A, LESSON_B } from '../fixtures';
import { VARIANT_A, VARIANT_B } from '../glossary/fixtureIndex';
import { lessonSource } from '../termNotes/lessons';

type Row = [unit: number, form: string, hot: boolean];
const ROWS: BulletReader<Row> = { unitIndex: (r) => r[0], form: (r) => r[1], hot: (r) => r[2] };

describe('lessonGlosses', () => {
	it('counts a unit that glosses a term twice once, by its 🔥 bullet', () => {
		const rows: Row[] = [
			[0, 'tackle', false],
			[0, 'latency', false],
			[0, 'Tackle', true],
			[1, 'tackle', false],
		];
		expect(lessonGlosses(rows, ROWS)).toEqual([
			{ key: 'tackle', unitIndex: 0, term: [0, 'Tackle', true] },
			{ key: 'latency', unitIndex: 0, term: [0, 'latency', false] },
			{ key: 'tackle', unitIndex: 1, term: [1, 'tackle', false] },
		]);
	});

	it('keeps the first bullet when neither or both are 🔥', () => {
		expect(lessonGlosses<Row>([[0, 'bank', false], [0, 'bank.', false], [1, 'bank', true], [1, 'BANK', true]], ROWS).map((g) => g.term[1])).toEqual(['bank', 'bank']);
	});

	it('skips template placeholders and bullets with no key', () => {
		const rows: Row[] = [
			[0, '{{term}}', false],
			[0, ' {{English term, as spoken}} ', true],
			[0, '<% tp.file.title %>', false],
			[0, '。', false],
			[0, '{{verb}} off', false],
		];
		expect(lessonGlosses(rows, ROWS).map((g) => g.key)).toEqual(['{{verb}} off']);
	});
});

/** A lesson written as a half-filled template would leave it: a term glossed twice in a unit, a placeholder bullet. */
const EDGE = lessonSource('lessons/edge.md', [
	{ n: 1, english: 'The crew will shore up the causeway first.', terms: [{ term: 'shore up', meaning: '加固' }, { term: 'causeway', meaning: '堤道' }, { term: 'Shore up', meaning: '支撑', hot: true }] },
	{ n: 2, english: 'They shore it up again.', terms: [{ term: 'shore up', meaning: '加固' }, { term: '{{term}}', meaning: '{{meaning}}', hot: true }] },
]);

const SOURCES: LessonSource[] = [
	{ path: VARIANT_B, text: LESSON_B, lesson: parseLesson(LESSON_B) },
	{ path: VARIANT_A, text: LESSON_A, lesson: parseLesson(LESSON_A) },
	EDGE,
];

function glossary(): GlossaryIndex {
	const index = new GlossaryIndex();
	SOURCES.forEach((s, i) => index.setLesson(s.path, s.lesson, i));
	return index;
}

describe('the glossary and term notes on the same lessons', () => {
	it('count the same places for every term, one per unit, no placeholder', () => {
		const index = glossary();
		const notes = collectOccurrences(SOURCES);
		const glossaryPlaces = Object.fromEntries(index.entries().toArray().map((e) => [e.key, e.occurrences.map((o) => `${o.path}#${o.unit}`)]));
		const notePlaces = Object.fromEntries([...notes.values()].map((e) => [e.key, e.occurrences.map((o) => `${o.lesson.path}#${o.unit.n}`)]));
		expect(glossaryPlaces).toEqual(notePlaces);
		expect(Object.keys(notePlaces)).toHaveLength(312 + 2); // the fixtures' terms, `shore up` and `causeway`
		expect(notePlaces['shore up']).toEqual(['lessons/edge.md#1', 'lessons/edge.md#2']);
		expect(notePlaces['{{term}}']).toBeUndefined();
	});

	it('read the same bullet for a unit that glosses a term twice: its 🔥 one', () => {
		const entry = glossary().entry('shore up');
		const note = collectOccurrences(SOURCES).get('shore up');
		const expected = [['Shore up', '支撑', true], ['shore up', '加固', false]];
		expect(entry?.occurrences.map((o) => [o.form, o.meaning, o.hot])).toEqual(expected);
		expect(note?.occurrences.map((o) => [o.term.term, o.term.meaning, o.term.hot])).toEqual(expected);
		expect([entry?.hot, note?.hot]).toEqual([true, true]);
	});

	it('agree on which terms are 🔥', () => {
		const hotInGlossary = glossary().entries().toArray().filter((e) => e.hot).map((e) => e.key);
		const hotInNotes = [...collectOccurrences(SOURCES).values()].filter((e) => e.hot).map((e) => e.key).sort();
		expect(hotInGlossary).toEqual(hotInNotes);
	});
});
