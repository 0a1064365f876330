import type { GlossaryIndex } from './glossaryIndex';
import { entryMatches, searchTokens } from './search';
import type { GlossaryEntry } from './types';

export type GlossarySort = 'az' | 'lessons' | 'recent';

/** What the glossary view shows: the search text, the filters and the order. */
export interface GlossaryFilter {
	text: string;
	hotOnly: boolean;
	/** A lesson path, or null for all lessons. */
	lesson: string | null;
	/** A part of speech as written in the lessons, or null for any. */
	pos: string | null;
	sort: GlossarySort;
}

export const DEFAULT_FILTER: GlossaryFilter = { text: '', hotOnly: false, lesson: null, pos: null, sort: 'az' };

const byKey = (a: GlossaryEntry, b: GlossaryEntry): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

const ORDERS: Record<GlossarySort, (a: GlossaryEntry, b: GlossaryEntry) => number> = {
	az: byKey,
	lessons: (a, b) => b.lessonCount - a.lessonCount || byKey(a, b),
	recent: (a, b) => b.lastModified - a.lastModified || byKey(a, b),
};

/**
 * The rows of the glossary for a filter. Sorting happens once per index version and order; a keystroke only
 * filters the sorted list, so typing stays fast with tens of thousands of terms.
 */
export class GlossaryViewModel {
	private sorted = new Map<GlossarySort, readonly GlossaryEntry[]>();
	private sortedVersion = -1;

	constructor(private readonly index: GlossaryIndex) {}

	rows(filter: GlossaryFilter): readonly GlossaryEntry[] {
		const tokens = searchTokens(filter.text);
		const { hotOnly, lesson, pos } = filter;
		const all = this.sortedEntries(filter.sort);
		if (!hotOnly && lesson === null && pos === null && tokens.length === 0) return all;
		return all.filter(
			(entry) =>
				(!hotOnly || entry.hot) &&
				(pos === null || entry.pos.includes(pos)) &&
				(lesson === null || entry.occurrences.some((o) => o.path === lesson)) &&
				(tokens.length === 0 || entryMatches(entry, tokens)),
		);
	}

	/** The parts of speech met in the index, for the filter menu. */
	partsOfSpeech(): string[] {
		const all = new Set<string>();
		for (const entry of this.index.entries()) for (const pos of entry.pos) all.add(pos);
		return [...all].sort();
	}

	private sortedEntries(sort: GlossarySort): readonly GlossaryEntry[] {
		if (this.sortedVersion !== this.index.version) {
			this.sorted.clear();
			this.sortedVersion = this.index.version;
		}
		let list = this.sorted.get(sort);
		if (!list) {
			list = [...this.index.entries()].sort(ORDERS[sort]);
			this.sorted.set(sort, list);
		}
		return list;
	}
}
