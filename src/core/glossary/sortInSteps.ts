import { compare } from '../compare';

/** Items sorted or merged between two steps. */
const STEP = 2048;

/**
 * Sorts `items` by key (code-unit order; stable) in short steps, yielding between them so a caller can give the
 * event loop a turn: runs of STEP sorted one by one, then merged pairwise. A sort of 125k keys in one go keeps
 * Obsidian busy for a fifth of a second; each step here takes well under a millisecond. `items` is reordered;
 * the sorted array is the generator's value.
 */
export function* sortInSteps<T extends { readonly key: string }>(items: T[]): Generator<void, T[]> {
	const byKey = (a: T, b: T) => compare(a.key, b.key);
	for (let at = 0; at < items.length; at += STEP) {
		const run = items.slice(at, at + STEP).sort(byKey);
		for (let i = 0; i < run.length; i++) items[at + i] = run[i];
		yield;
	}
	let from = items;
	let to = new Array<T>(items.length);
	for (let width = STEP; width < items.length; width *= 2) {
		let k = 0;
		for (let lo = 0; lo < items.length; lo += 2 * width) {
			const mid = Math.min(lo + width, items.length);
			const end = Math.min(lo + 2 * width, items.length);
			let i = lo;
			let j = mid;
			while (i < mid || j < end) {
				to[k++] = j >= end || (i < mid && from[i].key <= from[j].key) ? from[i++] : from[j++];
				if (k % STEP === 0) yield;
			}
		}
		[from, to] = [to, from];
	}
	return from;
}
