/**
 * A lesson's English as a small Bloom filter of its words' first three letters (lower case), so "which
 * lessons may use this term?" is answered without reading them. Three letters survive inflection
 * ("run" ↔ "running", "obsess" ↔ "obsessing"); a false "maybe" costs one lesson read, never a wrong result,
 * because the lessons it names are then searched properly (TermLocator).
 */
const BITS = 4096;
const WORDS = BITS / 32;

/** The signature of some English texts, as base64 (JSON-safe: it is persisted with the index). */
export function wordSignature(texts: readonly string[]): string {
	const bits = new Uint32Array(WORDS);
	for (const text of texts) for (const prefix of prefixes(text)) set(bits, prefix);
	return toBase64(bits);
}

/**
 * Whether a signature may contain every word of `term` that is long enough to sign (words of one or
 * two letters, and placeholders like "something" that stand for other words, are not tested).
 */
export function mayContain(signature: Uint32Array, term: string): boolean {
	for (const prefix of prefixes(term, true)) if (!has(signature, prefix)) return false;
	return true;
}

export function decodeSignature(base64: string): Uint32Array {
	const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
	return bytes.length === WORDS * 4 ? new Uint32Array(bytes.buffer) : new Uint32Array(WORDS).fill(0xffffffff);
}

const PLACEHOLDER = /^(some|one|sth$|sb$)/;

/** The first three letters of each word of three letters or more (a word: letters and digits, any script). */
function prefixes(text: string, skipPlaceholders = false): string[] {
	const lower = text.toLowerCase();
	const out: string[] = [];
	let i = 0;
	while (i < lower.length) {
		while (i < lower.length && !isWordChar(lower.charCodeAt(i))) i++;
		const start = i;
		while (i < lower.length && isWordChar(lower.charCodeAt(i))) i++;
		if (i - start < 3 || (skipPlaceholders && PLACEHOLDER.test(lower.slice(start, i)))) continue;
		out.push(lower.slice(start, start + 3));
	}
	return out;
}

function isWordChar(c: number): boolean {
	return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 0xbf;
}

function hashes(prefix: string): [number, number] {
	let h1 = 0x811c9dc5;
	let h2 = 5381;
	for (let i = 0; i < prefix.length; i++) {
		const c = prefix.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 0x01000193);
		h2 = (Math.imul(h2, 33) + c) | 0;
	}
	return [(h1 >>> 0) % BITS, (h2 >>> 0) % BITS];
}

function set(bits: Uint32Array, prefix: string): void {
	for (const bit of hashes(prefix)) bits[bit >>> 5] |= 1 << (bit & 31);
}

function has(bits: Uint32Array, prefix: string): boolean {
	return hashes(prefix).every((bit) => (bits[bit >>> 5] & (1 << (bit & 31))) !== 0);
}

function toBase64(bits: Uint32Array): string {
	const bytes = new Uint8Array(bits.buffer);
	let text = '';
	for (const byte of bytes) text += String.fromCharCode(byte);
	return btoa(text);
}
