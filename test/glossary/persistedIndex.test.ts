import { describe, expect, it } from 'vitest';
import { GlossaryIndex } from '../../src/core/glossary/GlossaryIndex';
import { DEFAULT_FILTER, GlossaryViewModel } from '../../src/core/glossary/GlossaryViewModel';
import { indexHeader, indexLines, readIndex, type FileStamp, type RestoredIndex } from '../../src/core/glossary/persistedIndex';
import type { LessonRecord } from '../../src/core/glossary/lessonRecord';
import { BEES as BASE_BEES } from './beesRecord';
import { fixtureIndex, VARIANT_A, VARIANT_B } from './fixtureIndex';

const header = indexHeader('1.2.3', { analysisLabels: [] });
const stamps: FileStamp[] = [['plain.md', 5, 12], ['notes/other.md', 7, 30]];

/** BEES with a bullet that has no term key, which the index leaves out. */
const BEES: LessonRecord = { ...BASE_BEES, terms: [BASE_BEES.terms[0], BASE_BEES.terms[1], [1, '...', null, null, 'no key', 0], BASE_BEES.terms[2]] };

function persisted(index: GlossaryIndex, others = stamps): string {
	return [...indexLines(header, index, others)].join('\n');
}

/** Reads a persisted index to its end, counting its steps. */
function read(text: string, h = header): (RestoredIndex & { steps: number }) | null {
	const reading = readIndex(text, h);
	let steps = 0;
	let step = reading.next();
	while (!step.done) {
		steps++;
		step = reading.next();
	}
	return step.value && { ...step.value, steps };
}

function restored(text: string): GlossaryIndex {
	const back = read(text);
	if (!back) throw new Error('not read back');
	const index = new GlossaryIndex();
	index.restore(back);
	return index;
}

function withBees(): GlossaryIndex {
	const index = fixtureIndex();
	index.setRecord(BEES);
	return index;
}

/** Everything a view, a search and an export read of an index. */
function shape(index: GlossaryIndex) {
	const found = (text: string) => new GlossaryViewModel(index).rows({ ...DEFAULT_FILTER, text }).toArray().map((e) => e.key);
	return {
		totals: index.totals(),
		lessons: index.lessons().sort((a, b) => (a.path < b.path ? -1 : 1)),
		pos: index.partsOfSpeech(),
		entries: index.entries().toArray().map((e) => ({
			key: e.key, term: e.term, forms: e.forms, ipa: e.ipa, pos: e.pos, meanings: e.meanings, hot: e.hot, lessonCount: e.lessonCount, lastModified: e.lastModified,
			occurrences: e.occurrences.map(({ path, unit, line, blockId, lessonTitle, form, ipa, pos, meaning, hot }) => ({ path, unit, line, blockId, lessonTitle, form, ipa, pos, meaning, hot })),
		})),
		searches: ['gpu', 'swɔːm', '蜂', 'latency', '延迟'].map(found),
		mayUse: index.lessonsThatMayUse('latency').sort(),
	};
}

