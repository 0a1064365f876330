import { asciiDigits, isDigit } from './text';

/**
 * How a unit header's number is written, and so whether a time range must follow it: `(3)` needs none, `## 3.`
 * needs one (`## 3. Introduction` is a heading), `## Unit 3` needs one unless the name stands alone on its line.
 */
export interface UnitNumber {
	n: number;
	/** The index after the number (and its closer or suffix). */
	next: number;
	range: 'optional' | 'required' | 'unless-alone';
	/** Keycaps and unit names are common in ordinary notes too: without a time range they need more to open a unit. */
	weak: boolean;
}

const OPENERS = new Set(['(', '（', '【']);
const CLOSERS = new Set([')', '）', '】']);

/**
 * The number a header starts with at i, after any heading marks and bold: `(3)`, `（3）` or `【3】`; keycaps `3️⃣`;
 * in a heading or bold line, a named unit (`Unit 3`, `第3段`); in a heading, a list number (`3.`, `3、`, `3 ·`).
 * `'malformed'` for an opener that is not a number's (`(a)`), which is no header at all.
 */
export function readUnitNumber(line: string, i: number, isHeading: boolean, bold: boolean): UnitNumber | 'malformed' | null {
	if (OPENERS.has(line[i])) return readBracketed(line, i) ?? 'malformed';
	return (
		readKeycaps(line, i) ??
		(isHeading || bold ? readNamedUnit(line, i) : readPlainOrdinal(line, i)) ??
		(isHeading ? readListNumber(line, i) : bold ? readBoldListNumber(line, i) : null)
	);
}

/**
 * On a plain line, `第1句` or `第 2 段` names a unit only when a time range follows (`第1句 [00:03-00:14]`); `第1节` or
 * `第2单元` there is a timetable's or a textbook's (`第1节 08:00-08:45 英语`).
 */
function readPlainOrdinal(line: string, i: number): UnitNumber | null {
	if (line.charCodeAt(i) !== 0x7b2c) return null; // 第
	const named = readNamedUnit(line, i);
	const suffix = named === null ? 0 : line.charCodeAt(named.next - 1);
	return named && (suffix === 0x53e5 || suffix === 0x6bb5) ? { ...named, range: 'required' } : null; // 句 段
}

function readBracketed(line: string, i: number): UnitNumber | null {
	const number = readNumber(line, skipSpaces(line, i + 1));
	if (!number) return null;
	const close = skipSpaces(line, number.next);
	return CLOSERS.has(line[close]) ? { n: number.n, next: close + 1, range: 'optional', weak: false } : null;
}

/** `1️⃣`, `1️⃣2️⃣` (a digit, an optional U+FE0F, then U+20E3 each) or `🔟`. */
function readKeycaps(line: string, i: number): UnitNumber | null {
	if (line.startsWith('🔟', i)) return { n: 10, next: i + 2, range: 'optional', weak: true };
	let digits = '';
	while (isDigit(line[i])) {
		const cap = line[i + 1] === '\ufe0f' ? i + 2 : i + 1;
		if (line[cap] !== '\u20e3') break;
		digits += line[i];
		i = cap + 1;
	}
	return digits === '' ? null : { n: Number(digits), next: i, range: 'optional', weak: true };
}

const UNIT_WORDS = ['unit', 'segment', 'sentence', 'part', 'section', 'clip', 'chunk', '单元', '片段', '段落', '句子', '段', '句'];
const ORDINAL_SUFFIXES = ['单元', '段', '节', '部分', '句'];
/** The codes a unit's name can open with: `第` and the first letter of a unit word in either case. */
const UNIT_WORD_STARTS = new Set(['第', ...UNIT_WORDS].flatMap((w) => [w.charCodeAt(0), w.toUpperCase().charCodeAt(0)]));

/**
 * A unit named with its number, after any leading emoji: `Unit 1`, `Segment #12`, `单元 3`, `第3段`, `第 2 单元`.
 * `Unity 3` or `Parts 2` is not one: the number follows the word, with spaces at most.
 */
function readNamedUnit(line: string, i: number): UnitNumber | null {
	i = skipSeparators(line, i);
	// By code first: most bold lines are English or Chinese text, which names no unit.
	if (!UNIT_WORD_STARTS.has(line.charCodeAt(i))) return null;
	if (line[i] === '第') {
		const number = readNumber(line, skipSpaces(line, i + 1));
		if (!number) return null;
		const after = skipSpaces(line, number.next);
		const suffix = ORDINAL_SUFFIXES.find((w) => line.startsWith(w, after));
		return suffix === undefined ? null : { n: number.n, next: after + suffix.length, range: 'unless-alone', weak: true };
	}
	const head = line.slice(i, i + 8).toLowerCase();
	const word = UNIT_WORDS.find((w) => head.startsWith(w));
	if (word === undefined) return null;
	let at = skipSpaces(line, i + word.length);
	if (line[at] === '#') at++;
	const number = readNumber(line, at);
	return number && { ...number, range: 'unless-alone', weak: true };
}

const LIST_CLOSERS = new Set(['.', '．', ')', '）', '、']);
const LIST_SEPARATORS = new Set(['·', '•', '|', '｜']);

/** `3.`, `３、`, `3)` or, below 1000 (`## 2024 · …` is a year), `3 ·` and `3 |`: the number a heading is listed by. */
function readListNumber(line: string, i: number): UnitNumber | null {
	const number = readNumber(line, i);
	if (!number) return null;
	if (LIST_CLOSERS.has(line[number.next])) return { n: number.n, next: number.next + 1, range: 'required', weak: false };
	const sep = skipSpaces(line, number.next);
	return number.n < 1000 && LIST_SEPARATORS.has(line[sep]) ? { n: number.n, next: sep + 1, range: 'required', weak: false } : null;
}

/** `**3.**` then the English, the bold closed right after the number: weak, as a keycap is (an ordinary note numbers its points so too). */
function readBoldListNumber(line: string, i: number): UnitNumber | null {
	const number = readListNumber(line, i);
	return number !== null && line.startsWith('**', number.next) && number.next === i + String(number.n).length + 1
		? { ...number, range: 'optional', weak: true }
		: null;
}

/** The number written at i (ASCII or full-width digits, at most 7) and the index after it, or null. */
function readNumber(line: string, i: number): { n: number; next: number } | null {
	let digits = '';
	for (; i < line.length && digits.length < 7; i++) {
		const d = asciiDigits(line[i]);
		if (!isDigit(d)) break;
		digits += d;
	}
	return digits === '' ? null : { n: Number(digits), next: i };
}

/** Skips what generators put between a unit's name and its time range: spaces, `｜ | · : . -` and emoji such as ⏱ or 🔹. */
export function skipSeparators(line: string, i: number): number {
	while (i < line.length) {
		const code = line.codePointAt(i) ?? 0;
		// ASCII has no pictograph: a letter or digit ends the run without a string made for it.
		if (code < 128 && !ASCII_SEPARATORS.includes(code)) break;
		const ch = String.fromCodePoint(code);
		if (!SEPARATORS.has(ch) && !PICTOGRAPH.test(ch)) break;
		i += ch.length;
	}
	return i;
}

const SEPARATORS = new Set([' ', '\t', '\u3000', '｜', '|', '·', '•', ':', '：', '.', '-', '–', '—', '\ufe0f', '\u200d']);
const ASCII_SEPARATORS = [...SEPARATORS].filter((ch) => ch.charCodeAt(0) < 128).map((ch) => ch.charCodeAt(0));
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;

export function skipSpaces(s: string, i: number): number {
	while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\u3000' || s[i] === '\u00a0')) i++;
	return i;
}
