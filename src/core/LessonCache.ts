import type { Lesson, ParseOptions } from './model';
import { parseLesson } from './parser/parseLesson';
import { fnv1a } from './hash';

/**
 * Parsed lessons by path. A note is parsed once per version of its text; the cards, the glossary
 * and the term notes share the result. A version is told by the text's length and a hash, so
 * the cache keeps no copy of the many notes in a vault that are not lessons; the last few texts
 * asked for are kept, so the reading view, which asks once per block, compares instead of hashing.
 * Only the lessons asked for last are kept parsed (a parsed lesson holds all its text): a vault of
 * 2,000 lessons is indexed through here without holding them all.
 */
export class LessonCache {
	/** The parses of the lessons asked for last, least recent first. */
	private readonly lessons = new Map<string, Parse>();
	/** The parses of ordinary notes: small, all kept. */
	private readonly others = new Map<string, Parse>();
	/** Whether each note parsed was a lesson, kept after its parse is let go. */
	private readonly kinds = new Map<string, boolean>();
	private readonly recent = new Map<string, string>();

	constructor(private readonly options: () => ParseOptions) {}

	get(path: string, text: string): Lesson {
		const cached = this.lessons.get(path) ?? this.others.get(path);
		if (cached && this.recent.get(path) === text) return this.keep(path, cached);
		keepRecent(this.recent, path, text, RECENT_TEXTS);
		const hash = fnv1a(text);
		if (cached && cached.length === text.length && cached.hash === hash) return this.keep(path, cached);
		const lesson = parseLesson(text, this.options());
		this.lessons.delete(path);
		this.others.delete(path);
		this.kinds.set(path, lesson.isLesson);
		return this.keep(path, { length: text.length, hash, lesson });
	}

	/** Whether the note was a lesson when last parsed; undefined when it never was parsed. */
	isLesson(path: string): boolean | undefined {
		return this.kinds.get(path);
	}

	rename(oldPath: string, newPath: string): void {
		const cached = this.lessons.get(oldPath) ?? this.others.get(oldPath);
		const kind = this.kinds.get(oldPath);
		this.delete(oldPath);
		if (cached) this.keep(newPath, cached);
		if (kind !== undefined) this.kinds.set(newPath, kind);
	}

	delete(path: string): void {
		this.lessons.delete(path);
		this.others.delete(path);
		this.kinds.delete(path);
		this.recent.delete(path);
	}

	clear(): void {
		this.lessons.clear();
		this.others.clear();
		this.kinds.clear();
		this.recent.clear();
	}

	private keep(path: string, parse: Parse): Lesson {
		if (parse.lesson.isLesson) keepRecent(this.lessons, path, parse, KEPT_LESSONS);
		else this.others.set(path, parse);
		return parse.lesson;
	}
}

interface Parse {
	length: number;
	hash: number;
	lesson: Lesson;
}

/** Notes whose text is kept for a quick comparison: a few open views' worth. */
const RECENT_TEXTS = 8;

/** Lessons kept parsed: a few open views' worth (a parsed lesson weighs ~7× its text; one more parse costs a few ms). */
const KEPT_LESSONS = 8;

/** Sets `key` as the most recently used in `map`, dropping the least recently used beyond `limit`. */
function keepRecent<V>(map: Map<string, V>, key: string, value: V, limit: number): void {
	map.delete(key);
	map.set(key, value);
	// A Map iterates in insertion order: the first key is the least recently used.
	if (map.size > limit) map.delete(map.keys().next().value as string);
}
