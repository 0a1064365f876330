/**
 * Text that was UTF-8 but got decoded with a Windows code page (`è§£æžï¼š` for `解析：`,
 * `ðŸ”¥` for 🔥): told apart from real accented text by how much of it re-encodes to valid UTF-8.
 */

export type CodePage = 'Windows-1252' | 'Windows-1254';

/** Bytes 0x80–0x9F of Windows-1252 (code points; undefined bytes stand for themselves, as decoders pass them on). */
const CP1252_HIGH = [
	0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
	0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
/** Windows-1254 (Turkish) differs from 1252 in these bytes. */
const CP1254_CHANGES: [number, number][] = [
	[0x8e, 0x8e], [0x9e, 0x9e], [0xd0, 0x11e], [0xdd, 0x130], [0xde, 0x15e], [0xf0, 0x11f], [0xfd, 0x131], [0xfe, 0x15f],
];

/** Code point → byte, for the bytes 0x80–0xFF of a code page. */
function byteTable(page: CodePage): Map<number, number> {
	const table = new Map<number, number>();
	for (let b = 0x80; b <= 0xff; b++) table.set(b < 0xa0 ? CP1252_HIGH[b - 0x80] : b, b);
	// ISO-8859-1 decoders give the C1 control for each of 0x80–0x9F: read those as the bytes too.
	for (let b = 0x80; b < 0xa0; b++) if (!table.has(b)) table.set(b, b);
	if (page === 'Windows-1254') {
		for (const [b, code] of CP1254_CHANGES) {
			const old = b < 0xa0 ? CP1252_HIGH[b - 0x80] : b;
			table.delete(old);
			table.set(code, b);
		}
	}
	return table;
}

const TABLES: [CodePage, Map<number, number>][] = [
	['Windows-1252', byteTable('Windows-1252')],
	['Windows-1254', byteTable('Windows-1254')],
];

/** A lead character of a 2–4 byte sequence followed by a continuation character, in either code page: a cheap native pre-check. */
const MAYBE = /[\u00c2-\u00f4\u011f][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]/;

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
