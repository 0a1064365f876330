import { asciiDigits, isDigit } from './text';

export interface UnitHeader {
	n: number;
	start: string | null;
	end: string | null;
	/** What follows the header on its line (the English in variant A), block id removed. */
	rest: string;
	blockId: string | null;
}

/**
 * Reads a unit header: `(n) [mm:ss-mm:ss]`, `（n）`, `h:mm:ss`, or no time range at all,
 * optionally as a heading (`### (3) …`) and optionally ending with a block id (` ^unit-3`).
 */
export function parseUnitHeader(rawLine: string): UnitHeader | null {
	const { text: line, blockId } = splitBlockId(rawLine);
	let i = 0;
	while (line[i] === '#') i++;
	i = skipSpaces(line, i);
	const open = line[i];
	if (open !== '(' && open !== '（') return null;
	i = skipSpaces(line, i + 1);
	let digits = '';
	for (; i < line.length && digits.length < 7; i++) {
		const d = asciiDigits(line[i]);
		if (!isDigit(d)) break;
		digits += d;
	}
	if (digits === '') return null;
	i = skipSpaces(line, i);
	if (line[i] !== ')' && line[i] !== '）') return null;
	i = skipSpaces(line, i + 1);

	let start: string | null = null;
	let end: string | null = null;
	const range = readTimeRange(line, i);
	if (range) {
		({ start, end } = range);
		i = skipSpaces(line, range.next);
	}
	return { n: Number(digits), start, end, rest: line.slice(i).trim(), blockId };
}

function skipSpaces(s: string, i: number): number {
	while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\u3000')) i++;
	return i;
}

const DASHES = new Set(['-', '–', '—', '~', '～', '－']);

/** `[15:09-15:22]` or `【1:02:03 – 1:02:30】` starting at i. */
function readTimeRange(line: string, i: number): { start: string; end: string; next: number } | null {
	if (line[i] !== '[' && line[i] !== '【') return null;
	const close = line.indexOf(line[i] === '[' ? ']' : '】', i + 1);
	if (close < 0 || close - i > 40) return null;
	const inner = asciiDigits(line.slice(i + 1, close));
	let dash = -1;
	for (let k = 0; k < inner.length; k++) {
		if (DASHES.has(inner[k])) {
			dash = k;
			break;
		}
	}
	if (dash < 0) return null;
	const start = inner.slice(0, dash).trim();
	const end = inner.slice(dash + 1).trim();
	if (!isTime(start) || !isTime(end)) return null;
	return { start, end, next: close + 1 };
}

/** `m:ss`, `mm:ss` or `h:mm:ss` (the first field up to three digits, the others exactly two). */
function isTime(s: string): boolean {
	let fields = 1;
	let digits = 0;
	for (let i = 0; i < s.length; i++) {
		if (s[i] === ':') {
			if (digits === 0 || (fields > 1 && digits !== 2) || digits > 3) return false;
			fields++;
			digits = 0;
		} else if (isDigit(s[i])) digits++;
		else return false;
	}
	return fields >= 2 && fields <= 3 && digits === 2;
}

/** Separates a trailing Obsidian block id (` ^abc-1`) from a line. */
function splitBlockId(line: string): { text: string; blockId: string | null } {
	const trimmed = line.trimEnd();
	const caret = trimmed.lastIndexOf('^');
	if (caret <= 0 || (trimmed[caret - 1] !== ' ' && trimmed[caret - 1] !== '\t')) return { text: line, blockId: null };
	const id = trimmed.slice(caret + 1);
	if (id === '' || !/^[A-Za-z0-9-]+$/.test(id)) return { text: line, blockId: null };
	return { text: trimmed.slice(0, caret).trimEnd(), blockId: id };
}
