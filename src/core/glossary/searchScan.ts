import type { GlossaryIndex } from './GlossaryIndex';
import type { KeyColumn } from './KeyColumn';
import { TermEntry } from './TermEntry';

/** What one scan of the index found for a search: the entries with every word, and where a meaning starts with it. */
export interface SearchHits {
	/** The entries whose key, meanings or IPA hold every word of the search, in no order. */
	entries: TermEntry[];
	/** By entry id: 1 for an entry in `entries`. */
	found: Uint8Array;
	/** By entry id: 1 when one of its meanings starts with the whole query. */
	meaningStarts: Uint8Array;
}

/**
 * Finds a search's words by scanning a few long strings (every key in one, each lesson's texts in one) with
 * `indexOf`, never entry by entry: a term glossed in 2,000 lessons costs no more than one glossed once.
 */
export function scanFor(index: GlossaryIndex, keys: KeyColumn, tokens: readonly string[], query: string): SearchHits {
	// words[id] = how many of the words, in turn, the entry has been found with so far.
	const words = new Uint16Array(TermEntry.ids);
	const meaningStarts = new Uint8Array(TermEntry.ids);
	let entries: TermEntry[] = [];
	tokens.forEach((token, t) => {
		const next: TermEntry[] = [];
		const hit = (entry: TermEntry) => {
			if (words[entry.id] !== t) return; // not found with an earlier word, or found with this one already
			words[entry.id] = t + 1;
			next.push(entry);
		};
		keys.find(token, hit);
		for (const lesson of index.indexedLessons()) {
			lesson.findText(token, (slot, atStart) => {
				const entry = lesson.entries[slot];
				hit(entry);
				if (atStart && token === query) meaningStarts[entry.id] = 1;
			});
		}
		entries = next;
	});
	if (tokens.length > 1) {
		for (const lesson of index.indexedLessons()) {
			lesson.findText(query, (slot, atStart) => {
				if (atStart) meaningStarts[lesson.entries[slot].id] = 1;
			});
		}
	}
	const found = new Uint8Array(TermEntry.ids);
	for (const entry of entries) found[entry.id] = 1;
	return { entries, found, meaningStarts };
}
