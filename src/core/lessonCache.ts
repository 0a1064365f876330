import type { Lesson, ParseOptions } from './model';
import { parseLesson } from './parser/parseLesson';

/**
 * Parsed lessons by path. A note is parsed once per version of its text; callers that render,
 * index or plan from the same note share the result.
 */
export class LessonCache {
	private readonly entries = new Map<string, { text: string; lesson: Lesson }>();

	constructor(private readonly options: () => ParseOptions) {}

	get(path: string, text: string): Lesson {
		const cached = this.entries.get(path);
		if (cached && cached.text === text) return cached.lesson;
		const lesson = parseLesson(text, this.options());
		this.entries.set(path, { text, lesson });
		return lesson;
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
