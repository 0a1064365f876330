import { beforeEach, describe, expect, it } from 'vitest';
import { GlossaryIndex } from '../../src/core/glossary/GlossaryIndex';
import { entryDetails, type ReadLesson } from '../../src/core/glossary/details';
import { DEFAULT_FILTER, GlossaryViewModel, type GlossaryFilter } from '../../src/core/glossary/GlossaryViewModel';
import { indexHeader, indexLines, type FileStamp } from '../../src/core/glossary/persistedIndex';
import type { LessonRecord } from '../../src/core/glossary/lessonRecord';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { syntheticLesson } from '../bench/synthetic';
import { LESSON_A, LESSON_B } from '../fixtures';
import { readBack, restoredIndex } from './indexStore';
import { BEES as BASE_BEES } from './beesRecord';
import { fixtureIndex, VARIANT_A, VARIANT_B } from './fixtureIndex';

const header = indexHeader('1.2.3', { analysisLabels: [] });
const read = (text: string, h = header) => readBack(text, h);
const restored = (text: string) => restoredIndex(text, header);
const stamps: FileStamp[] = [['plain.md', 5, 12], ['notes/other.md', 7, 30]];

/** BEES with a bullet that has no term key, which the index leaves out. */
const BEES: LessonRecord = { ...BASE_BEES, terms: [BASE_BEES.terms[0], BASE_BEES.terms[1], [1, '...', null, null, 'no key', 0], BASE_BEES.terms[2]] };

