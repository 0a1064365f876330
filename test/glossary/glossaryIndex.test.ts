import { describe, expect, it } from 'vitest';
import { entryDetails } from '../../src/core/glossary/details';
import { DEFAULT_FILTER, GlossaryViewModel } from '../../src/core/glossary/GlossaryViewModel';
import { GlossaryIndex } from '../../src/core/glossary/GlossaryIndex';
import type { LessonRecord } from '../../src/core/glossary/lessonRecord';
import type { GlossaryEntry } from '../../src/core/glossary/types';
import { NOT_A_LESSON, parsedLesson, type UnitSpec } from '../lessonBuilder';
import { BEES } from './beesRecord';

const ALPHA_UNITS: UnitSpec[] = [
	{
		n: 1,
		english: 'We cut the latency of the inference layer.',
		terms: [
			{ term: 'latency', meaning: '延迟', ipa: 'ˈleɪtənsi', pos: '名词', hot: true },
			{ term: 'inference layer', meaning: '推理层', hot: true },
		],
	},
	{ n: 2, english: 'Queue times vary.', terms: [{ term: 'queue', meaning: '队列', pos: '名词' }], blockId: 'unit-2' },
];
const alpha = parsedLesson(ALPHA_UNITS, 'Alpha');
const beta = parsedLesson([{ n: 1, english: 'Latency matters, and so does the queue.', terms: [{ term: 'Latency.', meaning: '时延', pos: '名词' }] }], 'Beta');

function indexOf(...lessons: [string, typeof alpha, number][]): GlossaryIndex {
	const index = new GlossaryIndex();
	for (const [path, l, mtime] of lessons) index.setLesson(path, l, mtime);
	return index;
}

