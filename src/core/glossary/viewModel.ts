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

/** A filter from saved view state (the workspace file: anything may be there); what is off falls back to the default. */
export function filterFromState(state: unknown): GlossaryFilter {
	const s = (typeof state === 'object' && state !== null ? state : {}) as Record<string, unknown>;
	const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
	return {
		text: text(s.text) ?? '',
		hotOnly: s.hotOnly === true,
		lesson: text(s.lesson),
		pos: text(s.pos),
		sort: s.sort === 'lessons' || s.sort === 'recent' ? s.sort : 'az',
	};
}

// The index lists entries A–Z; a stable sort by the other orders keeps A–Z among ties.
const ORDERS: Record<GlossarySort, ((a: GlossaryEntry, b: GlossaryEntry) => number) | null> = {
	az: null,
	lessons: (a, b) => b.lessonCount - a.lessonCount,
	recent: (a, b) => b.lastModified - a.lastModified,
};

/**
 * The rows of the glossary for a filter. Sorting happens at most once per index version and order; a keystroke
 * only filters the sorted list, so typing stays fast with tens of thousands of terms.
 */
export class GlossaryViewModel {
	private sorted = new Map<GlossarySort, readonly GlossaryEntry[]>();
	private sortedVersion = -1;
	private last: { version: number; filter: GlossaryFilter; tokens: string[]; rows: readonly GlossaryEntry[] } | null = null;

	constructor(private readonly index: GlossaryIndex) {}

	rows(filter: GlossaryFilter): readonly GlossaryEntry[] {
		const tokens = searchTokens(filter.text);
		const { hotOnly, lesson, pos } = filter;
		const all = this.sortedEntries(filter.sort);
		if (!hotOnly && lesson === null && pos === null && tokens.length === 0) return all;
		// Typing more of a word only narrows the result: filter the last rows rather than every entry.
		const last = this.last;
		const narrows = last !== null && last.version === this.index.version && sameExceptText(last.filter, filter) && refines(last.tokens, tokens);
		const rows = (narrows ? last.rows : all).filter(
			(entry) =>
				(!hotOnly || entry.hot) &&
				(pos === null || entry.pos.includes(pos)) &&
				(lesson === null || entry.occurrences.some((o) => o.path === lesson)) &&
				(tokens.length === 0 || entryMatches(entry, tokens)),
		);
		this.last = { version: this.index.version, filter, tokens, rows };
		return rows;
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
			const order = ORDERS[sort];
			list = order ? [...this.index.entries()].sort(order) : this.index.entries();
			this.sorted.set(sort, list);
		}
		return list;
	}
}

function sameExceptText(a: GlossaryFilter, b: GlossaryFilter): boolean {
	return a.hotOnly === b.hotOnly && a.lesson === b.lesson && a.pos === b.pos && a.sort === b.sort;
}

/** True when whatever matches `next` also matches `previous`: each earlier word lies inside some new word. */
function refines(previous: string[], next: string[]): boolean {
	return previous.every((old) => next.some((token) => token.includes(old)));
}
