import type { ChunkList } from './ChunkList';
import { breaksWords, Rank } from './search';
import type { TermEntry } from './TermEntry';

/** Between two keys: whitespace, which no search word holds, so no word is found across two keys. */
const SEPARATOR = '\n';

/**
 * Every entry's key, A–Z, in one string: a search word is found in all of them by `indexOf` over one string,
 * not by one `includes` per entry. Made once per version of the index, when a search first needs it.
 */
export class KeyColumn {
	/** By A–Z place, each entry's id: a search marks its hits without reading the entries themselves. */
	private readonly ids: Int32Array;
	private readonly text: string;
	/** starts[i] = where entry i's key begins in `text`; starts[length] = the end, past a last separator. */
	private readonly starts: Int32Array;

	constructor(list: ChunkList<TermEntry>) {
		const keys = new Array<string>(list.length);
		this.ids = new Int32Array(list.length);
		this.starts = new Int32Array(list.length + 1);
		let at = 0;
		list.forEach((entry, i) => {
			keys[i] = entry.key + SEPARATOR;
			this.ids[i] = entry.id;
			this.starts[i] = at;
			at += keys[i].length;
		});
		this.starts[list.length] = at;
		this.text = keys.join('');
	}

	/**
	 * Calls `found` with the id of each entry whose key contains `token`, once each, A–Z, and how the key matches
	 * it: the term itself, its start, a later word's start, or else inside (Rank).
	 */
	find(token: string, found: (id: number, rank: number) => void): void {
		const { text, starts } = this;
		let i = 0;
		for (let at = text.indexOf(token); at !== -1; at = text.indexOf(token, starts[i])) {
			while (starts[i + 1] <= at) i++;
			found(this.ids[i], this.rankAt(i, at, token));
			i++; // past this key: each entry found once
		}
	}

	/** How key `i` matches `token`, first found at `at`. */
	private rankAt(i: number, at: number, token: string): number {
		const { text, starts } = this;
		const end = starts[i + 1] - SEPARATOR.length;
		if (at === starts[i]) return at + token.length === end ? Rank.term : Rank.termStart;
		// A token holds no separator: a match that starts inside the key ends inside it.
		for (let from = at; from !== -1 && from < end; from = text.indexOf(token, from + 1)) {
			if (breaksWords(text.charCodeAt(from - 1))) return Rank.wordStart;
		}
		return Rank.other;
	}
}
