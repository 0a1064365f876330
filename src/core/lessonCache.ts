import type { Lesson, ParseOptions } from './model';
import { parseLesson } from './parser/parseLesson';

/**
 * Parsed lessons by path. A note is parsed once per version of its text; the cards, the glossary
 * and the term notes share the result. A version is told by the text's length and a hash, so
 * the cache keeps no copy of the many notes in a vault that are not lessons.
 */
export class LessonCache {
	private readonly entries = new Map<string, { length: number; hash: number; lesson: Lesson }>();

	constructor(private readonly options: () => ParseOptions) {}

	get(path: string, text: string): Lesson {
		const hash = fnv1a(text);
		const cached = this.entries.get(path);
		if (cached && cached.length === text.length && cached.hash === hash) return cached.lesson;
		const lesson = parseLesson(text, this.options());
		this.entries.set(path, { length: text.length, hash, lesson });
		return lesson;
	}

	/** Whether the note was a lesson when last parsed; undefined when it never was parsed. */
	isLesson(path: string): boolean | undefined {
		return this.entries.get(path)?.lesson.isLesson;
	}

	rename(oldPath: string, newPath: string): void {
		const cached = this.entries.get(oldPath);
		this.entries.delete(oldPath);
		if (cached) this.entries.set(newPath, cached);
	}

	delete(path: string): void {
		this.entries.delete(path);
	}

	clear(): void {
		this.entries.clear();
	}
}

/** 32-bit FNV-1a over UTF-16 code units. */
function fnv1a(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}