describe('GlossaryIndex', () => {
	it('aggregates terms across lessons by term key', () => {
		const index = indexOf(['a.md', alpha, 1], ['b.md', beta, 2]);
		expect(index.totals()).toEqual({ lessons: 2, terms: 3, hot: 2 });
		const latency = index.entry('latency');
		expect(latency?.forms).toEqual(['latency', 'Latency.']);
		expect(latency?.meanings).toEqual(['延迟', '时延']);
		expect(latency?.pos).toEqual(['名词']);
		expect(latency?.ipa).toEqual(['ˈleɪtənsi']);
		expect(latency?.hot).toBe(true);
		expect(latency?.lessonCount).toBe(2);
		expect(latency?.lastModified).toBe(2);
		expect(latency?.occurrences.map((o) => [o.path, o.unit, o.line, o.lessonTitle])).toEqual([
			['a.md', 1, alpha.units[0].line, 'Alpha 英语段落翻译'],
			['b.md', 1, beta.units[0].line, 'Beta 英语段落翻译'],
		]);
	});

	it('keeps the block id of each occurrence, and reads its sentence, span and translation from the lesson', async () => {
		const index = indexOf(['a.md', alpha, 1]);
		const queue = index.entry('queue') as GlossaryEntry;
		expect(queue.occurrences[0]).toMatchObject({ unit: 2, line: alpha.units[1].line, blockId: 'unit-2', form: 'queue' });
		expect(queue.occurrences[0]).not.toHaveProperty('translation');
		const details = await entryDetails(index, queue, async (path) => (path === 'a.md' ? alpha : null));
		expect(details.occurrences[0]).toMatchObject({ sentence: 'Queue times vary.', span: { start: 0, end: 5 }, translation: '译文 2', blockId: 'unit-2' });
		const gone = await entryDetails(index, queue, async () => null);
		expect(gone.occurrences[0]).toMatchObject({ sentence: '', translation: '', unit: 2 });
	});

	it('re-indexes one edited lesson: a removed unit takes its terms away', () => {
		const index = indexOf(['a.md', alpha, 1], ['b.md', beta, 2]);
		index.setLesson('a.md', parsedLesson([ALPHA_UNITS[1]], 'Alpha'), 3);
		expect(index.entry('inference layer')).toBeUndefined();
		expect(index.entry('latency')?.occurrences.map((o) => o.path)).toEqual(['b.md']);
		expect(index.entry('queue')?.lastModified).toBe(3);
		expect(index.totals()).toEqual({ lessons: 2, terms: 2, hot: 0 });
	});

	it('moves occurrences to the new path on rename', () => {
		const index = indexOf(['a.md', alpha, 1], ['b.md', beta, 2]);
		index.rename('b.md', 'archive/b2.md');
		expect(index.entry('latency')?.occurrences.map((o) => o.path)).toEqual(['a.md', 'archive/b2.md']);
		expect(index.lessons().map((l) => l.path).sort()).toEqual(['a.md', 'archive/b2.md']);
	});

	it("lists a term's occurrences by lesson path, whatever order the lessons came and went in", () => {
		const index = indexOf(['b.md', beta, 2], ['a.md', alpha, 1]);
		expect(index.entry('latency')?.occurrences.map((o) => [o.path, o.form])).toEqual([['a.md', 'latency'], ['b.md', 'Latency.']]);
		index.rename('a.md', 'z.md');
		expect(index.entry('latency')?.occurrences.map((o) => o.path)).toEqual(['b.md', 'z.md']);
	});

	it('names an untitled lesson after its file, and follows a rename', () => {
		const index = indexOf(['notes/Untitled talk.md', parsedLesson(ALPHA_UNITS, null), 1]);
		expect(index.entry('queue')?.occurrences[0].lessonTitle).toBe('Untitled talk');
		index.rename('notes/Untitled talk.md', 'notes/Renamed.md');
		expect(index.entry('queue')?.occurrences[0].lessonTitle).toBe('Renamed');
	});

	it('drops a deleted lesson and a note that stops being a lesson', () => {
		const index = indexOf(['a.md', alpha, 1], ['b.md', beta, 2]);
		index.delete('a.md');
		expect(index.totals()).toEqual({ lessons: 1, terms: 1, hot: 0 });
		index.setLesson('b.md', NOT_A_LESSON, 3);
		expect(index.totals()).toEqual({ lessons: 0, terms: 0, hot: 0 });
		expect(index.entries().toArray()).toEqual([]);
	});

	it('lists entries A–Z as lessons come and go', () => {
		const index = indexOf(['b.md', beta, 2], ['a.md', alpha, 1]);
		expect(index.entries().toArray().map((e) => e.key)).toEqual(['inference layer', 'latency', 'queue']);
		index.setLesson('c.md', parsedLesson([{ n: 1, english: 'An abacus counts beads.', terms: [{ term: 'abacus' }] }], 'C'), 3);
		index.delete('a.md');
		expect(index.entries().toArray().map((e) => e.key)).toEqual(['abacus', 'latency']);
	});

	it('keeps each entry\'s occurrences in path order and its 🔥 right as lessons come, go and move', () => {
		const lesson = (hot: boolean) => parsedLesson([{ n: 1, english: 'Latency rules.', terms: [{ term: 'latency', meaning: '延迟', hot }] }], null);
		// Indexed out of path order, as a vault lists its files: read back by path.
		const index = indexOf(['d.md', lesson(false), 1], ['b.md', lesson(true), 2], ['c.md', lesson(false), 3], ['a.md', lesson(false), 4]);
		const latency = () => index.entry('latency') as GlossaryEntry;
		const paths = () => latency().occurrences.map((o) => o.path);
		expect(paths()).toEqual(['a.md', 'b.md', 'c.md', 'd.md']);
		expect(latency().hot).toBe(true);
		// Removing a lesson keeps the order; the last 🔥 one gone, the entry is not 🔥.
		index.setLesson('e.md', lesson(true), 5);
		index.delete('c.md');
		expect(paths()).toEqual(['a.md', 'b.md', 'd.md', 'e.md']);
		index.delete('b.md');
		expect(latency().hot).toBe(true);
		index.delete('e.md');
		expect(latency().hot).toBe(false);
		expect(index.totals().hot).toBe(0);
		// A move reorders; a single occurrence has no order to keep.
		index.rename('a.md', 'z.md');
		expect(paths()).toEqual(['d.md', 'z.md']);
		index.delete('d.md');
		index.rename('z.md', 'y.md');
		expect(paths()).toEqual(['y.md']);
		index.setLesson('x.md', lesson(true), 6);
		expect(paths()).toEqual(['x.md', 'y.md']);
		expect(latency().hot).toBe(true);
		expect(index.totals().hot).toBe(1);
	});

	it('holds a term glossed in 200 lessons once per lesson, in path order whichever order they come in', () => {
		const index = new GlossaryIndex();
		const record = (l: number): LessonRecord => ({ path: `l${String(l).padStart(3, '0')}.md`, title: 'L', mtime: l, size: 1, units: [[1, 0, null]], terms: [[0, 'shared', null, null, `m${l}`, l % 50 === 0 ? 1 : 0]], words: '' });
		for (let l = 0; l < 200; l++) index.setRecord(record((l * 7) % 200));
		index.delete(record(199).path); // before the order is read: still sorted when it is
		const shared = index.entry('shared') as GlossaryEntry;
		expect(shared.occurrences.map((o) => o.meaning)).toEqual(Array.from({ length: 199 }, (_, l) => `m${l}`));
		expect(shared.lessonCount).toBe(199);
		for (let l = 0; l < 200; l += 50) index.delete(record(l).path);
		expect(index.entry('shared')?.hot).toBe(false);
		expect(index.entry('shared')?.occurrences).toHaveLength(195);
	});

	it('tells listeners about changes, but not about ordinary notes', () => {
		const index = new GlossaryIndex();
		let calls = 0;
		const off = index.onChange(() => calls++);
		index.setLesson('plain.md', NOT_A_LESSON, 1);
		index.delete('plain.md');
		expect(calls).toBe(0);
		index.setLesson('a.md', alpha, 1);
		expect(calls).toBe(1);
		off();
		index.delete('a.md');
		expect(calls).toBe(1);
	});

	it('builds an index of 200,000 terms, and keeps a term glossed by every lesson right', () => {
		const index = new GlossaryIndex();
		// As a persisted index feeds it: records (parsing 2,000 lessons would time the parser, not the index).
		for (let l = 0; l < 2000; l++) {
			const terms = Array.from({ length: 100 }, (_, t): LessonRecord['terms'][number] => [0, `t${l}x${t}`, null, null, '意思', 0]);
			index.setRecord({ path: `l${l}.md`, title: `L${l}`, mtime: l, size: 0, units: [[1, 4, null]], terms: [[0, 'shared', null, null, '意思', l === 1999 ? 1 : 0], ...terms], words: '' });
		}
		expect(index.totals()).toEqual({ lessons: 2000, terms: 200_001, hot: 1 });
		expect(index.entries()).toHaveLength(200_001);
		const shared = index.entry('shared');
		expect(shared?.lessonCount).toBe(2000);
		expect(shared?.lastModified).toBe(1999);
		index.delete('l1999.md');
		expect(index.totals()).toEqual({ lessons: 1999, terms: 200_001 - 100, hot: 0 });
		expect(index.entry('shared')?.occurrences).toHaveLength(1999);
	});

	it('gives back each bullet as it came, from the columns it keeps them in', () => {
		const record = BEES;
		const index = new GlossaryIndex();
		index.setRecord(record);
		expect(index.lessons()).toEqual([{ path: 'bees.md', title: 'Bees', mtime: 5, size: 99, units: 2, terms: 3 }]);
		const swarm = index.entry('swarm')!;
		expect(swarm.occurrences.map(({ unit, line, blockId, form, ipa, pos, meaning, hot }) => ({ unit, line, blockId, form, ipa, pos, meaning, hot }))).toEqual([
			{ unit: 1, line: 4, blockId: null, form: 'Swarm', ipa: '/swɔːm/', pos: '名词', meaning: 'GPU 蜂群', hot: true },
			{ unit: 7, line: 20, blockId: 'unit-7', form: 'swarm', ipa: '', pos: '动词', meaning: '分蜂', hot: false },
		]);
		// A search sees the meaning folded, and the IPA.
		const found = (text: string) => new GlossaryViewModel(index).rows({ ...DEFAULT_FILTER, text }).toArray().map((e) => e.key);
		expect(found('gpu')).toEqual(['swarm']);
		expect(found('swɔːm')).toEqual(['swarm']);
		expect(found('蜂')).toEqual(['brood', 'swarm']);
		expect(found('分蜂')).toEqual(['swarm']);
		expect(swarm.hasPos('动词')).toBe(true);
		expect(swarm.inLesson('bees.md')).toBe(true);
		expect(index.entry('brood')?.occurrences.map(({ unit, line, blockId, form, ipa, pos, meaning, hot }) => ({ unit, line, blockId, form, ipa, pos, meaning, hot }))).toEqual([
			{ unit: 7, line: 20, blockId: 'unit-7', form: 'brood', ipa: null, pos: null, meaning: '幼蜂', hot: false },
		]);
		expect(index.entry('brood')?.ipa).toEqual([]);
	});
});

