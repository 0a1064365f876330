import type { GlossaryIndex } from './GlossaryIndex';
import type { KeyColumn } from './KeyColumn';
import { Rank } from './search';
import { TermEntry } from './TermEntry';

/**
 * What the last search found, by entry id. Finds a search's words by scanning a few long strings (every key in
 * one, each lesson's texts in one) with `indexOf`, never entry by entry: a term glossed in 2,000 lessons costs no
 * more than one glossed once. Each hit is ranked in the same scans (how its key holds the whole query, whether a
 * meaning starts with it), and marked by id without reading the entry. One per view: every search reuses the
 * arrays, as long as the entries' ids (TermEntry.ids).
 */
export class SearchHits {
	/** How many of the search's words, in turn, the entry was found with: a hit has all of them (`words`). */
	found = new Uint16Array(0);
	words = 0;
	/** A hit's rank (search.ts, Rank). */
	rank = new Uint8Array(0);

	/** Scans for a search's words (`query` is them joined by spaces); what an earlier scan found is forgotten. */
	scan(index: GlossaryIndex, keys: KeyColumn, tokens: readonly string[], query: string): this {
		if (this.found.length < TermEntry.ids) {
			this.found = new Uint16Array(TermEntry.ids);
			this.rank = new Uint8Array(TermEntry.ids);
		} else this.found.fill(0);
		this.rank.fill(Rank.other);
		this.words = tokens.length;
		const lessons = [...index.indexedLessons()];
		const { found, rank } = this;
		/** Marks the entries with `token` as having word `word` (when they have the ones before), and ranks them by it. */
		const scan = (token: string, word: number | null, ranks: boolean) => {
			const mark = (id: number) => {
				if (found[id] === word) found[id] = word + 1; // not when missing an earlier word, or found with this one already
			};
			keys.find(token, (id, keyRank) => {
				mark(id);
				if (ranks && keyRank < rank[id]) rank[id] = keyRank;
			});
			for (const lesson of lessons) {
				const ids = lesson.entryIds();
				lesson.findText(token, (slot, atStart) => {
					const id = ids[slot];
					mark(id);
					if (ranks && atStart && rank[id] > Rank.meaningStart) rank[id] = Rank.meaningStart;
				});
			}
		};
		// With one word, that word is the whole query: ranked in the same scans. With several, the query is looked for
		// on its own, for ranking only.
		tokens.forEach((token, t) => scan(token, t, token === query));
		if (tokens.length > 1) scan(query, null, true);
		return this;
	}
}
