import { asciiDigits, isDigit } from './text';
import { readUnitNumber, skipSeparators, skipSpaces } from './unitNumber';

export interface UnitHeader {
	/** The unit number, or null for a header that is only a time range (`[02:10 → 02:34]`): numbered in turn. */
	n: number | null;
	start: string | null;
	end: string | null;
	/** What follows the header on its line (the English in variant A), block id removed. */
	rest: string;
	blockId: string | null;
	/** Set on a header with neither a time range nor a bracketed number (`## Sentence 2`, `1️⃣`): its unit must show more to count. */
	weak?: true;
	/** Set on a header without a number once it is numbered in turn: a day's `[09:00-10:00]` blocks are such headers too. */
	counted?: true;
}

/** A header whose number is known (given, or counted for headers without one). */
export type NumberedHeader = UnitHeader & { n: number };

/** A header and the line it is on. */
export interface HeaderAt {
	line: number;
	header: NumberedHeader;
}

/**
 * Reads a unit header: `(n)`, `（n）`, `【n】` or keycaps `1️⃣`, then a time range or none: `[mm:ss-mm:ss]`,
 * `【h:mm:ss – h:mm:ss】`, `[02:10 → 02:34]` or a bare `02:10-02:34`; the number (or number and
 * time) may be bold (`**(1)**`, `**(1) [00:12-00:30]**`), the line may be a heading (`### (3) …`) and
 * may end with a block id (` ^unit-3`). A heading numbered as a list (`## 1. [02:10-02:25]`, `## 1 · 00:12 → 00:30`)
 * is a header when a time range follows its number; a heading or bold line naming its unit (`## 🔹 Unit 1 ｜ 00:10 - 00:24`,
 * `**Unit 1** ⏱ 00:00:05 – 00:00:21`, `### 第3段`, `## Sentence 2`) when a time range follows or nothing does.
 * A line that opens with a time range in brackets or parentheses, then text, is a header without a number.
 */
export function parseUnitHeader(line: string): UnitHeader | null {
	let i = 0;
	while (line[i] === '#') i++;
	const isHeading = i > 0;
	i = skipSpaces(line, i);
	// A bold number (or number and time) is closed once: a `**` after that opens the English.
	let bold = line.startsWith('**', i);
	if (bold) i += 2;
	const read = readUnitNumber(line, i, isHeading, bold);
	// `(a)` opens no header; `(00:10-00:24)` is a time range, as `[00:10-00:24]` is.
	if (read === 'malformed' && readTimeRange(line, i, false) === null) return null;
	const number = read === 'malformed' ? null : read;
	if (number) i = skipSpaces(line, number.next);
	if (bold && line.startsWith('**', i)) {
		i = skipSpaces(line, i + 2);
		bold = false;
	}
	if (number && number.range !== 'optional') i = skipSeparators(line, i);

	let start: string | null = null;
	let end: string | null = null;
	const range = readTimeRange(line, i, number !== null);
	// `### Segment 01 · 00:12`: a start time alone, ending the line of a named or listed unit.
	const lone = range || !number || number.range === 'optional' ? null : readLoneTime(line, i, bold);
	if (range) {
		({ start, end } = range);
		i = skipSpaces(line, range.next);
		if (bold && line.startsWith('**', i)) i = skipSpaces(line, i + 2);
	} else if (lone !== null) {
		start = lone.time;
		i = lone.next;
	} else if (!number || number.range === 'required') return null;
	let { text: rest, blockId } = splitBlockId(line.slice(i).trim());
	// `## Sentence 2 / 句子 2`: the unit named again in the other language, nothing after it.
	if (!range && number?.range === 'unless-alone' && rest !== '' && namesUnitAgain(rest, number.n)) rest = '';
	// `## Unit 3` alone is a header; `## Unit 3 review` is a heading.
	if (!range && number?.range === 'unless-alone' && rest !== '') return null;
	const header: UnitHeader = { n: number?.n ?? null, start, end, rest, blockId };
	// A start time alone may be a schedule's (`## 1. 09:00`): its unit must show more to count, as a named one must.
	if ((!range && number?.weak) || lone !== null) header.weak = true;
	return header;
}

