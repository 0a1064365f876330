/**
 * Text that was UTF-8 but got decoded with a Windows code page (`è§£æžï¼š` for `解析：`,
 * `ðŸ”¥` for 🔥): told apart from real accented text by how much of it re-encodes to valid UTF-8.
 */

import { type CodePage, encodeTable } from '../repair/codePages';

export type { CodePage } from '../repair/codePages';

// ISO-8859-1 is not tried on its own: its C1 controls are in every table, so its text reads as Windows-1252.
const TABLES: [CodePage, Map<number, number>][] = (['Windows-1252', 'Windows-1254', 'Windows-1250'] as const).map((page) => [page, encodeTable(page)]);

/** A lead character of a 2–4 byte sequence followed by a continuation character, in any code page: a cheap native pre-check. */
const MAYBE = new RegExp(`[${charClass(0xc2, 0xf4)}][${charClass(0x80, 0xbf)}]`, 'u');

/** A regex class of the characters that stand for bytes `from`–`to` in any of the tables. */
function charClass(from: number, to: number): string {
	const codes = new Set<number>();
	for (const [, table] of TABLES) for (const [code, b] of table) if (b >= from && b <= to) codes.add(code);
	return [...codes].map((code) => `\\u{${code.toString(16)}}`).join('');
}

export interface MisEncoding {
	page: CodePage;
	/** The 0-based line of the first mis-decoded character. */
	line: number;
	/** One mis-decoded run as written and as it was meant (`è§£æž` → `解析`). */
	sample: { written: string; meant: string };
	/** The text decoded back: what the note was meant to say. */
	repaired: string;
}

/**
 * Whether `text` reads as UTF-8 decoded with a Windows code page: at least a few such sequences,
 * and they hold most of its non-ASCII characters. Null for any text that is not so.
 */
export function detectMisEncoding(text: string): MisEncoding | null {
	if (!MAYBE.test(text)) return null;
	let best: { page: CodePage; table: Map<number, number>; covered: number } | null = null;
	let nonAscii = 0;
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) nonAscii++;
	for (const [page, table] of TABLES) {
		const covered = scan(text, table, null);
		if (!best || covered > best.covered) best = { page, table, covered };
	}
	if (!best || best.covered < 12 || best.covered < nonAscii * 0.8) return null;
	const out: string[] = [];
	const first = { at: -1 };
	scan(text, best.table, out, first);
	let line = 0;
	for (let i = 0; i < first.at; i++) if (text.charCodeAt(i) === 10) line++;
	const written = text.slice(first.at, Math.min(text.length, first.at + 12)).trimEnd();
	const meant: string[] = [];
	scan(written, best.table, meant);
	return { page: best.page, line, sample: { written, meant: meant.join('') }, repaired: out.join('') };
}

/**
 * Walks the text, decoding every run of characters whose bytes form valid UTF-8. Returns how many
 * characters such runs cover; with `out`, pushes the decoded text (other characters as they are).
 */
function scan(text: string, table: Map<number, number>, out: string[] | null, first?: { at: number }): number {
	let covered = 0;
	let plainFrom = 0;
	for (let i = 0; i < text.length; ) {
		const lead = table.get(text.charCodeAt(i)) ?? 0;
		const need = lead >= 0xf0 && lead <= 0xf4 ? 3 : lead >= 0xe0 && lead < 0xf0 ? 2 : lead >= 0xc2 && lead < 0xe0 ? 1 : 0;
		let code = lead & [0, 0x1f, 0x0f, 0x07][need];
		let k = 1;
		for (; need > 0 && k <= need; k++) {
			const b = table.get(text.charCodeAt(i + k));
			if (b === undefined || b < 0x80 || b > 0xbf) break;
			code = (code << 6) | (b & 0x3f);
		}
		const valid = need > 0 && k > need && code >= [0, 0x80, 0x800, 0x10000][need] && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
		if (!valid) {
			i++;
			continue;
		}
		if (first && first.at < 0) first.at = i;
		if (out) {
			out.push(text.slice(plainFrom, i), String.fromCodePoint(code));
			plainFrom = i + need + 1;
		}
		covered += need + 1;
		i += need + 1;
	}
	if (out) out.push(text.slice(plainFrom));
	return covered;
}