describe('an entry of the index', () => {
	const index = (...records: LessonRecord[]) => {
		const built = new GlossaryIndex();
		for (const record of records) built.setRecord(record);
		return built;
	};
	const glossing = (path: string, terms: LessonRecord['terms']): LessonRecord => ({ ...BEES, path, terms });

	it('reads its term, lessons and parts of speech right when one lesson glosses it twice', () => {
		const bees = index(BEES);
		const swarm = bees.entry('swarm')!;
		expect(swarm.term).toBe('Swarm');
		expect(swarm.lessonCount).toBe(1);
		expect([swarm.hasPos('名词'), swarm.hasPos('动词'), swarm.hasPos('形容词')]).toEqual([true, true, false]);
		expect([swarm.inLesson('bees.md'), swarm.inLesson('wasps.md')]).toEqual([true, false]);
		expect(bees.entry('brood')?.hasPos('名词')).toBe(false); // its bullet names none
		const places: [string, number][] = [];
		swarm.forEachPlace((lesson, slot) => places.push([lesson.path, slot]));
		expect(places).toEqual([['bees.md', 0], ['bees.md', 2]]);
	});

	it('reads a part of speech and a meaning written with spaces around as the trimmed one', () => {
		const latency = index(glossing('a.md', [[0, 'latency', null, ' 名词 ', ' 延迟 ', 0]])).entry('latency')!;
		expect(latency.hasPos('名词')).toBe(true);
		expect(latency.meanings).toEqual(['延迟']);
	});

	it('keeps the bullets of one lesson in their order when a lesson sorting before them comes later', () => {
		const both = index(BEES, glossing('a.md', [[0, 'swarm', null, null, '蜂群 a', 0]]));
		expect(both.entry('swarm')?.occurrences.map((o) => o.meaning)).toEqual(['蜂群 a', 'GPU 蜂群', '分蜂']);
	});

	it('keeps each remaining occurrence’s own bullet when the lesson before it goes', () => {
		const both = index(glossing('a.md', [[0, 'latency', null, null, '延迟 a', 0]]), glossing('b.md', [[0, 'queue', null, null, '队列', 0], [0, 'latency', null, null, '延迟 b', 0]]));
		both.delete('a.md');
		expect(both.entry('latency')?.occurrences.map((o) => [o.path, o.meaning])).toEqual([['b.md', '延迟 b']]);
	});

	it('stays 🔥 through a removal while its occurrences wait to be sorted, and through a move', () => {
		const lessons = index(...(['b.md', 'a.md', 'c.md'] as const).map((path) => glossing(path, [[0, 'latency', null, null, path, path === 'b.md' ? 1 : 0]])));
		lessons.delete('c.md');
		expect([lessons.entry('latency')?.hot, lessons.totals().hot]).toEqual([true, 1]);
		expect(lessons.entry('latency')?.occurrences.map((o) => o.meaning)).toEqual(['a.md', 'b.md']);
		lessons.rename('a.md', 'd.md');
		expect([lessons.entry('latency')?.hot, lessons.totals().hot]).toEqual([true, 1]);
		expect(lessons.entry('latency')?.occurrences.map((o) => o.meaning)).toEqual(['b.md', 'a.md']);
	});
});