/** A time alone at i (`00:12`, `[00:12]`), then only a bold close, spaces or a block id to the end: the time and where they start. */
function readLoneTime(line: string, i: number, bold: boolean): { time: string; next: number } | null {
	const closer = RANGE_CLOSER[line[i]];
	const from = closer === undefined ? i : i + 1;
	let end = from;
	while (end < line.length && end - from < 10 && (line[end] === ':' || isDigit(asciiDigits(line[end])))) end++;
	const time = asciiDigits(line.slice(from, end));
	if (!isTime(time)) return null;
	if (closer !== undefined && line[end++] !== closer) return null;
	let next = skipSpaces(line, end);
	if (bold && line.startsWith('**', next)) next = skipSpaces(line, next + 2);
	return splitBlockId(line.slice(next).trim()).text === '' ? { time, next } : null;
}

/** Whether `rest` names unit n again and nothing else: `/ 句子 2`, `｜ 第2句`. */
function namesUnitAgain(rest: string, n: number): boolean {
	let i = 0;
	while (i < rest.length && ' /｜|'.includes(rest[i])) i++;
	const again = readUnitNumber(rest, i, true, false);
	return again !== null && again !== 'malformed' && again.n === n && rest.slice(again.next).trim() === '';
}

const DASHES = new Set(['-', '–', '—', '~', '～', '－', '→', '⟶', '至', '到']);
const RANGE_CLOSER: Record<string, string> = { '[': ']', '［': '］', '【': '】', '(': ')', '（': '）' };

/**
 * `[15:09-15:22]`, `【1:02:03 – 1:02:30】`, `[02:10 → 02:34]` or (when `bare` is allowed) `02:10-02:34`,
 * starting at i: the two times and the index after the range, or null.
 */
function readTimeRange(line: string, i: number, bare: boolean): { start: string; end: string; next: number } | null {
	const closer = RANGE_CLOSER[line[i]];
	let from: number;
	let close: number;
	if (closer !== undefined) {
		close = line.indexOf(closer, i + 1);
		if (close < 0 || close - i > 40) return null;
		from = i + 1;
	} else if (bare && isDigit(asciiDigits(line[i] ?? ''))) {
		// The range runs to the first character that is no digit, colon, space or dash.
		from = i;
		close = i;
		while (close < line.length && close - i <= 40 && (isDigit(asciiDigits(line[close])) || ':： \t>'.includes(line[close]) || DASHES.has(line[close]))) close++;
	} else return null;
	const inner = asciiDigits(line.slice(from, close)).replace('->', '→');
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
	return { start, end, next: closer !== undefined ? close + 1 : close };
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

/** Separates a trailing Obsidian block id (` ^abc-1`, or `^abc-1` alone) from what follows a header. */
export function splitBlockId(line: string): { text: string; blockId: string | null } {
	const trimmed = line.trimEnd();
	// The id runs to the end: look for its caret only there, not back through the whole English of a header line.
	let caret = trimmed.length;
	while (caret > 0 && isIdChar(trimmed.charCodeAt(caret - 1))) caret--;
	caret--;
	if (trimmed.charCodeAt(caret) !== 94 || caret === trimmed.length - 1) return { text: line, blockId: null }; // ^ and an id
	if (caret > 0 && trimmed[caret - 1] !== ' ' && trimmed[caret - 1] !== '\t') return { text: line, blockId: null };
	return { text: trimmed.slice(0, caret).trimEnd(), blockId: trimmed.slice(caret + 1) };
}

/** A-Z a-z 0-9 - */
function isIdChar(code: number): boolean {
	return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45;
}
