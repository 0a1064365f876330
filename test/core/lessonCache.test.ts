import { describe, expect, it } from 'vitest';
import { LessonCache } from '../../src/core/LessonCache';
import { LESSON_A } from '../fixtures';

describe('LessonCache', () => {
	it('parses a note once per version of its text', () => {
		const cache = new LessonCache(() => ({}));
		const first = cache.get('a.md', LESSON_A);
		expect(first.units).toHaveLength(63);
		expect(cache.get('a.md', LESSON_A)).toBe(first);
		const edited = LESSON_A.replace('(63) [40:00-40:27]', '(64) [40:00-40:27]');
		const second = cache.get('a.md', edited);
		expect(second).not.toBe(first);
		expect(second.units[62].n).toBe(64);
		expect(cache.get('a.md', edited)).toBe(second);
	});

	it('follows renames and forgets deleted notes and old settings', () => {
		let labels: string[] = [];
		const cache = new LessonCache(() => ({ analysisLabels: labels }));
		const text = '(1) [00:01-00:02] **Hello world.**\n\n你好。\n\nNotes:\n* **world**：世界\n';
		expect(cache.isLesson('old.md')).toBeUndefined();
		const before = cache.get('old.md', text);
		expect(before.isLesson).toBe(false);
		expect(cache.isLesson('old.md')).toBe(false);
		cache.rename('old.md', 'new.md');
		expect(cache.get('new.md', text)).toBe(before);
		labels = ['Notes'];
		cache.clear();
		expect(cache.get('new.md', text).isLesson).toBe(true);
		expect(cache.isLesson('new.md')).toBe(true);
		const after = cache.get('new.md', text);
		cache.delete('new.md');
		expect(cache.get('new.md', text)).not.toBe(after);
	});

	it('knows an unchanged note again after many others were asked for, and a changed one as changed', () => {
		const cache = new LessonCache(() => ({}));
		const first = cache.get('a.md', LESSON_A);
		for (let i = 0; i < 20; i++) cache.get(`other-${i}.md`, `note ${i}`);
		expect(cache.get('a.md', `${LESSON_A}`)).toBe(first);
		for (let i = 0; i < 20; i++) cache.get(`other-${i}.md`, `note ${i}`);
		const same = [...LESSON_A].join(''); // the same text, another string
		expect(cache.get('a.md', same)).toBe(first);
		expect(cache.get('a.md', LESSON_A.replace('tackle', 'tickle'))).not.toBe(first);
	});

	it('keeps only the lessons asked for last parsed, and still knows which notes were lessons', () => {
		const cache = new LessonCache(() => ({}));
		const first = cache.get('a.md', LESSON_A);
		const plain = cache.get('plain.md', '# Just a note');
		for (let i = 0; i < 40; i++) cache.get(`lesson-${i}.md`, LESSON_A.replace('63 个', `${i} 个`));
		expect(cache.isLesson('a.md')).toBe(true);
		expect(cache.isLesson('plain.md')).toBe(false);
		const again = cache.get('a.md', LESSON_A);
		expect(again).not.toBe(first); // parsed anew: 40 lessons came after it
		expect(again.units).toHaveLength(63);
		expect(cache.get('plain.md', '# Just a note')).toBe(plain);
		expect(cache.get('lesson-39.md', LESSON_A.replace('63 个', '39 个')).units).toHaveLength(63);
	});

	it('keeps eight lessons parsed, a few open views\' worth, and lets the ninth last go', () => {
		const cache = new LessonCache(() => ({}));
		const lessonText = (i: number) => LESSON_A.replace('63 个', `${i} 个`);
		const parsed = Array.from({ length: 8 }, (_, i) => cache.get(`lesson-${i}.md`, lessonText(i)));
		expect(parsed.map((lesson, i) => cache.get(`lesson-${i}.md`, lessonText(i)) === lesson)).toEqual(Array(8).fill(true));
		cache.get('lesson-8.md', lessonText(8));
		expect(cache.get('lesson-0.md', lessonText(0))).not.toBe(parsed[0]);
	});

	it('moves what it knows of a note on a rename, and takes the rename of a note it never read', () => {
		const cache = new LessonCache(() => ({}));
		cache.get('a.md', LESSON_A);
		for (let i = 0; i < 8; i++) cache.get(`lesson-${i}.md`, LESSON_A.replace('63 个', `${i} 个`)); // a.md's parse let go
		cache.rename('a.md', 'moved.md');
		expect([cache.isLesson('a.md'), cache.isLesson('moved.md')]).toEqual([undefined, true]);
		cache.rename('never.md', 'still-never.md');
		expect(cache.isLesson('still-never.md')).toBeUndefined();
		expect(cache.get('still-never.md', '# Note').isLesson).toBe(false);
	});
});
