import { describe, expect, it } from 'vitest';
import { LessonCache } from '../../src/core/lessonCache';
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
});
