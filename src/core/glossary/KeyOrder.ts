import { compare } from './TermEntry';

/** Beyond this many pending changes one pass over the whole list beats changing it item by item. */
const BULK = 256;

/**
 * Items kept in A–Z order of their keys (code-unit order of the folded keys) as they come and go, so the
 * glossary never re-sorts every term for one edited lesson: a few changes are binary-searched in place.
 * Changes are applied when the order is next read; what `items()` returned is never changed afterwards.
 */
export class KeyOrder<T extends { readonly key: string }> {
	private sorted: T[] = [];
	private snapshot: readonly T[] | null = null;
	private readonly added = new Set<T>();
	private readonly removed = new Set<T>();

	add(item: T): void {
		if (!this.removed.delete(item)) this.added.add(item);
	}

	remove(item: T): void {
		if (!this.added.delete(item)) this.removed.add(item);
	}

	items(): readonly T[] {
		if (this.added.size > 0 || this.removed.size > 0) {
			// Whoever holds the last snapshot keeps it as it was.
			if (this.snapshot === this.sorted) this.sorted = this.sorted.slice();
			this.applyRemovals();
			this.applyAdditions();
		}
		this.snapshot = this.sorted;
		return this.sorted;
	}

	private applyRemovals(): void {
		if (this.removed.size > BULK) {
			this.sorted = this.sorted.filter((item) => !this.removed.has(item));
		} else {
			for (const item of this.removed) {
				const at = this.insertionPoint(item.key);
				if (this.sorted[at] === item) this.sorted.splice(at, 1);
			}
		}
		this.removed.clear();
	}

	private applyAdditions(): void {
		if (this.added.size > BULK) {
			for (const item of this.added) this.sorted.push(item); // not push(...added): that overflows the stack at ~125k
			this.sorted.sort((a, b) => compare(a.key, b.key));
		} else {
			for (const item of this.added) this.sorted.splice(this.insertionPoint(item.key), 0, item);
		}
		this.added.clear();
	}

	private insertionPoint(key: string): number {
		let lo = 0;
		let hi = this.sorted.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.sorted[mid].key < key) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}
}
