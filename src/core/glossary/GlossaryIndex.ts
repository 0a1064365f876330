import type { Lesson } from '../model';
import type { ChunkList } from './ChunkList';
import { KeyOrder } from './KeyOrder';
import { basename } from '../paths';
import { lessonRecord, type LessonRecord } from './lessonRecord';
import { IndexedLesson } from './IndexedLesson';
import { TermEntry } from './TermEntry';
import { decodeSignature, mayContain } from './wordSignature';
import type { GlossaryLesson, GlossaryTotals } from './types';

/** An index's parts as a persisted index gives them back (persistedIndex.ts), for `GlossaryIndex.restore`. */
export interface IndexParts {
	lessons: IndexedLesson[];
	/** Every entry A–Z, each holding its occurrences in `lessons` already (none empty). */
	entries: TermEntry[];
	/** Occurrences per part of speech (each more than 0), counted from `lessons`. */
	posCounts: Map<string, number>;
	/** How many of `entries` are 🔥. */
	hot: number;
}

/**
 * Every lesson's terms aggregated by term key. Rebuildable data, never the source of truth: it is fed one
 * lesson record at a time, and an update touches only the entries of the lesson that changed. It holds no
 * sentence or translation: those are read from the lesson when shown (details.ts).
 */
export class GlossaryIndex {
	private readonly lessonsByPath = new Map<string, IndexedLesson>();
	/**
	 * Every entry by key; null after a restore until made from the A–Z list (keyInSteps, or at once by the first change):
	 * a start that shows a persisted index need not hash 100k keys first. Meanwhile a key is looked up in the A–Z list.
	 */
	private entriesByKey: Map<string, TermEntry> | null = new Map();
	/** While `entriesByKey` is being made: the A–Z list it is made from, and how much of it is in. */
	private keying: { byKey: Map<string, TermEntry>; list: ChunkList<TermEntry>; done: number } | null = null;
	private readonly order = new KeyOrder<TermEntry>();
	/** Occurrences per part of speech, for the filter menu. */
	private posCounts = new Map<string, number>();
	private hotEntries = 0;
	private listeners: (() => void)[] = [];
	/** Bumped on every change, so views can cache what they derive. */
	version = 0;

	/** Adds, replaces or (when it is not a lesson) removes what `path` contributes. */
	setLesson(path: string, lesson: Lesson, mtime: number, size = 0): void {
		const record = lessonRecord(path, lesson, { mtime, size });
		if (record) this.setRecord(record);
		else this.delete(path);
	}

	/** Adds or replaces a lesson from its record (a fresh parse's). */
	setRecord(record: LessonRecord): void {
		const touched = this.removeLesson(record.path);
		const lesson = IndexedLesson.fromRecord(record, (key) => this.entryFor(key), (pos) => this.intern(pos));
		this.addOccurrences(lesson);
		this.lessonsByPath.set(record.path, lesson);
		this.settle(touched);
	}

	/**
	 * Takes in a persisted index read back (persistedIndex.ts). Into an empty index its parts go as they are: no
	 * entry is looked up, nothing counted or sorted again. A lesson the index has already (indexed while the
	 * stored index was read) is kept as it is, the stored one dropped; an entry the index has already takes the
	 * stored occurrences of its key.
	 */
	restore(parts: IndexParts): void {
		// No lessons, no entries: an index with none of its own takes the parts as they are.
		if (this.lessonsByPath.size === 0) {
			this.entriesByKey = null;
			this.keying = null;
			this.posCounts = parts.posCounts;
			this.hotEntries = parts.hot;
			this.order.restore(parts.entries);
			for (const lesson of parts.lessons) this.lessonsByPath.set(lesson.path, lesson);
		} else this.mergeIn(parts);
		this.changed();
	}

	delete(path: string): void {
		if (!this.lessonsByPath.has(path)) return;
		this.settle(this.removeLesson(path));
	}

