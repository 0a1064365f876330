import { ChunkList } from './ChunkList';
import { KeyColumn } from './KeyColumn';
import { dueToday, type DueOf } from './dueFilter';
import type { GlossaryIndex } from './GlossaryIndex';
import { matchRank, searchTokens } from './search';
import { scanFor } from './searchScan';
import { TermEntry } from './TermEntry';
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

/** Hits are "few" while at most one in this many entries: sorting them beats a pass over the whole list. */
const FEW_HITS = 8;

/**
 * The rows of the glossary for a filter. Sorting happens at most once per index version and order; a keystroke
 * finds its words by scans of a few long strings (searchScan), keeps the sorted list's entries that have them all
 * and ranks those by relevance (the term itself, then terms and words that start with the search, then meanings),
 * the chosen order kept within a rank: no walk through every entry's occurrences, at 300k terms.
 */
export class GlossaryViewModel {
	private sorted = new Map<GlossarySort, ChunkList<TermEntry>>();
	private keyColumn: KeyColumn | null = null;
	private placesBySort = new Map<GlossarySort, Int32Array>();
	private sortedVersion = -1;

	constructor(private readonly index: GlossaryIndex) {}

	/** The rows for `filter`; with "due only", the terms `dueOf` says are due today at `now`. */
	rows(filter: GlossaryFilter, dueOf: DueOf = () => null, now = 0): ChunkList<GlossaryEntry> {
		const tokens = searchTokens(filter.text);
		const { hotOnly, dueOnly, lesson, pos } = filter;
		const all = this.sortedEntries(filter.sort);
		if (!hotOnly && !dueOnly && lesson === null && pos === null && tokens.length === 0) return all;
		const query = tokens.join(' ');
		const hits = tokens.length === 0 ? null : scanFor(this.index, this.keys(), tokens, query);
		const ranks: TermEntry[][] = Array.from({ length: RANKS }, () => []);
		const visit = (entry: TermEntry) => {
			if (hits && hits.found[entry.id] === 0) return;
			if ((hotOnly && !entry.hot) || (dueOnly && !dueToday(dueOf(entry.key), now)) || (pos !== null && !entry.hasPos(pos)) || (lesson !== null && !entry.inLesson(lesson))) return;
			ranks[hits ? matchRank(entry.key, query, hits.meaningStarts[entry.id] === 1) : 0].push(entry);
		};
		// Few hits are put in the chosen order themselves; many are picked out of the sorted list.
		if (hits && hits.entries.length * FEW_HITS <= all.length) {
			const place = this.places(filter.sort);
			hits.entries.sort((x, y) => place[x.id] - place[y.id]).forEach(visit);
		} else all.forEach(visit);
		return new ChunkList(ranks); // the ranks read as one list, not copied into one
	}

	/** Each entry's place in the `sort` order, by entry id. */
	private places(sort: GlossarySort): Int32Array {
		this.checkVersion();
		let place = this.placesBySort.get(sort);
		if (!place) {
			const list = this.sortedEntries(sort);
			place = new Int32Array(TermEntry.ids);
			list.forEach((entry, i) => ((place as Int32Array)[entry.id] = i));
			this.placesBySort.set(sort, place);
		}
		return place;
	}

	/** The parts of speech met in the index, for the filter menu. */
	partsOfSpeech(): string[] {
		return this.index.partsOfSpeech();
	}

	private sortedEntries(sort: GlossarySort): ChunkList<TermEntry> {
		this.checkVersion();
		let list = this.sorted.get(sort);
		if (!list) {
			list = sortedBy(this.index.entries(), sort);
			this.sorted.set(sort, list);
		}
		return list;
	}

	private keys(): KeyColumn {
		this.checkVersion();
		return (this.keyColumn ??= new KeyColumn(this.index.entries()));
	}

	/** Forgets what was derived from an older version of the index. */
	private checkVersion(): void {
		if (this.sortedVersion === this.index.version) return;
		this.sorted.clear();
		this.placesBySort.clear();
		this.keyColumn = null;
		this.sortedVersion = this.index.version;
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
