import { describe, expect, it } from 'vitest';
import { GlossaryIndex } from '../../src/core/glossary/glossaryIndex';
import { lesson, NOT_A_LESSON, unit } from './lessons';

const alpha = lesson('Alpha', [
	unit(1, 'We cut the latency of the inference layer.', [
		{ term: 'latency', meaning: '延迟', ipa: 'ˈleɪtənsi', pos: '名词', hot: true },
		{ term: 'inference layer', meaning: '推理层', hot: true },
	]),
	unit(2, 'Queue times vary.', [{ term: 'queue', meaning: '队列', pos: '名词' }], { blockId: 'unit-2' }),
]);
const beta = lesson('Beta', [unit(1, 'Latency matters, and so does the queue.', [{ term: 'Latency.', meaning: '时延', pos: '名词' }])]);

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
			['a.md', 1, 10, 'Alpha'],
			['b.md', 1, 10, 'Beta'],
		]);
	});

	it('keeps the sentence, span, translation and block id of each occurrence', () => {
		const queue = indexOf(['a.md', alpha, 1]).entry('queue')?.occurrences[0];
		expect(queue).toMatchObject({ sentence: 'Queue times vary.', span: { start: 0, end: 5 }, translation: '译文 2', blockId: 'unit-2' });
	});

	it('re-indexes one edited lesson: a removed unit takes its terms away', () => {
		const index = indexOf(['a.md', alpha, 1], ['b.md', beta, 2]);
		index.setLesson('a.md', lesson('Alpha', [alpha.units[1]]), 3);
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

	it('names an untitled lesson after its file, and follows a rename', () => {
		const index = indexOf(['notes/Untitled talk.md', lesson(null, alpha.units), 1]);
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
		expect(index.entries()).toEqual([]);
	});

	it('lists entries A–Z as lessons come and go', () => {
		const index = indexOf(['b.md', beta, 2], ['a.md', alpha, 1]);
		expect(index.entries().map((e) => e.key)).toEqual(['inference layer', 'latency', 'queue']);
		index.setLesson('c.md', lesson('C', [unit(1, 'Abc.', [{ term: 'abc' }])]), 3);
		index.delete('a.md');
		expect(index.entries().map((e) => e.key)).toEqual(['abc', 'latency']);
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
});
