/**
 * Several arrays read as one list, none of them copied: the glossary's A–Z list is made of sorted chunks (a
 * change copies one chunk, not a million entries), and a ranked search result of its ranks' lists. The
 * arrays must not change while the list is in use.
 */
export class ChunkList<T> implements Iterable<T> {
	readonly length: number;
	private readonly chunks: readonly (readonly T[])[];
	/** starts[c] = position of chunk c's first item. */
	private readonly starts: number[];
	/** The chunk the last `get` read: reading in order finds its chunk at once. */
	private last = 0;

	constructor(chunks: readonly (readonly T[])[]) {
		this.chunks = chunks.filter((chunk) => chunk.length > 0);
		this.starts = new Array<number>(this.chunks.length);
		let length = 0;
		this.chunks.forEach((chunk, c) => {
			this.starts[c] = length;
			length += chunk.length;
		});
		this.length = length;
	}

	static of<T>(items: readonly T[]): ChunkList<T> {
		return new ChunkList([items]);
	}

	/** The item at `index`, or undefined outside the list. */
	get(index: number): T | undefined {
		if (!(index >= 0 && index < this.length)) return undefined;
		let c = this.last;
		if (index < this.starts[c] || index >= this.starts[c] + this.chunks[c].length) {
			let lo = 0;
			let hi = this.chunks.length - 1;
			while (lo < hi) {
				const mid = (lo + hi + 1) >> 1;
				if (this.starts[mid] <= index) lo = mid;
				else hi = mid - 1;
			}
			c = this.last = lo;
		}
		return this.chunks[c][index - this.starts[c]];
	}

	*[Symbol.iterator](): Iterator<T> {
		for (const chunk of this.chunks) yield* chunk;
	}

	/** Calls `visit` with each item and its position, in order: plain loops, for lists of 300k. */
	forEach(visit: (item: T, index: number) => void): void {
		let i = 0;
		for (const chunk of this.chunks) for (let c = 0; c < chunk.length; c++) visit(chunk[c], i++);
	}

	/** The position of the first item for which `test` holds, or -1. */
	findIndex(test: (item: T) => boolean): number {
		let i = 0;
		for (const chunk of this.chunks) {
			for (const item of chunk) {
				if (test(item)) return i;
				i++;
			}
		}
		return -1;
	}

	toArray(): T[] {
		const out = new Array<T>(this.length);
		let i = 0;
		for (const chunk of this.chunks) for (const item of chunk) out[i++] = item;
		return out;
	}
}
