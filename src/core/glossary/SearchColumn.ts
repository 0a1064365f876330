import type { TermEntry } from './TermEntry';

/** Before each entry's key, and before each of its texts; a word holding one is found nowhere (see `searchable`). */
const ENTRY = '\u0000';
const TEXT = '\u0001';

/**
 * What a search looks in, for every entry of one version of the A–Z list, as one flat string: per entry its key,
 * then its distinct meanings and IPA folded for search. A word is found with `indexOf` over the whole column
 * rather than entry by entry through their occurrences, so a keystroke at 300k terms is one scan of one string.
 * Positions are places in the A–Z list.
 */
export class SearchColumn {
	private readonly text: string;
	/** starts[i] = where entry i begins in `text`; starts[length] = the end. */
	private readonly starts: Int32Array;

	constructor(private readonly entries: readonly TermEntry[]) {
		this.starts = new Int32Array(this.entries.length + 1);
		const parts: string[] = [];
		let at = 0;
		this.entries.forEach((entry, i) => {
			this.starts[i] = at;
			parts.push(ENTRY, entry.key);
			at += 1 + entry.key.length;
			for (const text of entry.searchTexts()) {
				parts.push(TEXT, text);
				at += 1 + text.length;
			}
		});
		this.starts[this.entries.length] = at;
		this.text = parts.join('');
	}

	get length(): number {
		return this.entries.length;
	}

	/** The positions, in order, of the entries whose key or texts contain `token`. */
	find(token: string): Int32Array {
		const found: number[] = [];
		if (!searchable(token)) return Int32Array.from(found);
		const { text, starts } = this;
		let i = 0;
		let at = text.indexOf(token);
		while (at !== -1) {
			while (starts[i + 1] <= at) i++;
			found.push(i);
			at = text.indexOf(token, starts[i + 1]); // past entry i: each entry found once
		}
		return Int32Array.from(found);
	}

	/** Whether entry `i`'s key or texts contain `token`. */
	has(i: number, token: string): boolean {
		return searchable(token) && this.segment(i).includes(token);
	}

	/**
	 * How well entry `i` matches a search whose words it all contains, best first: 0 the term itself, 1 a term
	 * that starts with the search, 2 a word of the term that does, 3 a meaning that does, 4 a match elsewhere
	 * (inside the term, a meaning or the IPA).
	 */
	rank(i: number, query: string): number {
		const { key } = this.entries[i];
		if (key === query) return 0;
		if (key.startsWith(query)) return 1;
		if (startsAWord(key, query)) return 2;
		if (this.segment(i).includes(TEXT + query)) return 3;
		return 4;
	}

	private segment(i: number): string {
		return this.text.slice(this.starts[i], this.starts[i + 1]);
	}
}

/** A word that holds no separator of the column: one that does would match across two texts. */
function searchable(token: string): boolean {
	return !token.includes(ENTRY) && !token.includes(TEXT);
}

/** `query` at the start of a word of `key` other than the first (after a space, hyphen, slash or bracket). */
function startsAWord(key: string, query: string): boolean {
	for (let at = key.indexOf(query, 1); at !== -1; at = key.indexOf(query, at + 1)) {
		if (' -/(（'.includes(key[at - 1])) return true;
	}
	return false;
}
