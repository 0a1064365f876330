import type { Lesson } from '../model';
import { parsedGlosses } from '../glosses';

/**
 * When each term of a lesson being edited was first seen, to tell a term the user has settled on
 * from one they were in the middle of typing (`bread and bu`): a key that disappears and comes
 * back is new again. Terms already there when the editing began count as settled.
 */
export class TermSightings {
	private readonly since = new Map<string, number>();

	constructor(baseline: Iterable<string>) {
		for (const key of baseline) this.since.set(key, -Infinity);
	}

	/** The keys the lesson holds at `now`. */
	see(keys: Iterable<string>, now: number): void {
		const present = new Set(keys);
		for (const key of this.since.keys()) if (!present.has(key)) this.since.delete(key);
		for (const key of present) if (!this.since.has(key)) this.since.set(key, now);
	}

	/** Whether `key` has been in the lesson for at least `ms` at `now`. */
	settled(key: string, now: number, ms: number): boolean {
		const since = this.since.get(key);
		return since !== undefined && now - since >= ms;
	}
}

/** The term keys a lesson glosses, as the glossary and term notes count them (core/glosses): no placeholder. */
export function lessonKeys(lesson: Lesson): string[] {
	return parsedGlosses(lesson).map((gloss) => gloss.key);
}
