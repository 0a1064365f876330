import { describe, expect, it } from 'vitest';
import { GlossaryIndex } from '../../src/core/glossary/GlossaryIndex';
import type { LessonRecord } from '../../src/core/glossary/lessonRecord';
import { indexHeader, indexLines, type FileStamp } from '../../src/core/glossary/persistedIndex';
import { readBack, restoredIndex } from './indexStore';
import { BEES } from './beesRecord';

// The checks a persisted index passes before it is believed: a damaged store must never slice a text wrongly or name a
// missing entry. A damaged header, table or key line drops the whole store (every note is read again); a damaged lesson
// line drops that lesson only (its note is read again).

const header = indexHeader('1.2.3', { analysisLabels: [] });
const read = (text: string, h = header) => readBack(text, h);
const restored = (text: string) => restoredIndex(text, header);
const stamps: FileStamp[] = [['plain.md', 5, 12]];

/**
 * A lesson with none of BEES's extras (no block id, every form its key, nothing folded for search), at the edges of what
 * is sound: an empty meaning with an IPA, an empty meaning without one, a bullet per place, a unit number at the largest.
 */
const WASPS: LessonRecord = {
	path: 'wasps.md',
	title: 'Wasps',
	mtime: 8,
	size: 40,
	units: [[2 ** 31 - 1, 3, null]],
	terms: [
		[0, 'sting', null, '动词', '蜇', 0],
		[0, 'nest', '/nest/', null, '', 1],
		[0, 'hive', null, null, '', 0],
	],
	words: '',
};

function built(): GlossaryIndex {
	const index = new GlossaryIndex();
	index.setRecord(BEES);
	index.setRecord(WASPS);
	return index;
}

/** The store's lines: header, table, one line of keys, then bees.md and wasps.md. */
function storedLines(index = built()): string[] {
	return [...indexLines(header, index, stamps)];
}

/** What a view reads of an index: its lessons and every occurrence of every entry. */
function shape(index: GlossaryIndex) {
	return {
		totals: index.totals(),
		lessons: index.lessons(),
		pos: index.partsOfSpeech(),
		entries: index.entries().toArray().map((e) => ({
			key: e.key, hot: e.hot,
			occurrences: e.occurrences.map(({ path, unit, line, blockId, form, ipa, pos, meaning, hot }) => ({ path, unit, line, blockId, form, ipa, pos, meaning, hot })),
		})),
	};
}

const lines = storedLines();
const table = JSON.parse(lines[1]) as { keyLines: number; pos: string[]; others: { paths: string[]; mtimes: number[]; sizes: number[] } };
const keys = JSON.parse(lines[2]) as string[];
type Stored = Record<string, unknown> & { units: number[]; entries: number[]; places: number[]; textStarts: number[]; searchStarts: number[]; text: string; searchable: string };
const bees = JSON.parse(lines[3]) as Stored;
const wasps = JSON.parse(lines[4]) as Stored;

function withTable(t: unknown): string {
	return [lines[0], JSON.stringify(t), ...lines.slice(2)].join('\n');
}

/** The store with bees.md's line replaced. */
function withBees(line: string): string {
	return [...lines.slice(0, 3), line, lines[4]].join('\n');
}