describe('persisted glossary index', () => {
	it('reads back an index equal to the original in all a view, a search and an export read, and the stamps', () => {
		const index = withBees();
		const back = read(persisted(index));
		expect(back?.others).toEqual(stamps);
		expect(back?.lessons.map((l) => l.path)).toEqual(['bees.md', VARIANT_A, VARIANT_B]);
		// One step for the line of keys, one per lesson, one to finish: a caller pauses between them.
		expect(back?.steps).toBe(5);
		const copy = restored(persisted(index));
		expect(shape(copy)).toEqual(shape(index));
		expect(copy.totals()).toEqual({ lessons: 3, terms: 314, hot: 136 });
		expect(shape(copy).searches[0]).toContain('swarm');
		// Read back, it is an index like any other: a lesson replaced, one deleted.
		copy.setRecord({ ...BEES, terms: [[0, 'drone', null, null, '雄蜂', 0]] });
		copy.delete(VARIANT_B);
		index.setRecord({ ...BEES, terms: [[0, 'drone', null, null, '雄蜂', 0]] });
		index.delete(VARIANT_B);
		expect(shape(copy)).toEqual(shape(index));
	});

	it('stores the keys A–Z once, and each lesson as columns: no object per term', () => {
		const lines = persisted(withBees()).split('\n');
		expect(lines).toHaveLength(6);
		const table = JSON.parse(lines[1]) as { keyLines: number; pos: string[] };
		expect(table.keyLines).toBe(1);
		const keys = JSON.parse(lines[2]) as string[];
		expect(keys).toHaveLength(314);
		expect(keys).toEqual([...keys].sort());
		const bees = JSON.parse(lines[3]) as { entries: number[]; terms: number; pos: number[]; forms: (string | null)[] };
		expect(bees.terms).toBe(4);
		expect(bees.entries.map((n) => keys[n])).toEqual(['swarm', 'brood', 'swarm']);
		expect(bees.pos.map((n) => (n < 0 ? null : table.pos[n]))).toEqual(['名词', null, '动词']);
		expect(bees.forms).toEqual(['Swarm', null, null]);
	});

	it('stores a large index\'s keys over several lines, each a short step, and reads them back in order', () => {
		const index = new GlossaryIndex();
		const terms = (l: number): LessonRecord['terms'] => Array.from({ length: 1500 }, (_, t) => [0, `k${(t * 7 + l * 1500) % 4500}`, null, null, `m${t}`, 0]);
		for (let l = 0; l < 3; l++) index.setRecord({ ...BEES, path: `l${l}.md`, terms: terms(l), units: [[1, 0, null]] });
		const lines = persisted(index).split('\n');
		expect((JSON.parse(lines[1]) as { keyLines: number }).keyLines).toBe(3);
		expect(lines.slice(2, 5).map((line) => (JSON.parse(line) as string[]).length)).toEqual([2048, 2048, 404]);
		const back = read(persisted(index));
		expect(back?.steps).toBe(3 + 3 + 1);
		const copy = restored(persisted(index));
		expect(shape(copy)).toEqual(shape(index));
		// Two lines of keys swapped: each A–Z, but not in order across them.
		expect(read([...lines.slice(0, 2), lines[3], lines[2], ...lines.slice(4)].join('\n'))).toBeNull();
	});

	it('reads an empty index, and a vault of notes that are not lessons', () => {
		const back = read(persisted(new GlossaryIndex()));
		expect(back).toMatchObject({ lessons: [], entries: [], others: stamps });
	});

	it('is ignored whole when the plugin version, the settings or the format changed, or the table is damaged', () => {
		const text = persisted(fixtureIndex());
		expect(read(text, indexHeader('1.2.4', { analysisLabels: [] }))).toBeNull();
		expect(read(text, indexHeader('1.2.3', { analysisLabels: ['Notes'] }))).toBeNull();
		expect(read(text.replace('"format":3', '"format":2'), header)).toBeNull();
		expect(read('')).toBeNull();
		expect(read('not json\n[1]')).toBeNull();
		const lines = text.split('\n');
		const table = JSON.parse(lines[1]) as { keyLines: number; others: { sizes: number[] } };
		const withTable = (t: unknown) => [lines[0], JSON.stringify(t), ...lines.slice(2)].join('\n');
		const keys = JSON.parse(lines[2]) as string[];
		const withKeys = (k: unknown) => [lines[0], lines[1], JSON.stringify(k), ...lines.slice(3)].join('\n');
		expect(read(withKeys([...keys].reverse()))).toBeNull(); // not A–Z
		expect(read(withKeys([...keys.slice(0, 9), keys[8], ...keys.slice(9)]))).toBeNull(); // a key twice
		expect(read(withKeys([...keys.slice(0, 9), 7, ...keys.slice(9)]))).toBeNull(); // not a key
		expect(read(withKeys([]))).toBeNull();
		expect(read(withTable({ ...table, keyLines: 2 }))).toBeNull(); // a lesson line where keys should be
		expect(read(withTable({ ...table, others: { ...table.others, sizes: [1, 2, 3] } }))).toBeNull(); // columns disagree
		expect(read([lines[0], lines[1].slice(0, 50), ...lines.slice(2)].join('\n'))).toBeNull();
		expect(read(withTable(table))).not.toBeNull();
	});

	it('skips a damaged or doubled lesson line, keeping the rest; an entry of no lesson kept is dropped', () => {
		const index = withBees();
		const lines = persisted(index).split('\n');
		const bees = JSON.parse(lines[3]) as Record<string, unknown> & { entries: number[]; textStarts: number[]; places: number[] };
		const variants: Record<string, unknown>[] = [
			{ ...bees, entries: [...bees.entries.slice(0, 2), 314] }, // no such entry
			{ ...bees, entries: bees.entries.slice(1) }, // columns of other lengths
			{ ...bees, textStarts: bees.textStarts.map((n) => n + 1) }, // past its text
			{ ...bees, places: [40, ...bees.places.slice(1)] }, // no such unit
			{ ...bees, places: [...bees.places.slice(0, 1), 999, ...bees.places.slice(2)] }, // IPA past its text
			{ ...bees, pos: [0, -2, 0] }, // no such part of speech
			{ ...bees, searchable: 'x' }, // folded text without its starts
			{ ...bees, blockIds: [null] }, // a block id short
			{ ...bees, terms: 2 }, // fewer bullets than places
			{ ...bees, mtime: '5' },
		];
		for (const variant of variants) {
			const back = read([...lines.slice(0, 3), JSON.stringify(variant), ...lines.slice(4)].join('\n'));
			expect(back?.lessons.map((l) => l.path)).toEqual([VARIANT_A, VARIANT_B]);
		}
		const cut = restored([...lines.slice(0, 3), lines[3].slice(0, 100), ...lines.slice(4)].join('\n'));
		expect(cut.totals().lessons).toBe(2);
		expect(cut.entry('brood')).toBeUndefined(); // only the damaged lesson glossed it
		expect(shape(cut)).toEqual(shape(fixtureIndex()));
		// The same lesson twice (a damaged write): the first kept, once.
		const doubled = restored([...lines.slice(0, 4), lines[3], ...lines.slice(4)].join('\n'));
		expect(doubled.entry('swarm')?.occurrences).toHaveLength(2);
		expect(shape(doubled)).toEqual(shape(index));
	});

	it('keeps a lesson indexed while the stored index was read, and merges the rest into the entries it has', () => {
		const text = persisted(withBees());
		const edited: LessonRecord[] = [
			{ ...BEES, mtime: 6, terms: [[0, 'queen', null, null, '蜂王', 1]] },
			{ ...BEES, path: 'wasps.md', terms: [[0, 'latency', null, null, '黄蜂', 0], [0, 'zzz', null, null, '睡', 1]] },
		];
		const live = new GlossaryIndex();
		for (const record of edited) live.setRecord(record);
		const back = read(text);
		if (!back) throw new Error('not read back');
		live.restore(back);
		expect(live.totals().lessons).toBe(4);
		expect(live.lesson('bees.md')?.mtime).toBe(6);
		expect(live.entry('queen')?.occurrences.map((o) => o.path)).toEqual(['bees.md']);
		expect(live.entry('brood')).toBeUndefined();
		expect(live.entry('latency')?.occurrences.map((o) => [o.path, o.meaning])).toEqual([[VARIANT_A, '延迟（网络/系统响应时间）'], ['wasps.md', '黄蜂']]);
		// As if every lesson had been indexed from its note.
		const fresh = fixtureIndex();
		for (const record of edited) fresh.setRecord(record);
		expect(shape(live)).toEqual(shape(fresh));
		const keys = live.entries().toArray().map((e) => e.key);
		expect(keys).toEqual([...keys].sort());
		expect(keys).toContain('zzz');
	});
});
