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
		const mine = lessonSource('l.md', [{ n: 1, english: 'We open the first door.', terms: [{ term: 'door' }], blockId: 'mine' }, { n: 2, english: 'Then we close it again.', terms: [{ term: 'close' }] }]);
		expect(unitBlockIds(mine.text, mine.lesson).map((b) => b.id)).toEqual(['mine', 'unit-2']);
		const repeated = lessonSource('l.md', [{ n: 1, english: 'We open the first door.', terms: [{ term: 'door' }] }, { n: 1, english: 'We open the same door again.', terms: [{ term: 'again' }] }, { n: 2, english: 'Then we close it again.', terms: [{ term: 'close' }] }]);
		expect(unitBlockIds(`${repeated.text}\nA note of mine ^unit-2\n`, repeated.lesson).map((b) => b.id)).toEqual(['unit-1', 'unit-1-2', 'unit-2-2']);
	});

	it('never writes a second id on a header line that has one the parse did not report', () => {
		const source = lessonSource('l.md', [{ n: 1, english: 'We open the first door.', terms: [{ term: 'door' }] }]);
		const text = source.text.replace('(1) **We open the first door.**', '(1) **We open the first door.** ^their-id');
		expect(unitBlockIds(text, source.lesson)).toEqual([{ id: 'their-id', present: true, usable: true }]);
		expect(addBlockIds(text, source.lesson).text).toBe(text);
	});

	it('keeps CRLF and lone CR line endings, and puts the id on the header line the parser reported', () => {
		const one = '(1) **The tide comes in twice a day.**';
		const two = '(2) **Sailors read the tables before they leave.**';
		const lf = `# L\n\n${one}\n\n潮水一天涨两次。\n\n解析：\n* **tide** 🔥：名词，潮汐\n\n---\n\n${two}\n\n水手出发前先看潮汐表。\n\n解析：\n* **tables**：名词，表\n`;
		for (const eol of ['\r\n', '\r']) {
			const text = lf.replace(/\n/g, eol);
			const { text: written } = add(text);
			expect(written).toBe(text.replace(`${one}${eol}`, `${one} ^unit-1${eol}`).replace(`${two}${eol}`, `${two} ^unit-2${eol}`));
			expect(parseLesson(written).units.map((u) => u.blockId)).toEqual(['unit-1', 'unit-2']);
		}
	});

	it('writes no id where it would not end a block: a header followed directly by the English, or inside a code fence', () => {
		const text = [
			'# L', '', '(1) [0:01-0:02]', '**{The ferry leaves [from the north pier] at noon.}**', '', '渡轮中午从北码头出发。', '', '解析：', '* **pier** 🔥：名词，码头', '', '---', '',
			'```', '(2) **A header inside a fence is not a unit.**', '```', '', '(3) **Tickets are sold on board.**', '', '船上售票。', '', '解析：', '* **on board**：短语，在船上', '',
		].join('\n');
		const lesson = parseLesson(text);
		const { text: written, skipped } = addBlockIds(text, lesson);
		const fenced = lesson.units.filter((u) => u.line === 13).map((u) => u.n);
		expect(skipped).toEqual([1, ...fenced]);
		expect(written).toBe(text.replace('(3) **Tickets are sold on board.**', '(3) **Tickets are sold on board.** ^unit-3'));
		expect(Object.keys(computeCache(written).blocks ?? {})).toEqual(['unit-3']);
	});
});
