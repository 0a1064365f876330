import type { GlossaryEntry, Occurrence } from './types';

/** A lesson as the index holds it: shared by its occurrences, so a rename or retitle is one assignment. */
export class IndexedLesson {
	constructor(
		public path: string,
		public title: string,
		readonly mtime: number,
		readonly size: number,
		/** Per unit: number, header line, block id (the record's `units`). */
		readonly units: readonly [number, number, string | null][],
		readonly words: string,
		readonly termCount: number,
	) {}
}

/** One glossed term of a lesson; the unit's number, line and block id come from the lesson. */
export class IndexedOccurrence implements Occurrence {
	constructor(
		readonly lesson: IndexedLesson,
		readonly entry: TermEntry,
		readonly unitIndex: number,
		readonly form: string,
		readonly ipa: string | null,
		readonly pos: string | null,
		readonly meaning: string,
		readonly hot: boolean,
		/** Meaning and IPA folded for search, when folding changes them (Latin capitals, full-width forms); else null. */
		readonly folded: string | null,
	) {}

	get path(): string {
		return this.lesson.path;
	}

	get lessonTitle(): string {
		return this.lesson.title;
	}

	get unit(): number {
		return this.lesson.units[this.unitIndex][0];
	}

	get line(): number {
		return this.lesson.units[this.unitIndex][1];
	}

	get blockId(): string | null {
		return this.lesson.units[this.unitIndex][2];
	}
}

/**
 * Every occurrence of one term key. The readings (forms, meanings, …) are derived when read, never stored:
 * an entry glossed in every lesson costs nothing extra while lessons are indexed one by one, and only the
 * entries on screen are ever asked.
 */
export class TermEntry implements GlossaryEntry {
	private list: IndexedOccurrence[] = NONE;
	private ordered = true;
	/** How many of the occurrences are 🔥: an entry glossed in every lesson answers `hot` at once. */
	private hotCount = 0;

	constructor(readonly key: string) {}

	get occurrences(): readonly IndexedOccurrence[] {
		if (!this.ordered) {
			// Stable: a lesson's occurrences keep their order, units and bullets as written.
			this.list.sort((a, b) => compare(a.lesson.path, b.lesson.path));
			this.ordered = true;
		}
		return this.list;
	}

	get size(): number {
		return this.list.length;
	}

	get term(): string {
		return this.forms[0] ?? this.key;
	}

	get forms(): string[] {
		return distinct(this.occurrences, (o) => o.form);
	}

	get ipa(): string[] {
		return distinct(this.occurrences, (o) => o.ipa);
	}

	get pos(): string[] {
		return distinct(this.occurrences, (o) => o.pos);
	}

	get meanings(): string[] {
		return distinct(this.occurrences, (o) => o.meaning);
	}

	get hot(): boolean {
		return this.hotCount > 0;
	}

	get lessonCount(): number {
		const lessons = this.occurrences;
		let count = 0;
		for (let i = 0; i < lessons.length; i++) if (i === 0 || lessons[i].lesson !== lessons[i - 1].lesson) count++;
		return count;
	}

	get lastModified(): number {
		let newest = 0;
		for (const o of this.list) newest = Math.max(newest, o.lesson.mtime);
		return newest;
	}

	/** Adds an occurrence; true when it made the entry 🔥. */
	add(occurrence: IndexedOccurrence): boolean {
		const last = this.list[this.list.length - 1];
		if (last && last.lesson !== occurrence.lesson && compare(last.lesson.path, occurrence.lesson.path) > 0) this.ordered = false;
		// Most terms are glossed once: a list of one is made to size (a first push would reserve 17 places).
		if (this.list === NONE) this.list = [occurrence];
		else this.list.push(occurrence);
		return occurrence.hot && ++this.hotCount === 1;
	}

	/** Drops a lesson's occurrences; true when that made the entry stop being 🔥. */
	removeLesson(lesson: IndexedLesson): boolean {
		const wasHot = this.hotCount > 0;
		this.list = this.list.filter((o) => o.lesson !== lesson);
		this.hotCount = 0;
		for (const o of this.list) if (o.hot) this.hotCount++;
		return wasHot && this.hotCount === 0;
	}

	/** After a lesson's path changed: the order by path must be checked again. */
	reorder(): void {
		this.ordered = this.list.length < 2;
	}
}

const NONE: IndexedOccurrence[] = [];

/** Code-unit order, as the A–Z list and lesson paths are compared everywhere in the glossary. */
export function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Non-empty trimmed values, first occurrence kept. */
function distinct(occurrences: readonly IndexedOccurrence[], value: (o: IndexedOccurrence) => string | null): string[] {
	const seen = new Set<string>();
	for (const o of occurrences) {
		const trimmed = value(o)?.trim();
		if (trimmed) seen.add(trimmed);
	}
	return [...seen];
}