	/** Moves a lesson to its new path without re-parsing it; an untitled lesson takes the new file name. */
	rename(oldPath: string, newPath: string): void {
		const lesson = this.lessonsByPath.get(oldPath);
		if (!lesson) return;
		this.delete(newPath); // a lesson moved onto is replaced (nothing when there is none)
		this.lessonsByPath.delete(oldPath);
		if (lesson.title === basename(oldPath)) lesson.title = basename(newPath);
		lesson.path = newPath;
		this.lessonsByPath.set(newPath, lesson);
		for (const entry of lesson.entries) entry.reorder();
		this.changed();
	}

	/** All entries A–Z by key; the same list until the next change, and never changed afterwards. */
	entries(): ChunkList<TermEntry> {
		return this.order.items();
	}

	/** Settles the A–Z list in short steps (KeyOrder.settle), so that reading it next is quick. */
	settleOrder(): Generator<void> {
		return this.order.settle();
	}

	entry(key: string): TermEntry | undefined {
		return this.entriesByKey === null ? this.order.find(key) : this.entriesByKey.get(key);
	}

	/** The lessons as the index holds them, for a search to scan their texts. */
	indexedLessons(): Iterable<IndexedLesson> {
		return this.lessonsByPath.values();
	}

	lessons(): GlossaryLesson[] {
		return [...this.lessonsByPath.values()].map((l) => ({ path: l.path, title: l.title, mtime: l.mtime, size: l.size, units: l.unitCount, terms: l.termCount }));
	}

	lesson(path: string): GlossaryLesson | undefined {
		const l = this.lessonsByPath.get(path);
		return l && { path: l.path, title: l.title, mtime: l.mtime, size: l.size, units: l.unitCount, terms: l.termCount };
	}

	/** Lessons whose English may use the term (word signatures: no false "no"), for "also appears in". */
	lessonsThatMayUse(term: string): string[] {
		const paths: string[] = [];
		for (const lesson of this.lessonsByPath.values()) if (mayContain(decodeSignature(lesson.words), term)) paths.push(lesson.path);
		return paths;
	}

	totals(): GlossaryTotals {
		return { lessons: this.lessonsByPath.size, terms: this.entriesByKey?.size ?? this.order.items().length, hot: this.hotEntries };
	}

	/** The parts of speech met in the index, sorted. */
	partsOfSpeech(): string[] {
		return [...this.posCounts.keys()].sort();
	}

	/** Calls `listener` after every change; returns the function that unsubscribes it. */
	onChange(listener: () => void): () => void {
		this.listeners.push(listener);
		return () => {
			this.listeners = this.listeners.filter((l) => l !== listener);
		};
	}

	/**
	 * After a restore, makes the map of entries by key in short steps (KEYS_PER_STEP keys each), so that no change
	 * has to make it all at once: a start runs it in the background. Its value is the map (at once when made).
	 */
	*keyInSteps(): Generator<void, Map<string, TermEntry>> {
		while (this.entriesByKey === null) {
			// No change meets a map half made (each finishes it first, `keyed`): the A–Z list is the one it started from.
			const keying = (this.keying ??= { byKey: new Map(), list: this.order.items(), done: 0 });
			const { byKey, list } = keying;
			const end = Math.min(list.length, keying.done + KEYS_PER_STEP);
			for (let i = keying.done; i < end; i++) {
				const entry = list.get(i) as TermEntry;
				byKey.set(entry.key, entry);
			}
			keying.done = end;
			if (end < list.length) yield;
			else {
				this.entriesByKey = byKey;
				this.keying = null;
			}
		}
		return this.entriesByKey;
	}

	/** The entries by key; what is left of the map a restore left out is made first, at once. */
	private keyed(): Map<string, TermEntry> {
		if (this.entriesByKey !== null) return this.entriesByKey;
		const steps = this.keyInSteps();
		let step = steps.next();
		while (!step.done) step = steps.next();
		return step.value;
	}

