import type { ChunkList } from './ChunkList';
import type { TermEntry } from './TermEntry';

/** Between two keys: whitespace, which no search word holds, so no word is found across two keys. */
const SEPARATOR = '\n';

/**
 * Every entry's key, A–Z, in one string: a search word is found in all of them by `indexOf` over one string,
 * not by one `includes` per entry. Made once per version of the index, when a search first needs it.
 */
export class KeyColumn {
	private readonly entries: TermEntry[];
	private readonly text: string;
	/** starts[i] = where entry i's key begins in `text`; starts[length] = the end, past a last separator. */
	private readonly starts: Int32Array;

	constructor(list: ChunkList<TermEntry>) {
		this.entries = list.toArray();
		this.starts = new Int32Array(this.entries.length + 1);
		let at = 0;
		this.entries.forEach((entry, i) => {
			this.starts[i] = at;
			at += entry.key.length + 1;
		});
		this.starts[this.entries.length] = at;
		this.text = this.entries.map((entry) => entry.key + SEPARATOR).join('');
	}

	/** Calls `found` with each entry whose key contains `token`, once each, A–Z. */
	find(token: string, found: (entry: TermEntry) => void): void {
		const { text, starts } = this;
		let i = 0;
		for (let at = text.indexOf(token); at !== -1; at = text.indexOf(token, starts[i])) {
			while (starts[i + 1] <= at) i++;
			found(this.entries[i]);
			i++; // past this key: each entry found once
		}
	}
}
