import { ChunkList } from './ChunkList';
import { compare } from '../compare';
import { sortInSteps } from './sortInSteps';

/** Items per chunk after a bulk pass; a chunk that grows to twice this is split in two. */
const CHUNK = 1024;
/** Beyond one pending change per this many items, one pass over the whole list beats changing it item by item. */
const BULK_SHARE = 32;

/**
 * Items with distinct keys kept in A–Z order (code-unit order of the folded keys) as they come and go, in sorted
 * chunks: a change binary-searches its chunk and touches only that one, so re-indexing one lesson costs the
 * same at 10k terms as at 1M. Changes are applied when the order is next read; what `items()` returned is
 * never changed afterwards (a chunk it holds is copied before its first change).
 */
export class KeyOrder<T extends { readonly key: string }> {
	private chunks: T[][] = [];
	/** Chunks made or copied since the last snapshot: no snapshot holds them, so they change in place. */
	private readonly own = new Set<T[]>();
	private snapshot: ChunkList<T> | null = null;
	private size = 0;
	private readonly added = new Set<T>();
	private readonly removed = new Set<T>();
	/** Bumped by every change, so a sort in steps knows whether what it sorted is still the whole list. */
	private version = 0;

	add(item: T): void {
		this.version++;
		if (!this.removed.delete(item)) this.added.add(item);
	}

	remove(item: T): void {
		this.version++;
		if (!this.added.delete(item)) this.removed.add(item);
	}

	/** Replaces every item by `sorted`, already in order (keys strictly ascending): no sort. */
	restore(sorted: readonly T[]): void {
		this.version++;
		this.added.clear();
		this.removed.clear();
		this.chunks = [];
		for (let at = 0; at < sorted.length; at += CHUNK) this.chunks.push(this.owned(sorted.slice(at, at + CHUNK)));
		this.size = sorted.length;
		this.snapshot = null;
	}

	items(): ChunkList<T> {
		const pending = this.added.size + this.removed.size;
		if (pending > 0) {
			if (pending * BULK_SHARE > this.size) this.rebuild();
			else {
				for (const item of this.removed) this.removeOne(item);
				for (const item of this.added) this.addOne(item);
			}
			this.added.clear();
			this.removed.clear();
			this.snapshot = null;
		}
		if (!this.snapshot) {
			this.snapshot = new ChunkList(this.chunks);
			this.own.clear();
		}
		return this.snapshot;
	}

	/**
	 * Applies the pending changes as `items()` would, but a pass over the whole list in short steps (sortInSteps),
	 * yielding between them, so a caller that needs the order and must not block Obsidian (writing the persisted
	 * index after a first build) can give the event loop turns. A change made meanwhile is sorted in afresh.
	 */
	*settle(): Generator<void> {
		while ((this.added.size + this.removed.size) * BULK_SHARE > this.size) {
			const version = this.version;
			const sorted = yield* sortInSteps(this.current());
			if (version === this.version) this.restore(sorted);
		}
	}

	/** The item whose key is `key` (pending changes applied first), by binary search. */
	find(key: string): T | undefined {
		this.items();
		const c = this.chunkFor(key);
		if (c < 0) return undefined;
		const chunk = this.chunks[c];
		const item = chunk[insertionPoint(chunk, key)] as T | undefined;
		return item?.key === key ? item : undefined;
	}

	/** Every item in one sorted pass, cut into fresh chunks. */
	private rebuild(): void {
		this.restore(this.current().sort((a, b) => compare(a.key, b.key)));
	}

	/** Every item, pending changes applied, in no particular order. */
	private current(): T[] {
		const all: T[] = [];
		for (const chunk of this.chunks) for (const item of chunk) if (!this.removed.has(item)) all.push(item);
		for (const item of this.added) all.push(item); // not push(...added): that overflows the stack at ~125k
		return all;
	}

	private removeOne(item: T): void {
		const c = this.chunkFor(item.key);
		if (c < 0) return;
		const chunk = this.chunks[c];
		let at = insertionPoint(chunk, item.key);
		while (at < chunk.length && chunk[at] !== item && chunk[at].key === item.key) at++;
		if (chunk[at] !== item) return;
		this.size--;
		if (chunk.length === 1) this.chunks.splice(c, 1);
		else this.writable(c).splice(at, 1);
	}

	private addOne(item: T): void {
		this.size++;
		// Never empty here: one change at a time is for fewer changes than items, so some chunk is left.
		const c = Math.max(0, this.chunkFor(item.key));
		const chunk = this.writable(c);
		chunk.splice(insertionPoint(chunk, item.key), 0, item);
		if (chunk.length >= 2 * CHUNK) this.chunks.splice(c, 1, this.owned(chunk.slice(0, CHUNK)), this.owned(chunk.slice(CHUNK)));
	}

	/** The last chunk whose first key is not after `key`; -1 when `key` comes before every chunk. */
	private chunkFor(key: string): number {
		let lo = 0;
		let hi = this.chunks.length - 1;
		if (hi < 0 || this.chunks[0][0].key > key) return -1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.chunks[mid][0].key <= key) lo = mid;
			else hi = mid - 1;
		}
		return lo;
	}

	/** Chunk `c`, copied first when a snapshot may hold it. */
	private writable(c: number): T[] {
		const chunk = this.chunks[c];
		if (this.own.has(chunk)) return chunk;
		return (this.chunks[c] = this.owned(chunk.slice()));
	}

	private owned(chunk: T[]): T[] {
		this.own.add(chunk);
		return chunk;
	}
}

/** The first position in sorted `items` whose key is not before `key`. */
function insertionPoint<T extends { readonly key: string }>(items: readonly T[], key: string): number {
	let lo = 0;
	let hi = items.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (items[mid].key < key) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
