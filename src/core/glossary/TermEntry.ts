import { compare } from '../compare';
import { IndexedOccurrence, type IndexedLesson } from './IndexedLesson';
import type { GlossaryEntry } from './types';

/**
 * Every occurrence of one term key, as places in lessons' columns (IndexedLesson). The readings (forms,
 * meanings, …) are derived when read, never stored: an entry glossed in every lesson costs nothing extra while
 * lessons are indexed one by one, and only the entries on screen are ever asked.
 */
export class TermEntry implements GlossaryEntry {
	/**
	 * The first occurrence's lesson and place in fields of their own (most terms are glossed once: no array
	 * for them), the others as lesson, place, lesson, place, … in one array.
	 */
	private first: IndexedLesson | null = null;
	private firstSlot = 0;
	private rest: (IndexedLesson | number)[] | null = null;
	/**
	 * How many of the occurrences are 🔥, × 2 (an entry glossed in every lesson answers `hot` at once), + 1 while
	 * they may be out of path order (sorted when next read). One field, not two: there is an entry per term.
	 */
	private tally = 0;

	/** A number of its own, for marking entries in a typed array (a search's hits) rather than a set. */
	readonly id = nextId++;

	constructor(readonly key: string) {}

	/** One more than the highest id given so far. */
	static get ids(): number {
		return nextId;
	}

	get occurrences(): IndexedOccurrence[] {
		this.order();
		const out = new Array<IndexedOccurrence>(this.size);
		for (let i = 0; i < out.length; i++) out[i] = new IndexedOccurrence(this.lessonAt(i), this.slotAt(i));
		return out;
	}

	get size(): number {
		return this.first === null ? 0 : 1 + (this.rest === null ? 0 : this.rest.length / 2);
	}

	get term(): string {
		return this.forms[0] ?? this.key;
	}

	get forms(): string[] {
		return this.distinct((l, s) => l.form(s));
	}

	get ipa(): string[] {
		return this.distinct((l, s) => l.ipa(s));
	}

	get pos(): string[] {
		return this.distinct((l, s) => l.pos(s));
	}

	get meanings(): string[] {
		return this.distinct((l, s) => l.meaning(s));
	}

	get hot(): boolean {
		return this.tally >= 2;
	}

	get lessonCount(): number {
		this.order();
		let count = 0;
		for (let i = 0; i < this.size; i++) if (i === 0 || this.lessonAt(i) !== this.lessonAt(i - 1)) count++;
		return count;
	}

	get lastModified(): number {
		let newest = 0;
		for (let i = 0; i < this.size; i++) newest = Math.max(newest, this.lessonAt(i).mtime);
		return newest;
	}

	/** Whether some occurrence names `pos` as its part of speech. */
	hasPos(pos: string): boolean {
		for (let i = 0; i < this.size; i++) if (this.lessonAt(i).pos(this.slotAt(i))?.trim() === pos) return true;
		return false;
	}

	/** Whether the lesson at `path` glosses it. */
	inLesson(path: string): boolean {
		for (let i = 0; i < this.size; i++) if (this.lessonAt(i).path === path) return true;
		return false;
	}

	/** Calls `visit` with each occurrence's lesson and place, as added. */
	forEachPlace(visit: (lesson: IndexedLesson, slot: number) => void): void {
		for (let i = 0; i < this.size; i++) visit(this.lessonAt(i), this.slotAt(i));
	}

	/**
	 * Gives empty `entries` every place of `lessons`, as `add` would one by one but with no copy: each entry's list
	 * is made to its size at once. `numbers[l][slot]` is the place's entry in `entries`, `uses[n]` how many places
	 * entry n has; `ordered` says the lessons come in path order (else each entry sorts its occurrences when next
	 * read). In short steps (a caller may pause between them); the value is the entries given a place (`entries`
	 * itself when all were) and how many of them are 🔥.
	 */
	static *fill(entries: TermEntry[], lessons: readonly IndexedLesson[], numbers: readonly ArrayLike<number>[], uses: Int32Array, ordered: boolean): Generator<void, { filled: TermEntry[]; hot: number }> {
		let empty = 0;
		for (let n = 0; n < entries.length; n++) {
			if (uses[n] > 1) entries[n].rest = new Array<IndexedLesson | number>(2 * (uses[n] - 1));
			else if (uses[n] === 0) empty++;
		}
		const given = new Int32Array(entries.length);
		let hot = 0;
		for (let l = 0; l < lessons.length; l++) {
			if (l % FILL_STEP === 0) yield;
			const lesson = lessons[l];
			const places = numbers[l];
			for (let slot = 0; slot < places.length; slot++) {
				const n = places[slot];
				const entry = entries[n];
				const at = given[n]++;
				if (at === 0) {
					entry.first = lesson;
					entry.firstSlot = slot;
				} else {
					(entry.rest as (IndexedLesson | number)[])[2 * at - 2] = lesson;
					(entry.rest as (IndexedLesson | number)[])[2 * at - 1] = slot;
				}
				if (lesson.hot(slot) && (entry.tally += 2) < 4) hot++;
			}
		}
		if (!ordered) for (const entry of entries) entry.reorder();
		return { filled: empty === 0 ? entries : entries.filter((entry) => entry.first !== null), hot };
	}

