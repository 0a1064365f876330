import { describe, expect, it } from 'vitest';
import { GlossaryIndex } from '../../src/core/glossary/GlossaryIndex';
import type { LessonRecord } from '../../src/core/glossary/lessonRecord';
import { indexHeader, indexLines, type RestoredIndex } from '../../src/core/glossary/persistedIndex';
import { BEES } from './beesRecord';
import { indexOf, readBack } from './indexStore';

// An index taken in from a persisted one (GlossaryIndex.restore): into an empty index as it is, into one with lessons
// of its own merged, and either way an index like any other afterwards.

const header = indexHeader('1.2.3', {});

const WASPS: LessonRecord = {
	path: 'wasps.md',
	title: 'Wasps',
	mtime: 8,
	size: 40,
	units: [[2, 3, null]],
	terms: [
		[0, 'sting', null, '动词', '蜇', 0],
		[0, 'nest', '/nest/', '名词', '巢', 1],
		[0, 'swarm', null, null, '一群黄蜂', 0],
	],
	words: '',
};

/** `index` written to a store and read back. */
function stored(index: GlossaryIndex): RestoredIndex {
	const back = readBack([...indexLines(header, index, [])].join('\n'), header);
	if (!back) throw new Error('not read back');
	return back;
}

function restoredFrom(...records: LessonRecord[]): GlossaryIndex {
	const index = new GlossaryIndex();
	index.restore(stored(indexOf(...records)));
	return index;
}

/** What a view reads of an index. */
function shape(index: GlossaryIndex) {
	return {
		totals: index.totals(),
		lessons: index.lessons().sort((a, b) => (a.path < b.path ? -1 : 1)),
		pos: index.partsOfSpeech(),
		entries: index.entries().toArray().map((e) => ({
			key: e.key, hot: e.hot, lessonCount: e.lessonCount,
			occurrences: e.occurrences.map(({ path, unit, form, ipa, pos, meaning, hot }) => ({ path, unit, form, ipa, pos, meaning, hot })),
		})),
	};
}

function stepsOf(index: GlossaryIndex): { pauses: number; keys: number } {
	const steps = index.keyInSteps();
	let pauses = 0;
	let step = steps.next();
	while (!step.done) {
		pauses++;
		step = steps.next();
	}
	return { pauses, keys: step.value.size };
}

describe('an index restored from a persisted one', () => {
	it('is the index it was stored from, finds each key before its map of keys is made, and tells its listeners once', () => {
		const index = new GlossaryIndex();
		let calls = 0;
		index.onChange(() => calls++);
		const version = index.version;
		index.restore(stored(indexOf(BEES, WASPS)));
		expect([calls, index.version]).toEqual([1, version + 1]);
		expect(shape(index)).toEqual(shape(indexOf(BEES, WASPS)));
		expect(index.totals()).toEqual({ lessons: 2, terms: 4, hot: 2 });
		for (const key of ['brood', 'nest', 'sting', 'swarm']) expect(index.entry(key)?.key).toBe(key);
		expect(index.entry('swar')).toBeUndefined();
		expect(index.entry('swarms')).toBeUndefined();
		expect(stepsOf(index)).toEqual({ pauses: 0, keys: 4 });
		expect(index.totals().terms).toBe(4);
	});

	it('changes as an index built from its notes does: a lesson edited, moved, deleted', () => {
		const copy = restoredFrom(BEES, WASPS);
		const fresh = indexOf(BEES, WASPS);
		for (const index of [copy, fresh]) {
			index.rename('wasps.md', 'a/wasps.md');
			index.setRecord({ ...BEES, terms: [[0, 'swarm', null, '名词', '蜂群', 0]] });
		}
		expect(shape(copy)).toEqual(shape(fresh));
		expect(copy.entry('swarm')?.occurrences.map((o) => o.path)).toEqual(['a/wasps.md', 'bees.md']);
		expect(copy.totals()).toEqual({ lessons: 2, terms: 3, hot: 1 });
		for (const index of [copy, fresh]) index.delete('a/wasps.md');
		expect(shape(copy)).toEqual(shape(fresh));
		expect(copy.entry('nest')).toBeUndefined();
	});

	it('deletes a lesson before its map of keys is made, dropping the entries only that lesson had', () => {
		const copy = restoredFrom(BEES, WASPS);
		copy.delete('bees.md');
		expect(copy.entries().toArray().map((e) => e.key)).toEqual(['nest', 'sting', 'swarm']);
		expect(copy.totals()).toEqual({ lessons: 1, terms: 3, hot: 1 });
		expect(copy.partsOfSpeech()).toEqual(['动词', '名词']);
	});

	it('makes its map of keys in steps of 8,192 keys, with no pause when the last step ends the list', () => {
		const glossing = (count: number): LessonRecord => ({ ...BEES, units: [[1, 0, null]], terms: Array.from({ length: count }, (_, t) => [0, `k${t}`, null, null, 'm', 0]) });
		expect(stepsOf(restoredFrom(glossing(8192)))).toEqual({ pauses: 0, keys: 8192 });
		expect(stepsOf(restoredFrom(glossing(8193)))).toEqual({ pauses: 1, keys: 8193 });
		expect(stepsOf(restoredFrom(glossing(16384)))).toEqual({ pauses: 1, keys: 16384 });
		// Built from records, the map is there from the start.
		expect(stepsOf(indexOf(glossing(9000)))).toEqual({ pauses: 0, keys: 9000 });
	});

	it('takes a change before its map of keys is made, making the whole map at once first', () => {
		const many: LessonRecord = { ...BEES, units: [[1, 0, null]], terms: Array.from({ length: 8200 }, (_, t) => [0, `k${t}`, null, null, 'm', 0]) };
		const copy = restoredFrom(many, WASPS);
		copy.setRecord({ ...WASPS, terms: [[0, 'k8199', null, null, '新', 1], [0, 'new', null, null, '新', 0]] });
		const fresh = indexOf(many, { ...WASPS, terms: [[0, 'k8199', null, null, '新', 1], [0, 'new', null, null, '新', 0]] });
		expect(shape(copy)).toEqual(shape(fresh));
		expect(copy.entry('k8199')?.occurrences.map((o) => o.meaning)).toEqual(['m', '新']);
		expect(copy.entry('nest')).toBeUndefined();
		expect(stepsOf(copy)).toEqual({ pauses: 0, keys: 8201 });
	});

	it('settles its A–Z list in steps, after which the list reads A–Z', () => {
		const index = indexOf(WASPS, BEES);
		const steps = index.settleOrder();
		while (!steps.next().done);
		expect(index.entries().toArray().map((e) => e.key)).toEqual(['brood', 'nest', 'sting', 'swarm']);
	});

	it('takes in a second store into an index restored empty', () => {
		const index = new GlossaryIndex();
		index.restore(stored(new GlossaryIndex()));
		expect(index.totals()).toEqual({ lessons: 0, terms: 0, hot: 0 });
		index.restore(stored(indexOf(BEES, WASPS)));
		expect(shape(index)).toEqual(shape(indexOf(BEES, WASPS)));
	});
});

