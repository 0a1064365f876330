import { ChunkList } from './ChunkList';
import { dueToday, type DueOf } from './dueFilter';
import type { GlossaryIndex } from './GlossaryIndex';
import { matchRank, searchTokens } from './search';
import type { TermEntry } from './TermEntry';
import type { GlossaryEntry } from './types';

export type GlossarySort = 'az' | 'lessons' | 'recent';

/** What the glossary view shows: the search text, the filters and the order. */
export interface GlossaryFilter {
	text: string;
	hotOnly: boolean;
	/** Only terms whose note is due for review today. */
	dueOnly: boolean;
	/** A lesson path, or null for all lessons. */
	lesson: string | null;
	/** A part of speech as written in the lessons, or null for any. */
	pos: string | null;
	sort: GlossarySort;
}

export const DEFAULT_FILTER: GlossaryFilter = { text: '', hotOnly: false, dueOnly: false, lesson: null, pos: null, sort: 'az' };

/** A filter from saved view state (the workspace file: anything may be there); what is off falls back to the default. */
export function filterFromState(state: unknown): GlossaryFilter {
	const s = (typeof state === 'object' && state !== null ? state : {}) as Record<string, unknown>;
	const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
	return {
		text: text(s.text) ?? '',
		hotOnly: s.hotOnly === true,
		dueOnly: s.dueOnly === true,
		lesson: text(s.lesson),
		pos: text(s.pos),
		sort: s.sort === 'lessons' || s.sort === 'recent' ? s.sort : 'az',
	};
}


/** How many ranks matchRank gives. */
const RANKS = 5;

/**
 * The rows of the glossary for a filter. Sorting happens at most once per index version and order; a keystroke
 * filters the sorted list and ranks what matches by relevance (the term itself, then terms and words that start
 * with the search, then meanings), the chosen order kept within a rank: one pass, no sort, at 100k terms.
 */
export class GlossaryViewModel {
	private sorted = new Map<GlossarySort, ChunkList<TermEntry>>();
	private sortedVersion = -1;
	/** The last search: its matches in the chosen order (not ranked), which a longer search only narrows. */
	private last: { version: number; filter: GlossaryFilter; tokens: string[]; matches: Iterable<TermEntry> } | null = null;

	constructor(private readonly index: GlossaryIndex) {}

	/** The rows for `filter`; with "due only", the terms `dueOf` says are due today at `now`. */
	rows(filter: GlossaryFilter, dueOf: DueOf = () => null, now = 0): ChunkList<GlossaryEntry> {
		const tokens = searchTokens(filter.text);
		const { hotOnly, dueOnly, lesson, pos } = filter;
		const all = this.sortedEntries(filter.sort);
		if (!hotOnly && !dueOnly && lesson === null && pos === null && tokens.length === 0) return all;
		// Typing more of a word only narrows the result: filter the last matches rather than every entry.
		// Not for due terms: reviews change them with no new index version.
		const last = this.last;
		const narrows = !dueOnly && last !== null && last.version === this.index.version && sameExceptText(last.filter, filter) && refines(last.tokens, tokens);
		const query = tokens.join(' ');
		const ranks: TermEntry[][] = Array.from({ length: RANKS }, () => []);
		const matches: TermEntry[] = [];
		for (const entry of narrows ? last.matches : all) {
			if ((hotOnly && !entry.hot) || (dueOnly && !dueToday(dueOf(entry.key), now)) || (pos !== null && !entry.hasPos(pos)) || (lesson !== null && !entry.inLesson(lesson))) continue;
			const rank = tokens.length === 0 ? 0 : matchRank(entry, tokens, query);
			if (rank < 0) continue;
			matches.push(entry);
			ranks[rank].push(entry);
		}
		this.last = { version: this.index.version, filter, tokens, matches };
		return new ChunkList(ranks); // the ranks read as one list, not copied into one
	}

	/** The parts of speech met in the index, for the filter menu. */
	partsOfSpeech(): string[] {
		return this.index.partsOfSpeech();
	}

	private sortedEntries(sort: GlossarySort): ChunkList<TermEntry> {
		if (this.sortedVersion !== this.index.version) {
			this.sorted.clear();
			this.sortedVersion = this.index.version;
		}
		let list = this.sorted.get(sort);
		if (!list) {
			list = sortedBy(this.index.entries(), sort);
			this.sorted.set(sort, list);
		}
		return list;
	}
}

/** The A–Z list in another order; the figure sorted by is read once per entry, not once per comparison. */
function sortedBy(list: ChunkList<TermEntry>, sort: GlossarySort): ChunkList<TermEntry> {
	if (sort === 'az') return list;
	const entries = list.toArray();
	const figure = new Float64Array(entries.length);
	entries.forEach((entry, i) => (figure[i] = sort === 'lessons' ? entry.lessonCount : entry.lastModified));
	// Descending; A–Z (the index order) among ties.
	const order = Array.from(entries.keys()).sort((a, b) => figure[b] - figure[a] || a - b);
	return ChunkList.of(order.map((i) => entries[i]));
}

function sameExceptText(a: GlossaryFilter, b: GlossaryFilter): boolean {
	return a.hotOnly === b.hotOnly && a.dueOnly === b.dueOnly && a.lesson === b.lesson && a.pos === b.pos && a.sort === b.sort;
}

/** True when whatever matches `next` also matches `previous`: each earlier word lies inside some new word. */
function refines(previous: string[], next: string[]): boolean {
	return previous.every((old) => next.some((token) => token.includes(old)));
}