	/** Adds the term at `slot` of `lesson`; true when it made the entry 🔥. */
	add(lesson: IndexedLesson, slot: number): boolean {
		const last = this.size > 0 ? this.lessonAt(this.size - 1) : null;
		if (last && last !== lesson && compare(last.path, lesson.path) > 0) this.tally |= 1;
		if (this.first === null) {
			this.first = lesson;
			this.firstSlot = slot;
		} else if (this.rest === null) this.rest = [lesson, slot];
		else if (this.rest.length < EXACT_REST) this.rest = this.rest.concat(lesson, slot);
		else this.rest.push(lesson, slot);
		return lesson.hot(slot) && (this.tally += 2) < 4;
	}

	/** Drops a lesson's occurrences; true when that made the entry stop being 🔥. */
	removeLesson(lesson: IndexedLesson): boolean {
		const wasHot = this.hot;
		const kept: (IndexedLesson | number)[] = [];
		let hot = 0;
		for (let i = 0; i < this.size; i++) {
			const l = this.lessonAt(i);
			if (l === lesson) continue;
			kept.push(l, this.slotAt(i));
			if (l.hot(this.slotAt(i))) hot++;
		}
		this.setRefs(kept);
		this.tally = hot * 2 + (this.tally & 1);
		return wasHot && !this.hot;
	}

	/** After a lesson's path changed: the order by path must be checked again. */
	reorder(): void {
		this.tally = (this.tally & ~1) + (this.size < 2 ? 0 : 1);
	}

	private lessonAt(i: number): IndexedLesson {
		return (i === 0 ? this.first : this.rest?.[2 * i - 2]) as IndexedLesson;
	}

	private slotAt(i: number): number {
		return (i === 0 ? this.firstSlot : this.rest?.[2 * i - 1]) as number;
	}

	/** Takes its occurrences from a list of lesson, place, lesson, place, … */
	private setRefs(refs: (IndexedLesson | number)[]): void {
		this.first = (refs[0] as IndexedLesson | undefined) ?? null;
		this.firstSlot = (refs[1] as number | undefined) ?? 0;
		this.rest = refs.length > 2 ? refs.slice(2) : null;
	}

	/** By lesson path; stable (as every sort is), so a lesson's occurrences keep their order, units and bullets as written. */
	private order(): void {
		if ((this.tally & 1) === 0) return;
		const at = Array.from({ length: this.size }, (_, i) => i);
		at.sort((a, b) => compare(this.lessonAt(a).path, this.lessonAt(b).path));
		const sorted: (IndexedLesson | number)[] = [];
		for (const i of at) sorted.push(this.lessonAt(i), this.slotAt(i));
		this.setRefs(sorted);
		this.tally &= ~1;
	}

	/** Non-empty trimmed values, first occurrence kept. */
	private distinct(value: (lesson: IndexedLesson, slot: number) => string | null): string[] {
		this.order();
		const seen = new Set<string>();
		for (let i = 0; i < this.size; i++) {
			const trimmed = value(this.lessonAt(i), this.slotAt(i))?.trim();
			if (trimmed) seen.add(trimmed);
		}
		return [...seen];
	}
}

let nextId = 0;

/** Lessons per step of `TermEntry.fill`: ~15k places in the synthetic vault, a millisecond or two. */
const FILL_STEP = 128;

/**
 * Up to this many, `rest` is copied to its new size on each add (a few dozen places copied, so adding stays
 * linear): a push reserves 16 places more, and most terms are glossed a few times only; an entry grown by
 * push cost twice the memory. Beyond, a push's spare room is small beside the array.
 */
const EXACT_REST = 64;