function persisted(index: GlossaryIndex, others = stamps): string {
	return [...indexLines(header, index, others)].join('\n');
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

/**
 * A vault of many lessons as notes: the two fixtures and synthetic lessons sharing a small vocabulary (terms glossed in
 * many lessons, 🔥 or not, with and without IPA and part of speech), in folders whose A–Z order is not the order listed.
 */
const VAULT: [path: string, text: string][] = [
	[VARIANT_A, LESSON_A],
	[VARIANT_B, LESSON_B],
	...Array.from({ length: 40 }, (_, i): [string, string] => [`s/${(i * 7) % 5}/lesson ${i}.md`, syntheticLesson(i, { units: 8, vocabulary: 150 })]),
];

/** VAULT indexed from its notes as a first start does (and BEES, a record: folding, block ids), in the order listed or reversed. */
function builtVault(reversed = false): GlossaryIndex {
	const index = new GlossaryIndex();
	const notes = VAULT.map((note, i) => ({ note, mtime: 1000 + ((i * 37) % 11) }));
	for (const { note: [path, text], mtime } of reversed ? notes.reverse() : notes) index.setLesson(path, parseLesson(text), mtime, text.length);
	index.setRecord(BEES);
	return index;
}

const readVault: ReadLesson = async (path) => {
	const note = VAULT.find(([p]) => p === path);
	return note ? parseLesson(note[1]) : null;
};

/** The rows the view lists in every order, for no filter, each filter and each search in `searches`. */
function views(index: GlossaryIndex, searches: string[]): Record<string, string[]> {
	const model = new GlossaryViewModel(index);
	const paths = index.lessons().map((l) => l.path).sort();
	const filters: Partial<GlossaryFilter>[] = [
		{},
		{ hotOnly: true },
		...index.partsOfSpeech().map((pos) => ({ pos })),
		...[paths[0], paths[7], paths[paths.length - 1], 'bees.md'].map((lesson) => ({ lesson })),
		{ lesson: paths[3], hotOnly: true, pos: index.partsOfSpeech()[0] },
		...searches.map((text) => ({ text })),
		{ text: searches[0], hotOnly: true },
	];
	const out: Record<string, string[]> = {};
	for (const sort of ['az', 'lessons', 'recent'] as const) {
		for (const filter of filters) out[JSON.stringify({ ...filter, sort })] = model.rows({ ...DEFAULT_FILTER, ...filter, sort }).toArray().map((e) => e.key);
	}
	return out;
}

describe('persisted glossary index', () => {
	it('reads back an index equal to the original in all a view, a search and an export read, and the stamps', () => {
		const index = withBees();
		const back = read(persisted(index));
		expect(back?.others).toEqual(stamps);
		expect(back?.lessons.map((l) => l.path)).toEqual(['bees.md', VARIANT_A, VARIANT_B]);
		// One step for the line of keys, one per lesson, one to give the entries their places: a caller pauses between them.
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

	it('makes its map of keys in steps after a restore, and a change half way finishes it first', () => {
		const terms = (l: number): LessonRecord['terms'] => Array.from({ length: 7000 }, (_, t) => [0, `k${t + l * 7000}`, null, null, `m${t}`, 0]);
		const records = [0, 1, 2].map((l): LessonRecord => ({ ...BEES, path: `l${l}.md`, terms: terms(l), units: [[1, 0, null]] }));
		const build = () => {
			const index = new GlossaryIndex();
			for (const record of records) index.setRecord(record);
			return index;
		};
		const text = persisted(build());
		const stepsOf = (index: GlossaryIndex) => {
			const steps = index.keyInSteps();
			let count = 0;
			while (!steps.next().done) count++;
			return count;
		};
		// 21,000 keys: two pauses, three steps.
		expect(stepsOf(restored(text))).toBe(2);
		expect(stepsOf(build())).toBe(0);
		const copy = restored(text);
		const steps = copy.keyInSteps();
		steps.next();
		expect(copy.entry('k15000')?.key).toBe('k15000');
		const edit: LessonRecord = { ...records[2], terms: [[0, 'k20999', null, null, 'changed', 1], [0, 'new', null, null, 'new', 0]] };
		copy.setRecord(edit);
		expect(steps.next().done).toBe(true); // finished by the change
		const fresh = build();
		fresh.setRecord(edit);
		expect(shape(copy)).toEqual(shape(fresh));
		expect(copy.entry('k15000')).toBeUndefined();
		expect(copy.entry('new')?.occurrences.map((o) => o.path)).toEqual(['l2.md']);
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

	describe('a vault restored from it is the vault built from its notes', () => {
		/** Built afresh for each test (one changes it): lessons in reverse order, so their entries sort theirs by path. */
		let fresh = builtVault(true);
		beforeEach(() => {
			fresh = builtVault(true);
		});
		const text = persisted(builtVault());
		const keys = fresh.entries().toArray().map((e) => e.key);
		const middle = keys[Math.floor(keys.length / 2)];
		const [first, second] = (keys.find((key) => key.split(' ').length === 3) ?? '').split(' ');
		// A key's start, a piece inside a key, meanings (Chinese; capitals folded), IPA, two words in either order, nothing.
		const searches = [middle.slice(0, 2), middle.slice(1, 4), 'gpu', 'GPU', '蜂', '延迟', 'swɔːm', `${second} ${first.slice(0, 3)}`, 'zzzq'];

		it('in every order, filter and search, and every entry as the view and an export read it', () => {
			const copy = restored(text);
			expect(copy.totals()).toEqual(fresh.totals());
			expect(fresh.totals().lessons).toBe(43);
			expect(shape(copy)).toEqual(shape(fresh));
			const rows = views(copy, searches);
			expect(rows).toEqual(views(fresh, searches));
			// The vault exercises what it should: terms in many lessons, 🔥 ones, hits for the searches.
			expect(Math.max(...fresh.entries().toArray().map((e) => e.lessonCount))).toBeGreaterThan(10);
			expect(rows[JSON.stringify({ hotOnly: true, sort: 'az' })].length).toBeGreaterThan(20);
			for (const search of searches.slice(0, -1)) expect([search, rows[JSON.stringify({ text: search, sort: 'az' })].length]).not.toEqual([search, 0]);
		});

		it('in the expanded rows: each occurrence\'s sentence and the units that also use the term', async () => {
			const copy = restored(text);
			const sample = [...keys.filter((_, i) => i % 17 === 0), 'swarm', 'latency', ...fresh.entries().toArray().filter((e) => e.lessonCount > 5).map((e) => e.key)];
			for (const key of sample) {
				expect(await entryDetails(copy, copy.entry(key)!, readVault)).toEqual(await entryDetails(fresh, fresh.entry(key)!, readVault));
			}
		});

		it('finds every key, and no other, before and after its first change', () => {
			const copy = restored(text);
			for (const key of keys) expect(copy.entry(key)?.key).toBe(key);
			for (const key of ['', ' ', keys[0].slice(0, -1), `${middle} x`, '\uffff']) expect(copy.entry(key)).toBeUndefined();
			// A change: the same edit and deletion on both.
			const edited = { ...BEES, mtime: 9, terms: [...BEES.terms, [1, middle, null, '名词', '新', 1] as LessonRecord['terms'][number]] };
			for (const index of [copy, fresh]) {
				index.setRecord(edited);
				index.delete(VAULT[5][0]);
			}
			expect(shape(copy)).toEqual(shape(fresh));
			expect(views(copy, searches)).toEqual(views(fresh, searches));
			for (const key of fresh.entries().toArray().map((e) => e.key)) expect(copy.entry(key)?.key).toBe(key);
			expect(copy.entry(`${middle} x`)).toBeUndefined();
		});

		it('when its lesson lines are out of path order (a store written otherwise), occurrences still in path order', () => {
			const lines = text.split('\n');
			const firstLesson = lines.findIndex((line) => line.startsWith('{"path"'));
			const swapped = [...lines.slice(0, firstLesson), ...lines.slice(firstLesson).reverse()].join('\n');
			const copy = restored(swapped);
			expect(copy.indexedLessons()).not.toEqual(restored(text).indexedLessons());
			expect(shape(copy)).toEqual(shape(fresh));
			expect(views(copy, searches)).toEqual(views(fresh, searches));
		});
	});
});