describe('a persisted index merged into an index with lessons of its own', () => {
	/** Indexed while the store was read: bees.md edited since (so its stored line is old), and a lesson the store lacks. */
	const live = (): LessonRecord[] => [
		{ ...BEES, mtime: 6, terms: [[0, 'swarm', null, null, '蜂群', 0], [0, 'drone', null, '名词', '雄蜂', 1]] },
		{ ...BEES, path: 'a.md', title: 'A', units: [[1, 0, null]], terms: [[0, 'sting', null, '动词', '刺', 1], [0, 'apple', null, null, '苹果', 0]] },
	];

	function merged(): GlossaryIndex {
		const index = indexOf(...live());
		index.restore(stored(indexOf(BEES, WASPS)));
		return index;
	}

	it('keeps the lessons it has, adds the others, and is the index built from all the notes', () => {
		const index = merged();
		const fresh = indexOf(...live(), WASPS);
		expect(shape(index)).toEqual(shape(fresh));
		expect(index.lesson('bees.md')?.mtime).toBe(6);
		// A key only the old bees.md glossed is gone; one both have takes the stored occurrences; new keys go in A–Z.
		expect(index.entry('brood')).toBeUndefined();
		expect(index.entries().toArray().map((e) => e.key)).toEqual(['apple', 'drone', 'nest', 'sting', 'swarm']);
		expect(index.entry('sting')?.occurrences.map((o) => [o.path, o.meaning])).toEqual([['a.md', '刺'], ['wasps.md', '蜇']]);
		expect(index.entry('swarm')?.occurrences.map((o) => [o.path, o.meaning])).toEqual([['bees.md', '蜂群'], ['wasps.md', '一群黄蜂']]);
		// 🔥: drone and sting (hot already, and again in the store), nest (new): each counted once.
		expect(index.totals()).toEqual({ lessons: 3, terms: 5, hot: 3 });
		expect(index.partsOfSpeech()).toEqual(['动词', '名词']);
	});

	it('keeps a lesson it has that glosses nothing, rather than the stored one of that path', () => {
		const index = indexOf({ ...BEES, mtime: 6, terms: [] });
		index.restore(stored(indexOf(BEES, WASPS)));
		expect(index.lesson('bees.md')).toMatchObject({ mtime: 6, terms: 0 });
		expect(shape(index)).toEqual(shape(indexOf({ ...BEES, mtime: 6, terms: [] }, WASPS)));
		expect(index.entry('brood')).toBeUndefined();
	});

	it('counts an entry made 🔥 by the store, and keeps counting right as lessons go', () => {
		const index = indexOf({ ...WASPS, path: 'b.md', terms: [[0, 'nest', null, null, '窝', 0]] });
		index.restore(stored(indexOf(WASPS)));
		expect([index.entry('nest')?.hot, index.totals().hot]).toEqual([true, 1]);
		index.delete('wasps.md');
		expect([index.entry('nest')?.hot, index.totals()]).toEqual([false, { lessons: 1, terms: 1, hot: 0 }]);
		expect(index.partsOfSpeech()).toEqual([]);
	});

	it('changes afterwards as an index built from its notes does', () => {
		const index = merged();
		const fresh = indexOf(...live(), WASPS);
		for (const i of [index, fresh]) {
			i.delete('wasps.md');
			i.rename('a.md', 'z.md');
			i.setRecord({ ...WASPS, path: 'c.md' });
		}
		expect(shape(index)).toEqual(shape(fresh));
		expect(index.entry('sting')?.occurrences.map((o) => o.path)).toEqual(['c.md', 'z.md']);
	});
});
