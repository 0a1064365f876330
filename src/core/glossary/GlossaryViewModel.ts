import { ChunkList } from './ChunkList';
import { KeyColumn } from './KeyColumn';
import { dueToday, type DueOf } from './dueFilter';
import type { GlossaryIndex } from './GlossaryIndex';
import { RANKS, searchTokens } from './search';
import { SearchHits } from './SearchHits';
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


/**
 * The rows of the glossary for a filter. Sorting happens at most once per index version and order; a keystroke
 * finds and ranks its hits by scans of a few long strings (SearchHits), then one pass through the chosen order
 * (as ids) deals them out by rank (the term itself, then terms and words that start with the search, then
 * meanings), keeping the order within a rank: no sort and no walk through entries' occurrences, at 300k terms.
 */
export class GlossaryViewModel {
	private sorted = new Map<GlossarySort, ChunkList<TermEntry>>();
	private keyColumn: KeyColumn | null = null;
	/** Each order as entry ids: a pass in an order reads no entry it skips. */
	private idOrders = new Map<GlossarySort, Int32Array>();
	private readonly hits = new SearchHits();
	private sortedVersion = -1;

	constructor(private readonly index: GlossaryIndex) {}

	/** The rows for `filter`; with "due only", the terms `dueOf` says are due today at `now`. */
	rows(filter: GlossaryFilter, dueOf: DueOf = () => null, now = 0): ChunkList<GlossaryEntry> {
		const tokens = searchTokens(filter.text);
		const { hotOnly, dueOnly, lesson, pos } = filter;
		const all = this.sortedEntries(filter.sort);
		if (!hotOnly && !dueOnly && lesson === null && pos === null && tokens.length === 0) return all;
		const search = tokens.length > 0;
		const { found, words, rank } = search ? this.hits.scan(this.index, this.keys(), tokens, tokens.join(' ')) : this.hits;
		const ranks: TermEntry[][] = Array.from({ length: RANKS }, () => []);
		const ids = this.idOrder(filter.sort);
		for (let i = 0; i < ids.length; i++) {
			const id = ids[i];
			if (search && found[id] !== words) continue;
			const entry = all.get(i) as TermEntry;
			if ((hotOnly && !entry.hot) || (dueOnly && !dueToday(dueOf(entry.key), now)) || (pos !== null && !entry.hasPos(pos)) || (lesson !== null && !entry.inLesson(lesson))) continue;
			ranks[search ? rank[id] : 0].push(entry);
		}
		return new ChunkList(ranks); // the ranks read as one list, not copied into one
	}

	/** The `sort` order as entry ids. */
	private idOrder(sort: GlossarySort): Int32Array {
		this.checkVersion();
		let ids = this.idOrders.get(sort);
		if (!ids) {
			const list = this.sortedEntries(sort);
			const order = (ids = new Int32Array(list.length));
			list.forEach((entry, i) => (order[i] = entry.id));
			this.idOrders.set(sort, ids);
		}
		return ids;
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
		this.idOrders.clear();
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
