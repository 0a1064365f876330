import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { addBlockIds, unitBlockIds } from '../../src/core/termNotes/blockIds';
import { LESSON_A, LESSON_B } from '../fixtures';
import { computeCache } from '../obsidian-double/metadataCache';
import { lessonSource } from './lessons';

const add = (text: string) => addBlockIds(text, parseLesson(text));

describe('block ids in lessons (the "Add unit block ids" command)', () => {
	it.each([
		['A', LESSON_A],
		['B', LESSON_B],
	])('adds `^unit-N` to every header of fixture %s, only adding bytes; the parser and the metadata cache read them back', (_, text) => {
		const lesson = parseLesson(text);
		const { text: written, added, skipped } = add(text);
		expect([added, skipped]).toEqual([lesson.units.length, []]);
		const reparsed = parseLesson(written);
		expect(reparsed.units.map((u) => u.blockId)).toEqual(lesson.units.map((u) => `unit-${u.n}`));
		expect(reparsed.units.map((u) => u.english)).toEqual(lesson.units.map((u) => u.english));
		expect(written.replace(/ \^unit-\d+$/gm, '')).toBe(text);
		expect(Object.keys(computeCache(written).blocks ?? {})).toHaveLength(lesson.units.length);
		expect(add(written)).toEqual({ text: written, added: 0, skipped: [] });
	});

	it('re-uses ids already present and keeps ids unique when a unit number repeats or the id is used elsewhere', () => {
		const mine = lessonSource('l.md', [{ n: 1, english: 'One.', terms: [], blockId: 'mine' }, { n: 2, english: 'Two.', terms: [] }]);
		expect(unitBlockIds(mine.text, mine.lesson).map((b) => b.id)).toEqual(['mine', 'unit-2']);
		const repeated = lessonSource('l.md', [{ n: 1, english: 'One.', terms: [] }, { n: 1, english: 'Again.', terms: [] }, { n: 2, english: 'Two.', terms: [] }]);
		expect(unitBlockIds(`${repeated.text}\nA note of mine ^unit-2\n`, repeated.lesson).map((b) => b.id)).toEqual(['unit-1', 'unit-1-2', 'unit-2-2']);
	});

	it('never writes a second id on a header line that has one the parse did not report', () => {
		const source = lessonSource('l.md', [{ n: 1, english: 'One.', terms: [] }]);
		const text = source.text.replace('(1) **One.**', '(1) **One.** ^their-id');
		expect(unitBlockIds(text, source.lesson)).toEqual([{ id: 'their-id', present: true, usable: true }]);
		expect(addBlockIds(text, source.lesson).text).toBe(text);
	});

	it('keeps CRLF and lone CR line endings, and puts the id on the header line the parser reported', () => {
		const lf = '# L\n\n(1) **One.**\n\n一。\n\n解析：\n* **one** 🔥：一\n\n---\n\n(2) **Two.**\n\n二。\n\n解析：\n* **two**：二\n';
		for (const eol of ['\r\n', '\r']) {
			const text = lf.replace(/\n/g, eol);
			const { text: written } = add(text);
			expect(written).toBe(text.replace(`(1) **One.**${eol}`, `(1) **One.** ^unit-1${eol}`).replace(`(2) **Two.**${eol}`, `(2) **Two.** ^unit-2${eol}`));
			expect(parseLesson(written).units.map((u) => [u.blockId, u.english])).toEqual([['unit-1', 'One.'], ['unit-2', 'Two.']]);
		}
	});

	it('writes no id where it would not end a block: a header followed directly by the English, or inside a code fence', () => {
		const text = [
			'# L', '', '(1) [0:01-0:02]', '**{Straight on.}**', '', '直接。', '', '解析：', '* **straight** 🔥：直', '', '---', '',
			'```', '(2) **In a fence.**', '```', '', '(3) **Alone.**', '', '三。', '', '解析：', '* **alone**：独', '',
		].join('\n');
		const lesson = parseLesson(text);
		const { text: written, skipped } = addBlockIds(text, lesson);
		const fenced = lesson.units.filter((u) => u.line === 13).map((u) => u.n);
		expect(skipped).toEqual([1, ...fenced]);
		expect(written).toBe(text.replace('(3) **Alone.**', '(3) **Alone.** ^unit-3'));
		expect(Object.keys(computeCache(written).blocks ?? {})).toEqual(['unit-3']);
	});
});
