// The compact text form of the character table: ASCII only, so the bundle holds it byte for byte.

/** 64 symbols that need no escaping in a quoted string. */
export const LEVEL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A count as one symbol: its natural log in half steps. */
export function level(count: number): string {
	return LEVEL_ALPHABET[Math.max(0, Math.min(63, Math.round(2 * Math.log(count))))];
}

/** The natural log a level stands for. */
export function levelLog(symbol: string): number {
	return LEVEL_ALPHABET.indexOf(symbol) / 2;
}

/** Rising numbers (below 2^53) as their gaps, each in 5-bit symbols (32–63 say more follow, 0–31 end it). */
export function encodeDelta(sorted: number[]): string {
	let out = '';
	let last = 0;
	for (const n of sorted) {
		let gap = n - last;
		last = n;
		const digits: number[] = [];
		do {
			digits.unshift(gap % 32);
			gap = Math.floor(gap / 32);
		} while (gap > 0);
		out += digits.map((d, i) => LEVEL_ALPHABET[i < digits.length - 1 ? d + 32 : d]).join('');
	}
	return out;
}

/** Each symbol's value by its character code. */
const VALUE = new Int8Array(128);
[...LEVEL_ALPHABET].forEach((c, i) => (VALUE[c.charCodeAt(0)] = i));

export function decodeDelta(text: string): number[] {
	const out: number[] = [];
	let last = 0;
	let gap = 0;
	for (let k = 0; k < text.length; k++) {
		const d = VALUE[text.charCodeAt(k)];
		gap = gap * 32 + (d & 31);
		if (d < 32) {
			last += gap;
			out.push(last);
			gap = 0;
		}
	}
	return out;
}

/** Words of `length` characters (indices below 4096 into a character list) as one number each, and back. */
export function wordNumber(indices: number[]): number {
	return indices.reduce((n, i) => n * 4096 + i, 0);
}

export function wordIndices(n: number, length: number): number[] {
	const out = new Array<number>(length);
	for (let k = length - 1; k >= 0; k--) {
		out[k] = n % 4096;
		n = Math.floor(n / 4096);
	}
	return out;
}
