import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { addBlockIds, unitBlockIds } from '../../src/core/termNotes/blockIds';
import { LESSON_A, LESSON_B } from '../fixtures';
import { lessonSource } from './lessons';

const all = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('block ids in lessons', () => {
	it.each([
		['A', LESSON_A],
		['B', LESSON_B],
	])('adds `^unit-N` to every header of fixture %s, only adding bytes, and the parser reads them back', (_, text) => {
		const lesson = parseLesson(text);
		const written = addBlockIds(text, lesson, all(lesson.units.length));
		const reparsed = parseLesson(written);
		expect(reparsed.units.map((u) => u.blockId)).toEqual(lesson.units.map((u) => `unit-${u.n}`));
		expect(reparsed.units.map((u) => u.english)).toEqual(lesson.units.map((u) => u.english));
		expect(written.replace(/ \^unit-\d+$/gm, '')).toBe(text);
		expect(addBlockIds(written, reparsed, all(reparsed.units.length))).toBe(written);
	});

	it('writes only the units asked for and re-uses ids already present', () => {
		const source = lessonSource('l.md', [
			{ n: 1, english: 'One.', terms: [], blockId: 'mine' },
			{ n: 2, english: 'Two.', terms: [] },
			{ n: 3, english: 'Three.', terms: [] },
		]);
		expect(unitBlockIds(source.text, source.lesson).map((b) => b.id)).toEqual(['mine', 'unit-2', 'unit-3']);
		const written = addBlockIds(source.text, source.lesson, [0, 1]);
		expect(written).toContain('(1) **One.** ^mine\n');
		expect(written).toContain('(2) **Two.** ^unit-2\n');
		expect(written).toContain('(3) **Three.**\n');
	});

	it('keeps ids unique when a unit number repeats or the id is used elsewhere', () => {
		const source = lessonSource('l.md', [
			{ n: 1, english: 'One.', terms: [] },
			{ n: 1, english: 'Again.', terms: [] },
			{ n: 2, english: 'Two.', terms: [] },
		]);
		const text = `${source.text}\nA note of mine ^unit-2\n`;
		expect(unitBlockIds(text, source.lesson).map((b) => b.id)).toEqual(['unit-1', 'unit-1-2', 'unit-2-2']);
	});

	it('never writes a second id on a header line that has one the parse did not report', () => {
		const source = lessonSource('l.md', [{ n: 1, english: 'One.', terms: [] }]);
		const text = source.text.replace('(1) **One.**', '(1) **One.** ^their-id');
		expect(unitBlockIds(text, source.lesson)).toEqual([{ id: 'their-id', present: true }]);
		expect(addBlockIds(text, source.lesson, [0])).toBe(text);
	});

	it('keeps CRLF line endings intact', () => {
		const source = lessonSource('l.md', [{ n: 1, english: 'One.', terms: [] }]);
		const crlf = source.text.replace(/\n/g, '\r\n');
		expect(addBlockIds(crlf, source.lesson, [0])).toBe(crlf.replace('(1) **One.**\r\n', '(1) **One.** ^unit-1\r\n'));
	});
});