	/** The entry for `key`, created when new. */
	private entryFor(key: string): TermEntry {
		const byKey = this.keyed();
		let entry = byKey.get(key);
		if (!entry) {
			entry = new TermEntry(key);
			byKey.set(key, entry);
			this.order.add(entry);
		}
		return entry;
	}

	/** Forgets `path`'s occurrences; returns the entries they were in (some may be left empty). */
	private removeLesson(path: string): Set<TermEntry> {
		const touched = new Set<TermEntry>();
		const lesson = this.lessonsByPath.get(path);
		if (!lesson) return touched;
		lesson.entries.forEach((entry, slot) => {
			if (!touched.has(entry)) {
				touched.add(entry);
				if (entry.removeLesson(lesson)) this.hotEntries--;
			}
			this.countPos(lesson.pos(slot), -1);
		});
		this.lessonsByPath.delete(path);
		return touched;
	}

	/** Adds a new lesson's places to their entries. */
	private addOccurrences(lesson: IndexedLesson): void {
		lesson.entries.forEach((entry, slot) => {
			if (entry.add(lesson, slot)) this.hotEntries++;
			this.countPos(lesson.pos(slot), 1);
		});
	}

	/** `restore` into an index that has lessons of its own already. */
	private mergeIn({ lessons, entries }: IndexParts): void {
		const byKey = this.keyed();
		const taken = lessons.filter((lesson) => !this.lessonsByPath.has(lesson.path));
		for (const lesson of lessons) if (this.lessonsByPath.has(lesson.path)) for (const entry of new Set(lesson.entries)) entry.removeLesson(lesson);
		const added: TermEntry[] = [];
		for (const entry of entries) {
			if (entry.size === 0) continue;
			const known = byKey.get(entry.key);
			if (known) {
				entry.forEachPlace((lesson, slot) => {
					lesson.entries[slot] = known;
					if (known.add(lesson, slot)) this.hotEntries++;
				});
				continue;
			}
			byKey.set(entry.key, entry);
			if (entry.hot) this.hotEntries++;
			added.push(entry);
		}
		this.order.restore(merged(this.order.items().toArray(), added));
		for (const lesson of taken) {
			this.lessonsByPath.set(lesson.path, lesson);
			lesson.entries.forEach((_, slot) => this.countPos(lesson.pos(slot), 1));
		}
	}

	/** One occurrence more (`by` 1) or less (-1) of a part of speech. */
	private countPos(pos: string | null, by: 1 | -1): void {
		if (pos === null) return;
		const count = (this.posCounts.get(pos) ?? 0) + by;
		if (count > 0) this.posCounts.set(pos, count);
		else this.posCounts.delete(pos);
	}

	/** Drops the entries a removal left empty, and tells the listeners. */
	private settle(touched: Set<TermEntry>): void {
		const byKey = this.keyed();
		for (const entry of touched) {
			if (entry.size === 0 && byKey.get(entry.key) === entry) {
				byKey.delete(entry.key);
				this.order.remove(entry);
			}
		}
		this.changed();
	}

	/** One string per part of speech, however many bullets name it; a new one is counted from 0 (its bullet is counted next). */
	private intern(pos: string): string {
		for (const known of this.posCounts.keys()) if (known === pos) return known;
		this.posCounts.set(pos, 0);
		return pos;
	}

	private changed(): void {
		this.version++;
		for (const listener of this.listeners) listener();
	}
}

/** Keys per step of `keyInSteps`: a millisecond or two. */
const KEYS_PER_STEP = 8192;

/** Two lists of distinct keys, each A–Z, as one A–Z list. */
function merged(a: readonly TermEntry[], b: readonly TermEntry[]): TermEntry[] {
	const out: TermEntry[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i].key < b[j].key) ? a[i++] : b[j++]);
	return out;
}
