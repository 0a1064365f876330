import { describe, expect, it } from 'vitest';
import { GlossaryIndex } from '../../src/core/glossary/GlossaryIndex';
import type { IndexedLesson } from '../../src/core/glossary/IndexedLesson';
import type { LessonRecord } from '../../src/core/glossary/lessonRecord';
import { indexHeader, indexLines, readIndex } from '../../src/core/glossary/persistedIndex';

// A lesson as the index holds it: its glosses as columns, and the one string of their texts a search scans.

const header = indexHeader('1.2.3', {});

function record(terms: LessonRecord['terms'], units: LessonRecord['units'] = [[1, 4, null], [2, 9, null]]): LessonRecord {
	return { path: 'l.md', title: 'L', mtime: 1, size: 1, units, terms, words: '' };
}

function indexed(r: LessonRecord): IndexedLesson {
	const index = new GlossaryIndex();
	index.setRecord(r);
	return [...index.indexedLessons()][0];
}

/** The same lesson written to a persisted index and read back. */
function restored(r: LessonRecord): IndexedLesson {
	const index = new GlossaryIndex();
	index.setRecord(r);
	const reading = readIndex([...indexLines(header, index, [])].join('\n'), header);
	let step = reading.next();
	while (!step.done) step = reading.next();
	if (!step.value) throw new Error('not read back');
	return step.value.lessons[0];
}

function found(lesson: IndexedLesson, token: string): [slot: number, atStart: boolean][] {
	const out: [number, boolean][] = [];
	lesson.findText(token, (slot, atStart) => out.push([slot, atStart]));
	return out;
}

/** Each place as its bullet reads back. */
function places(lesson: IndexedLesson) {
	return lesson.entries.map((entry, slot) => ({
		key: entry.key, unit: lesson.unitNumber(lesson.unitIndex(slot)), line: lesson.unitLine(lesson.unitIndex(slot)),
		blockId: lesson.blockId(lesson.unitIndex(slot)), form: lesson.form(slot), meaning: lesson.meaning(slot), ipa: lesson.ipa(slot), pos: lesson.pos(slot), hot: lesson.hot(slot),
	}));
}

// Meanings where "abc" is at a start, inside, twice, across two places' texts (not a match), in an IPA, and at the very end.
const SEARCHED = record([
	[0, 'one', null, null, 'abc', 0],
	[0, 'two', null, null, 'x abc abc', 0],
	[0, 'three', null, null, 'zab', 0],
	[1, 'four', null, null, 'cz', 0],
	[1, 'five', '/abc/', null, '蜂', 0],
	[1, 'six', null, null, 'y', 0],
	[1, 'seven', null, null, 'ab', 0],
	[1, 'eight', null, null, 'abc', 0],
]);

describe('a lesson held by the index', () => {
	it('finds each place whose meaning or IPA holds a search word once, in order, and says whether its text starts with it', () => {
		for (const lesson of [indexed(SEARCHED), restored(SEARCHED)]) {
			expect(found(lesson, 'abc')).toEqual([[0, true], [1, false], [4, false], [7, true]]);
			expect(found(lesson, 'c')).toEqual([[0, false], [1, false], [3, true], [4, false], [7, false]]);
			expect(found(lesson, 'y')).toEqual([[5, true]]);
			expect(found(lesson, 'bcz')).toEqual([]);
			expect(found(lesson, '蜂\n/')).toEqual([[4, true]]);
		}
	});

	it('finds a word in a meaning folded to a text of another length, and keeps the meaning as written', () => {
		// "ﬁ" folds to "fi": every folded text after it starts one later than its text.
		const r = record([[0, 'fine', null, null, 'ﬁne GPU', 0], [0, 'gpu', null, null, 'gpu', 0], [0, 'x', 'ˈFI', null, 'Ｆｉ', 1]]);
		for (const lesson of [indexed(r), restored(r)]) {
			expect(found(lesson, 'gpu')).toEqual([[0, false], [1, true]]);
			expect(found(lesson, 'fi')).toEqual([[0, true], [2, true]]);
			expect(found(lesson, 'ne gpugpu')).toEqual([]);
			expect(places(lesson).map((p) => [p.meaning, p.ipa])).toEqual([['ﬁne GPU', null], ['gpu', null], ['Ｆｉ', 'ˈFI']]);
		}
	});

	it('reads back each bullet: its unit, form, meaning, IPA, part of speech and 🔥, and the block ids of the units', () => {
		const r = record(
			[
				[0, 'Swarm', '/swɔːm/', '名词', '蜂群', 1],
				[1, 'brood', '', null, '幼蜂', 0],
				[1, 'swarm', null, '动词', '', 1],
			],
			[[3, 4, null], [8, 20, 'unit-8']],
		);
		const expected = [
			{ key: 'swarm', unit: 3, line: 4, blockId: null, form: 'Swarm', meaning: '蜂群', ipa: '/swɔːm/', pos: '名词', hot: true },
			{ key: 'brood', unit: 8, line: 20, blockId: 'unit-8', form: 'brood', meaning: '幼蜂', ipa: '', pos: null, hot: false },
			{ key: 'swarm', unit: 8, line: 20, blockId: 'unit-8', form: 'swarm', meaning: '', ipa: null, pos: '动词', hot: true },
		];
		for (const lesson of [indexed(r), restored(r)]) {
			expect(places(lesson)).toEqual(expected);
			expect([lesson.unitCount, lesson.termCount]).toEqual([2, 3]);
		}
		// No unit with a block id, every form its key: none kept, none read.
		const plain = record([[1, 'brood', null, null, '幼蜂', 0]]);
		for (const lesson of [indexed(plain), restored(plain)]) expect(places(lesson)).toEqual([{ key: 'brood', unit: 2, line: 9, blockId: null, form: 'brood', meaning: '幼蜂', ipa: null, pos: null, hot: false }]);
	});

	it('stores its folded texts only when folding changed them', () => {
		const stored = (r: LessonRecord) => indexed(r).stored((entry) => entry.id, () => 0);
		expect(stored(record([[0, 'a', null, null, 'plain', 0]]))).toMatchObject({ searchable: null, searchStarts: null });
		expect(stored(record([[0, 'a', null, null, 'Plain', 0], [0, 'b', null, null, 'ﬁ', 0]]))).toMatchObject({ searchable: 'plainfi', searchStarts: [0, 5, 7] });
		expect(restored(record([[0, 'a', null, null, 'plain', 0]])).stored((entry) => entry.id, () => 0)).toMatchObject({ searchable: null, searchStarts: null });
	});

	it('gives each place its entry’s id, the same list each time it is asked', () => {
		const lesson = indexed(SEARCHED);
		const ids = lesson.entryIds();
		expect(Array.from(ids)).toEqual(lesson.entries.map((entry) => entry.id));
		expect(lesson.entryIds()).toBe(ids);
	});
});