describe('the index around its entries', () => {
	const bees = (path: string): LessonRecord => ({ ...BEES, path });

	it('lists the parts of speech in use, sorted, each as long as some lesson left names it', () => {
		const index = new GlossaryIndex();
		index.setRecord(bees('a.md'));
		index.setRecord(bees('b.md'));
		expect(index.partsOfSpeech()).toEqual(['动词', '名词']); // brood names none: no null among them
		index.delete('b.md');
		expect(index.partsOfSpeech()).toEqual(['动词', '名词']);
		index.delete('a.md');
		expect(index.partsOfSpeech()).toEqual([]);
	});

	it('describes one lesson by its path, and none for a path it does not hold', () => {
		const index = indexOf(['a.md', alpha, 1]);
		expect(index.lesson('a.md')).toEqual({ path: 'a.md', title: 'Alpha 英语段落翻译', mtime: 1, size: 0, units: 2, terms: 3 });
		expect(index.lesson('b.md')).toBeUndefined();
	});

	it('names the lessons whose English may use a term', () => {
		const index = indexOf(['a.md', alpha, 1], ['b.md', beta, 2]);
		expect(index.lessonsThatMayUse('inference')).toEqual(['a.md']);
		expect(index.lessonsThatMayUse('queue').sort()).toEqual(['a.md', 'b.md']);
	});

	it('keeps a titled lesson’s title on a move, replaces a lesson moved onto, and ignores a move of a path it does not hold', () => {
		const index = indexOf(['a.md', alpha, 1], ['b.md', beta, 2]);
		let calls = 0;
		index.onChange(() => calls++);
		index.rename('missing.md', 'elsewhere.md');
		expect(calls).toBe(0);
		index.rename('a.md', 'b.md');
		expect(index.lessons().map((l) => [l.path, l.title])).toEqual([['b.md', 'Alpha 英语段落翻译']]);
		expect(index.entry('latency')?.occurrences.map((o) => o.form)).toEqual(['latency']);
	});

	it('unsubscribes only the listener asked, and bumps its version on every change', () => {
		const index = new GlossaryIndex();
		const calls: string[] = [];
		const offFirst = index.onChange(() => calls.push('first'));
		index.onChange(() => calls.push('second'));
		offFirst();
		const version = index.version;
		index.setRecord(BEES);
		expect(calls).toEqual(['second']);
		expect(index.version).toBe(version + 1);
	});
});
