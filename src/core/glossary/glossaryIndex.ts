import type { Lesson } from '../model';
import { termKey } from '../termKey';
import { KeyOrder } from './keyOrder';
import { plainSentence } from './plainSentence';
import { searchText } from './search';
import type { GlossaryEntry, GlossaryLesson, GlossaryTotals, Occurrence } from './types';

/**
 * Every lesson's terms aggregated by term key. Rebuildable data, never the source of truth: it is fed one
 * file at a time, and an update touches only the entries of the file that changed.
 */
export class GlossaryIndex {
	private readonly lessonsByPath = new Map<string, GlossaryLesson>();
	/** Occurrences by key, then by lesson path: what each file contributes to each entry. */
	private readonly contributions = new Map<string, Map<string, Occurrence[]>>();
	private readonly keysByPath = new Map<string, Set<string>>();
	private readonly entriesByKey = new Map<string, GlossaryEntry>();
	private readonly order = new KeyOrder();
	private entryList: GlossaryEntry[] | null = null;
	private cachedTotals: GlossaryTotals | null = null;
	private listeners: (() => void)[] = [];
	/** Bumped on every change, so views can cache what they derive. */
	version = 0;

	/** Adds, replaces or (when it is not a lesson) removes what `path` contributes. */
	setLesson(path: string, lesson: Lesson, mtime: number): void {
		if (!lesson.isLesson && !this.lessonsByPath.has(path)) return; // an ordinary note: nothing changes
		const touched = this.removeContributions(path);
		if (lesson.isLesson) {
			const title = lesson.title ?? fileName(path);
			const byKey = this.collect(path, title, lesson);
			for (const [key, occurrences] of byKey) {
				let perPath = this.contributions.get(key);
				if (!perPath) this.contributions.set(key, (perPath = new Map<string, Occurrence[]>()));
				perPath.set(path, occurrences);
				touched.add(key);
			}
			this.keysByPath.set(path, new Set(byKey.keys()));
			const terms = lesson.units.reduce((sum, unit) => sum + unit.terms.length, 0);
			this.lessonsByPath.set(path, { path, title, mtime, units: lesson.units.length, terms });
		}
		this.refresh(touched);
	}

	delete(path: string): void {
		if (!this.lessonsByPath.has(path)) return;
		this.refresh(this.removeContributions(path));
	}

	/** Moves a file's contributions to its new path without re-parsing it. */
	rename(oldPath: string, newPath: string): void {
		const lesson = this.lessonsByPath.get(oldPath);
		const keys = this.keysByPath.get(oldPath);
		if (!lesson || !keys) return;
		this.lessonsByPath.delete(oldPath);
		this.keysByPath.delete(oldPath);
		const titleFollows = lesson.title === fileName(oldPath);
		const title = titleFollows ? fileName(newPath) : lesson.title;
		this.lessonsByPath.set(newPath, { ...lesson, path: newPath, title });
		this.keysByPath.set(newPath, keys);
		for (const key of keys) {
			const perPath = this.contributions.get(key);
			const occurrences = perPath?.get(oldPath);
			if (!perPath || !occurrences) continue;
			perPath.delete(oldPath);
			perPath.set(newPath, occurrences.map((o) => ({ ...o, path: newPath, lessonTitle: title })));
		}
		this.refresh(new Set(keys));
	}

	/** All entries A–Z by key; the same array until the next change. */
	entries(): readonly GlossaryEntry[] {
		this.entryList ??= this.order.keys().map((key) => this.entriesByKey.get(key) as GlossaryEntry);
		return this.entryList;
	}

	entry(key: string): GlossaryEntry | undefined {
		return this.entriesByKey.get(key);
	}

	lessons(): GlossaryLesson[] {
		return [...this.lessonsByPath.values()];
	}

	totals(): GlossaryTotals {
		if (this.cachedTotals === null) {
			let hot = 0;
			for (const entry of this.entriesByKey.values()) if (entry.hot) hot++;
			this.cachedTotals = { lessons: this.lessonsByPath.size, terms: this.entriesByKey.size, hot };
		}
		return this.cachedTotals;
	}

	/** Calls `listener` after every change; returns the function that unsubscribes it. */
	onChange(listener: () => void): () => void {
		this.listeners.push(listener);
		return () => {
			this.listeners = this.listeners.filter((l) => l !== listener);
		};
	}

	private collect(path: string, lessonTitle: string, lesson: Lesson): Map<string, Occurrence[]> {
		const byKey = new Map<string, Occurrence[]>();
		for (const unit of lesson.units) {
			for (const term of unit.terms) {
				const key = termKey(term.term);
				if (!key) continue;
				const sentence = plainSentence(unit.english, unit.markup, term.span);
				const occurrence: Occurrence = {
					path,
					lessonTitle,
					unit: unit.n,
					line: unit.line,
					blockId: unit.blockId,
					form: term.term,
					ipa: term.ipa,
					pos: term.pos,
					meaning: term.meaning,
					hot: term.hot,
					sentence: sentence.text,
					span: sentence.span,
					translation: unit.translation,
				};
				const list = byKey.get(key);
				if (list) list.push(occurrence);
				else byKey.set(key, [occurrence]);
			}
		}
		return byKey;
	}

	/** Forgets `path`; returns the keys it contributed to. */
	private removeContributions(path: string): Set<string> {
		const keys = this.keysByPath.get(path) ?? new Set<string>();
		for (const key of keys) this.contributions.get(key)?.delete(path);
		this.keysByPath.delete(path);
		this.lessonsByPath.delete(path);
		return new Set(keys);
	}

	/** Rebuilds the entries of the touched keys from their contributions. */
	private refresh(touched: Set<string>): void {
		for (const key of touched) {
			const perPath = this.contributions.get(key);
			if (!perPath || perPath.size === 0) {
				this.contributions.delete(key);
				if (this.entriesByKey.delete(key)) this.order.remove(key);
			} else {
				if (!this.entriesByKey.has(key)) this.order.add(key);
				const entry = this.buildEntry(key, perPath);
				searchText(entry); // folded now, while indexing, not on the first keystroke
				this.entriesByKey.set(key, entry);
			}
		}
		this.changed();
	}

	private changed(): void {
		this.entryList = null;
		this.cachedTotals = null;
		this.version++;
		for (const listener of this.listeners) listener();
	}

	private buildEntry(key: string, perPath: Map<string, Occurrence[]>): GlossaryEntry {
		const paths = [...perPath.keys()].sort();
		const occurrences = paths.flatMap((path) => perPath.get(path) ?? []);
		let lastModified = 0;
		for (const path of paths) lastModified = Math.max(lastModified, this.lessonsByPath.get(path)?.mtime ?? 0);
		const forms = distinct(occurrences.map((o) => o.form));
		return {
			key,
			term: forms[0],
			forms,
			ipa: distinct(occurrences.map((o) => o.ipa)),
			pos: distinct(occurrences.map((o) => o.pos)),
			meanings: distinct(occurrences.map((o) => o.meaning)),
			hot: occurrences.some((o) => o.hot),
			occurrences,
			lessonCount: paths.length,
			lastModified,
		};
	}
}

/** Non-empty trimmed values, first occurrence kept. */
function distinct(values: (string | null)[]): string[] {
	const seen = new Set<string>();
	for (const value of values) {
		const trimmed = value?.trim();
		if (trimmed) seen.add(trimmed);
	}
	return [...seen];
}

function fileName(path: string): string {
	const base = path.slice(path.lastIndexOf('/') + 1);
	return base.endsWith('.md') ? base.slice(0, -3) : base;
}
