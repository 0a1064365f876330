import type { Lesson, ParseOptions } from './model';
import { parseLesson } from './parser/parseLesson';

/**
 * Parsed lessons by path. A note is parsed once per version of its text; the cards, the glossary
 * and the term notes share the result. A version is told by the text's length and a hash, so
 * the cache keeps no copy of the many notes in a vault that are not lessons; the last few texts
 * asked for are kept, so the reading view, which asks once per block, compares instead of hashing.
 */
export class LessonCache {
	private readonly entries = new Map<string, { length: number; hash: number; lesson: Lesson }>();
	private readonly recent = new Map<string, string>();

	constructor(private readonly options: () => ParseOptions) {}

	get(path: string, text: string): Lesson {
		const cached = this.entries.get(path);
		if (cached && this.recent.get(path) === text) return cached.lesson;
		this.remember(path, text);
		const hash = fnv1a(text);
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
		this.delete(oldPath);
		if (cached) this.entries.set(newPath, cached);
	}

	delete(path: string): void {
		this.entries.delete(path);
		this.recent.delete(path);
	}

	clear(): void {
		this.entries.clear();
		this.recent.clear();
	}

	private remember(path: string, text: string): void {
		this.recent.delete(path);
		this.recent.set(path, text);
		// A Map iterates in insertion order: the first key is the least recently asked for.
		if (this.recent.size > RECENT_TEXTS) this.recent.delete(this.recent.keys().next().value as string);
	}
}

/** Notes whose text is kept for a quick comparison: a few open views' worth. */
const RECENT_TEXTS = 8;

/** 32-bit FNV-1a over UTF-16 code units. */
function fnv1a(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}