describe('a persisted index read back', () => {
	it('keeps a sound store whole, to the last unit number, entry and part of speech, and to empty meanings and IPA', () => {
		expect(bees).toMatchObject({ blockIds: [null, 'unit-7'], forms: ['Swarm', null, null], terms: 3 });
		expect(bees.searchable).not.toBe(bees.text);
		expect(wasps).toMatchObject({ blockIds: null, forms: null, searchable: null, searchStarts: null, terms: 3 });
		// The entry and part of speech numbered last are named, a unit and a place of empty text are there.
		expect(Math.max(...bees.entries, ...wasps.entries)).toBe(keys.length - 1);
		expect(table.pos).toHaveLength(2);
		expect(wasps.textStarts.slice(-2)).toEqual([wasps.text.length, wasps.text.length]);
		const back = read(lines.join('\n'));
		expect(back?.lessons.map((l) => l.path)).toEqual(['bees.md', 'wasps.md']);
		expect(back?.others).toEqual(stamps);
		const copy = restored(lines.join('\n'));
		expect(shape(copy)).toEqual(shape(built()));
		expect(copy.entry('nest')?.occurrences.map((o) => [o.unit, o.meaning, o.ipa])).toEqual([[2 ** 31 - 1, '', '/nest/']]);
		expect(copy.entry('hive')?.occurrences.map((o) => [o.meaning, o.ipa])).toEqual([['', null]]);
		expect(copy.entry('swarm')?.occurrences.map((o) => [o.ipa, o.pos])).toEqual([['/swɔːm/', '名词'], ['', '动词']]);
	});

	it('is dropped whole when its header, its table or its keys are not what a store writes', () => {
		const store = (first: string) => [first, ...lines.slice(1)].join('\n');
		for (const first of ['null', '5', '{}', JSON.stringify({ ...header, options: '{}' })]) expect([first, read(store(first))]).toEqual([first, null]);
		const tables: unknown[] = [
			null,
			5,
			{ ...table, keyLines: 0.5 }, // not a whole number of lines
			{ ...table, keyLines: -1 },
			{ ...table, keyLines: '1' },
			{ ...table, pos: undefined },
			{ ...table, pos: ['动词', 7] },
			{ ...table, others: undefined },
			{ ...table, others: null },
			{ ...table, others: { ...table.others, paths: [7] } },
			{ ...table, others: { ...table.others, paths: 'plain.md' } },
			{ ...table, others: { ...table.others, mtimes: ['5'] } },
			{ ...table, others: { ...table.others, mtimes: [5, 6] } }, // columns disagree
			{ ...table, others: { ...table.others, sizes: ['12'] } },
			{ ...table, others: { ...table.others, sizes: 12 } },
		];
		for (const t of tables) expect([t, read(withTable(t))]).toEqual([t, null]);
		expect(read([...lines.slice(0, 2), JSON.stringify([keys[0]]), ...lines.slice(3)].join('\n'))).not.toBeNull(); // keys may be fewer
		expect(read([...lines.slice(0, 2), 'null', ...lines.slice(3)].join('\n'))).toBeNull();
		expect(read([...lines.slice(0, 2), JSON.stringify({ 0: keys[0], length: 1 }), ...lines.slice(3)].join('\n'))).toBeNull();
	});

	it('skips a lesson line that could slice its text wrongly or name what is not there, keeping the other lessons', () => {
		const n = keys.length;
		const damaged: [why: string, lesson: unknown][] = [
			['not a lesson', null],
			['a number', 7],
			['a list', []],
			['no path', { ...bees, path: 5 }],
			['no title', { ...bees, title: null }],
			['no size', { ...bees, size: '99' }],
			['no words', { ...bees, words: 0 }],
			['no text', { ...bees, text: undefined }],
			['units not a list', { ...bees, units: '1,4,7,20' }],
			['a unit without its line', { ...bees, units: [1, 4, 7] }],
			['a negative unit number', { ...bees, units: [1, 4, -7, 20] }],
			['a unit number in part', { ...bees, units: [1, 4, 7.5, 20] }],
			['a unit number too large to keep', { ...bees, units: [1, 4, 2 ** 31, 20] }],
			['a negative entry', { ...bees, entries: [-1, ...bees.entries.slice(1)] }],
			['an entry in part', { ...bees, entries: [...bees.entries.slice(0, 2), 0.5] }],
			['an entry past the keys', { ...bees, entries: [...bees.entries.slice(0, 2), n] }],
			['fewer bullets than places', { ...bees, terms: 2 }],
			['a bullet count in part', { ...bees, terms: 3.5 }],
			['no bullet count', { ...bees, terms: '3' }],
			['block ids not a list', { ...bees, blockIds: 'unit-7' }],
			['a block id not a name', { ...bees, blockIds: [null, 7] }],
			['a block id too many', { ...bees, blockIds: [null, 'unit-7', null] }],
			['forms not a list', { ...bees, forms: 'Swarm' }],
			['a form not a word', { ...bees, forms: ['Swarm', null, 3] }],
			['a form short', { ...bees, forms: ['Swarm', null] }],
			['a form too many', { ...bees, forms: ['Swarm', null, null, null] }],
			['parts of speech not a list', { ...bees, pos: 6 }],
			['a part of speech past the table', { ...bees, pos: [0, -1, table.pos.length] }],
			['a part of speech short', { ...bees, pos: [0, -1] }],
			['starts not from 0', { ...bees, textStarts: [1, ...bees.textStarts.slice(1)] }],
			// (the last place's IPA taken away, for its start would be past the shortened text)
			['starts short of the end', { ...bees, textStarts: [...bees.textStarts.slice(0, -1), bees.text.length - 1], places: [...bees.places.slice(0, 5), -1] }],
			['starts going back', { ...bees, textStarts: [0, bees.textStarts[2], bees.textStarts[1], bees.text.length] }],
			['a start short', { ...bees, textStarts: [0, bees.textStarts[1], bees.text.length] }],
			['a start too many', { ...bees, textStarts: [...bees.textStarts, bees.text.length] }],
			['places not a list', { ...bees, places: null }],
			['a place short', { ...bees, places: bees.places.slice(0, -1) }],
			['a place too many', { ...bees, places: [...bees.places, -1, -1] }],
			['a place in part', { ...bees, places: [1.5, ...bees.places.slice(1)] }],
			['a place in no unit', { ...bees, places: [-1, ...bees.places.slice(1)] }],
			['the last place in a unit past the last', { ...bees, places: [...bees.places.slice(0, 4), 4, bees.places[5]] }],
			['an IPA starting where its meaning does', { ...bees, places: [bees.places[0], 0, ...bees.places.slice(2)] }],
			['an IPA start below none', { ...bees, places: [...bees.places.slice(0, 3), -2, ...bees.places.slice(4)] }],
			['the last IPA past its text', { ...bees, places: [...bees.places.slice(0, 5), bees.text.length - bees.textStarts[2] + 1] }],
			['the first IPA running into the next text', { ...bees, places: [bees.places[0], bees.textStarts[1] + 1, ...bees.places.slice(2)] }],
			['folded text not a text', { ...bees, searchable: 5 }],
			['folded text without its starts', { ...bees, searchStarts: null }],
			['folded starts past the folded text', { ...bees, searchStarts: bees.searchStarts.map((s, i) => (i === 0 ? 0 : s + 1)) }],
			['folded starts without folded text', { ...wasps, path: 'bees.md', searchStarts: wasps.textStarts }],
			['a unit without its line, no block ids to tell', { ...wasps, path: 'bees.md', units: wasps.units.slice(0, 1) }],
		];
		const kept: string[] = [];
		for (const [why, lesson] of damaged) kept.push(`${why}: ${read(withBees(JSON.stringify(lesson)))?.lessons.map((l) => l.path).join()}`);
		expect(kept).toEqual(damaged.map(([why]) => `${why}: wasps.md`));
		// An IPA of no text right at the end of its place's text is sound (BEES's last bullet has one).
		expect(read(withBees(JSON.stringify({ ...bees, places: [bees.places[0], bees.textStarts[1], ...bees.places.slice(2)] })))?.lessons).toHaveLength(2);
	});

	it('drops the part of speech only a skipped lesson named, and counts the rest so a later deletion keeps them right', () => {
		const copy = restored(withBees('{"path":"bees.md"}'));
		expect(copy.partsOfSpeech()).toEqual(['动词']);
		expect(copy.entry('brood')).toBeUndefined();
		// Both lessons name 动词: deleting one keeps it listed, deleting both drops it.
		const whole = restored(lines.join('\n'));
		expect(whole.partsOfSpeech()).toEqual(['动词', '名词']);
		whole.delete('wasps.md');
		expect(whole.partsOfSpeech()).toEqual(['动词', '名词']);
		whole.delete('bees.md');
		expect(whole.partsOfSpeech()).toEqual([]);
	});

	it('is written as the index was when writing began, whatever changes between its lines', () => {
		const index = built();
		const before = shape(built());
		const writing = indexLines(header, index, stamps);
		const written = [writing.next().value as string];
		index.setRecord({ ...BEES, terms: [[0, 'queen', null, '名词', '蜂王', 1]] });
		index.delete('wasps.md');
		for (const line of writing) written.push(line);
		expect(shape(restored(written.join('\n')))).toEqual(before);
	});

	it('reads a store whose last line ends with a line break', () => {
		expect(shape(restored(`${lines.join('\n')}\n`))).toEqual(shape(built()));
	});
});
