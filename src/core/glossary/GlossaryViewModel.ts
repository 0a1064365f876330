import { ChunkList } from './ChunkList';
import { dueToday, type DueOf } from './dueFilter';
import type { GlossaryIndex } from './GlossaryIndex';
import { SearchColumn } from './SearchColumn';
import { searchTokens } from './search';
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


/** How many ranks SearchColumn.rank gives. */
const RANKS = 5;

/** The entries in one order: the list, and each one's place in the A–Z list (null: it is the A–Z list). */
interface Sorted {
	list: ChunkList<TermEntry>;
	azPlaces: Int32Array | null;
}

/**
 * The rows of the glossary for a filter. Sorting happens at most once per index version and order; a keystroke
 * finds the search's words in one flat search column (SearchColumn), keeps the sorted list's entries that have
 * them all, and ranks those by relevance (the term itself, then terms and words that start with the search, then
 * meanings), the chosen order kept within a rank: one scan of one string, no sort, at 300k terms.
 */
export class GlossaryViewModel {
	private sorted = new Map<GlossarySort, Sorted>();
	private sortedVersion = -1;
	private az: TermEntry[] | null = null;
	private column: SearchColumn | null = null;
	/** The last search: its matches (A–Z places, in the chosen order, not ranked), which a longer search only narrows. */
	private last: { version: number; filter: GlossaryFilter; tokens: string[]; matches: Int32Array } | null = null;

	constructor(private readonly index: GlossaryIndex) {}

	/** The rows for `filter`; with "due only", the terms `dueOf` says are due today at `now`. */
	rows(filter: GlossaryFilter, dueOf: DueOf = () => null, now = 0): ChunkList<GlossaryEntry> {
		const tokens = searchTokens(filter.text);
		const { hotOnly, dueOnly, lesson, pos } = filter;
		const sorted = this.sortedEntries(filter.sort);
		if (!hotOnly && !dueOnly && lesson === null && pos === null && tokens.length === 0) return sorted.list;
		const entries = this.azEntries();
		// Typing more of a word only narrows the result: look only among the last matches, when they are few
		// (else one scan of the search column is quicker). Not for due terms: reviews change them with no new index version.
		const last = this.last;
		const narrows =
			!dueOnly && last !== null && last.version === this.index.version && sameExceptText(last.filter, filter) && refines(last.tokens, tokens) && last.matches.length * NARROW_SHARE < entries.length;
		const column = tokens.length > 0 ? this.searchColumn() : null;
		// Without a narrowing, the column's scan for the first word finds the candidates: only the other words are left to check.
		const candidates = narrows ? last.matches : column && this.withWord(column, sorted, tokens[0]);
		const unchecked = narrows ? tokens : tokens.slice(1);
		const query = tokens.join(' ');
		const ranks: TermEntry[][] = Array.from({ length: RANKS }, () => []);
		const matches: number[] = [];
		const visit = (at: number) => {
			const entry = entries[at];
			if ((hotOnly && !entry.hot) || (dueOnly && !dueToday(dueOf(entry.key), now)) || (pos !== null && !entry.hasPos(pos)) || (lesson !== null && !entry.inLesson(lesson))) return;
			if (column && !unchecked.every((token) => column.has(at, token))) return;
			matches.push(at);
			ranks[column ? column.rank(at, query) : 0].push(entry);
		};
		if (candidates) candidates.forEach(visit);
		else for (let i = 0; i < entries.length; i++) visit(sorted.azPlaces?.[i] ?? i);
		this.last = { version: this.index.version, filter, tokens, matches: Int32Array.from(matches) };
		return new ChunkList(ranks); // the ranks read as one list, not copied into one
	}

	/** The parts of speech met in the index, for the filter menu. */
	partsOfSpeech(): string[] {
		return this.index.partsOfSpeech();
	}

	/** The A–Z places of the entries containing `token`, in the sorted order. */
	private withWord(column: SearchColumn, sorted: Sorted, token: string): Int32Array {
		const found = column.find(token);
		const { azPlaces } = sorted;
		if (azPlaces === null) return found;
		const isFound = new Uint8Array(column.length);
		for (const at of found) isFound[at] = 1;
		return azPlaces.filter((at) => isFound[at] === 1);
	}

	private sortedEntries(sort: GlossarySort): Sorted {
		this.checkVersion();
		let sorted = this.sorted.get(sort);
		if (!sorted) {
			sorted = sortedBy(this.index.entries(), sort);
			this.sorted.set(sort, sorted);
		}
		return sorted;
	}

	/** The A–Z list as one array, for reading entries by place. */
	private azEntries(): TermEntry[] {
		this.checkVersion();
		return (this.az ??= this.index.entries().toArray());
	}

	private searchColumn(): SearchColumn {
		return (this.column ??= new SearchColumn(this.azEntries()));
	}

	/** Forgets what was derived from an older version of the index. */
	private checkVersion(): void {
		if (this.sortedVersion === this.index.version) return;
		this.sorted.clear();
		this.az = null;
		this.column = null;
		this.sortedVersion = this.index.version;
	}
}

/** A narrowed search looks among the last matches while they are under one in this many entries. */
const NARROW_SHARE = 4;

/** The A–Z list in another order; the figure sorted by is read once per entry, not once per comparison. */
function sortedBy(list: ChunkList<TermEntry>, sort: GlossarySort): Sorted {
	if (sort === 'az') return { list, azPlaces: null };
	const entries = list.toArray();
	const figure = new Float64Array(entries.length);
	entries.forEach((entry, i) => (figure[i] = sort === 'lessons' ? entry.lessonCount : entry.lastModified));
	// Descending; A–Z (the index order) among ties.
	const azPlaces = Int32Array.from(entries.keys()).sort((a, b) => figure[b] - figure[a] || a - b);
	return { list: ChunkList.of(Array.from(azPlaces, (i) => entries[i])), azPlaces };
}

function sameExceptText(a: GlossaryFilter, b: GlossaryFilter): boolean {
	return a.hotOnly === b.hotOnly && a.dueOnly === b.dueOnly && a.lesson === b.lesson && a.pos === b.pos && a.sort === b.sort;
}

/** True when whatever matches `next` also matches `previous`: each earlier word lies inside some new word. */
function refines(previous: string[], next: string[]): boolean {
	return previous.every((old) => next.some((token) => token.includes(old)));
}
