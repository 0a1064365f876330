import type { Lesson } from '../model';
import type { ChunkList } from './ChunkList';
import { lessonGlosses, type BulletReader } from '../glosses';
import { KeyOrder } from './KeyOrder';
import { basename } from '../paths';
import { lessonRecord, type LessonRecord } from './lessonRecord';
import { IndexedLesson } from './IndexedLesson';
import { TermEntry } from './TermEntry';
import { decodeSignature, mayContain } from './wordSignature';
import type { GlossaryLesson, GlossaryTotals } from './types';

/** A record's bullets, read as core/glosses counts them (a persisted record may hold a unit's term twice). */
const RECORD_TERMS: BulletReader<LessonRecord['terms'][number]> = { unitIndex: (t) => t[0], form: (t) => t[1], hot: (t) => t[5] === 1 };

/**
 * Every lesson's terms aggregated by term key. Rebuildable data, never the source of truth: it is fed one
 * lesson record at a time, and an update touches only the entries of the lesson that changed. It holds no
 * sentence or translation: those are read from the lesson when shown (details.ts).
 */
export class GlossaryIndex {
	private readonly lessonsByPath = new Map<string, IndexedLesson>();
	private readonly entriesByKey = new Map<string, TermEntry>();
	private readonly order = new KeyOrder<TermEntry>();
	/** Occurrences per part of speech, for the filter menu. */
	private readonly posCounts = new Map<string, number>();
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

	/** Adds or replaces a lesson from its record (a fresh parse's, or a persisted index's). */
	setRecord(record: LessonRecord): void {
		const touched = this.removeLesson(record.path);
		const lesson = new IndexedLesson(record.path, record.title, record.mtime, record.size, record.units, record.words, record.terms.length);
		for (const { key, term: [unit, form, ipa, pos, meaning, hot] } of lessonGlosses(record.terms, RECORD_TERMS)) {
			const entry = this.entryFor(key);
			const slot = lesson.addTerm(entry, unit, form, ipa, pos === null ? null : this.intern(pos), meaning, hot === 1);
			if (entry.add(lesson, slot)) this.hotEntries++;
			if (pos !== null) this.posCounts.set(pos, (this.posCounts.get(pos) ?? 0) + 1);
		}
		lesson.seal();
		this.lessonsByPath.set(record.path, lesson);
		this.settle(touched);
	}

	delete(path: string): void {
		if (!this.lessonsByPath.has(path)) return;
		this.settle(this.removeLesson(path));
	}

	/** Moves a lesson to its new path without re-parsing it; an untitled lesson takes the new file name. */
	rename(oldPath: string, newPath: string): void {
		const lesson = this.lessonsByPath.get(oldPath);
		if (!lesson) return;
		if (this.lessonsByPath.has(newPath)) this.delete(newPath);
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

	entry(key: string): TermEntry | undefined {
		return this.entriesByKey.get(key);
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

	/** Every lesson as a record, for persisting the index. */
	*records(): Generator<LessonRecord> {
		for (const [path, lesson] of this.lessonsByPath) {
			yield { path, title: lesson.title, mtime: lesson.mtime, size: lesson.size, units: lesson.units(), terms: lesson.terms(), words: lesson.words };
		}
	}

	totals(): GlossaryTotals {
		return { lessons: this.lessonsByPath.size, terms: this.entriesByKey.size, hot: this.hotEntries };
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

	/** The entry for `key`, created when new. */
	private entryFor(key: string): TermEntry {
		let entry = this.entriesByKey.get(key);
		if (!entry) {
			entry = new TermEntry(key);
			this.entriesByKey.set(key, entry);
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
			const pos = lesson.pos(slot);
			if (pos !== null) {
				const left = (this.posCounts.get(pos) ?? 1) - 1;
				if (left > 0) this.posCounts.set(pos, left);
				else this.posCounts.delete(pos);
			}
		});
		this.lessonsByPath.delete(path);
		return touched;
	}

	/** Drops the entries a removal left empty, and tells the listeners. */
	private settle(touched: Set<TermEntry>): void {
		for (const entry of touched) {
			if (entry.size === 0 && this.entriesByKey.get(entry.key) === entry) {
				this.entriesByKey.delete(entry.key);
				this.order.remove(entry);
			}
		}
		this.changed();
	}

	/** One string per part of speech, however many bullets name it. */
	private intern(pos: string): string {
		for (const known of this.posCounts.keys()) if (known === pos) return known;
		return pos;
	}

	private changed(): void {
		this.version++;
		for (const listener of this.listeners) listener();
	}
}
