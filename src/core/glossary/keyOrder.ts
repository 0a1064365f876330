/** Beyond this many pending additions a full sort beats inserting them one by one. */
const BULK = 256;

/**
 * Term keys kept in A–Z order (code-unit order of the folded keys) as entries come and go, so the glossary
 * never re-sorts every term for one edited lesson. Changes are applied when the order is next read.
 */
export class KeyOrder {
	private sorted: string[] = [];
	private readonly added = new Set<string>();
	private readonly removed = new Set<string>();

	add(key: string): void {
		if (!this.removed.delete(key)) this.added.add(key);
	}

	remove(key: string): void {
		if (!this.added.delete(key)) this.removed.add(key);
	}

	keys(): readonly string[] {
		if (this.removed.size > 0) {
			this.sorted = this.sorted.filter((key) => !this.removed.has(key));
			this.removed.clear();
		}
		if (this.added.size > BULK) {
			for (const key of this.added) this.sorted.push(key);
			this.sorted.sort();
		} else {
			for (const key of this.added) this.sorted.splice(insertionPoint(this.sorted, key), 0, key);
		}
		this.added.clear();
		return this.sorted;
	}
}

function insertionPoint(sorted: string[], key: string): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (sorted[mid] < key) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
