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

/** An index below 4096 as two symbols. */
export function encodeIndex(i: number): string {
	return LEVEL_ALPHABET[i >> 6] + LEVEL_ALPHABET[i & 63];
}

export function decodeIndex(text: string, at: number): number {
	return (LEVEL_ALPHABET.indexOf(text[at]) << 6) | LEVEL_ALPHABET.indexOf(text[at + 1]);
}

/** Rising numbers as their gaps, each in 5-bit symbols (32–63 say more follow, 0–31 end it). */
export function encodeDelta(sorted: number[]): string {
	let out = '';
	let last = 0;
	for (const n of sorted) {
		let gap = n - last;
		last = n;
		const digits: number[] = [];
		do {
			digits.unshift(gap & 31);
			gap >>= 5;
		} while (gap > 0);
		out += digits.map((d, i) => LEVEL_ALPHABET[i < digits.length - 1 ? d + 32 : d]).join('');
	}
	return out;
}

export function decodeDelta(text: string): number[] {
	const out: number[] = [];
	let last = 0;
	let gap = 0;
	for (const symbol of text) {
		const d = LEVEL_ALPHABET.indexOf(symbol);
		gap = (gap << 5) | (d & 31);
		if (d < 32) {
			last += gap;
			out.push(last);
			gap = 0;
		}
	}
	return out;
}
