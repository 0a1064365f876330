/** Small character-level helpers shared by the parser. All linear, no regular expression backtracking. */

/** Splits on \n, \r\n or \r; a byte order mark at the start is not part of the first line. */
export function splitLines(text: string): string[] {
	const lines = text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
	if (lines[0].charCodeAt(0) === 0xfeff) lines[0] = lines[0].slice(1);
	return lines;
}

/**
 * The lines with every line of a fenced code block (``` or ~~~, fences included) blanked: code
 * is not note content, so a lesson shown as an example in a fence is not parsed. Line numbers stay;
 * the lines themselves are returned when there is no fence (the common case, no copy).
 */
export function blankFencedCode(lines: string[]): string[] {
	let out: string[] | null = null;
	for (let i = 0; i < lines.length; i++) {
		const fence = fenceOf(lines[i]);
		if (fence === null) continue;
		out ??= lines.slice();
		let end = i + 1;
		while (end < lines.length && !closesFence(lines[end], fence)) end++;
		for (let k = i; k <= end && k < lines.length; k++) out[k] = '';
		i = end;
	}
	return out ?? lines;
}

/** The opening fence of a code block (its character and length), or null. */
function fenceOf(line: string): { mark: number; length: number } | null {
	const start = indent(line);
	const mark = line.charCodeAt(start);
	if (start > 3 || (mark !== 96 && mark !== 126)) return null; // ` ~
	let end = start;
	while (line.charCodeAt(end) === mark) end++;
	if (end - start < 3 || (mark === 96 && line.indexOf('`', end) >= 0)) return null;
	return { mark, length: end - start };
}

function closesFence(line: string, fence: { mark: number; length: number }): boolean {
	const start = indent(line);
	let end = start;
	while (line.charCodeAt(end) === fence.mark) end++;
	return start <= 3 && end - start >= fence.length && isBlank(line.slice(end));
}

/** Index of the first character that is not a space or tab, or the length. Allocates nothing. */
export function indent(line: string): number {
	let i = 0;
	while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++; // past the end: NaN, neither
	return i;
}

export function isBlank(line: string): boolean {
	for (let i = 0; i < line.length; i++) {
		const c = line.charCodeAt(i);
		if (c !== 32 && c !== 9 && c !== 0x3000 && c !== 0xa0 && c !== 0xfeff) return false;
	}
	return true;
}

/** Full-width digits and colons (`１２：３０`) as ASCII. */
export function asciiDigits(s: string): string {
	// Most text has neither (U+FF10–U+FF19 and U+FF1A): then it is returned as it is, no copy built.
	let k = 0;
	while (k < s.length && (s.charCodeAt(k) < 0xff10 || s.charCodeAt(k) > 0xff1a)) k++;
	if (k === s.length) return s;
	let out = '';
	for (const ch of s) {
		const code = ch.charCodeAt(0);
		if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xff10 + 48);
		else if (ch === '：') out += ':';
		else out += ch;
	}
	return out;
}

export function isDigit(ch: string | undefined): boolean {
	return ch !== undefined && ch >= '0' && ch <= '9';
}

/**
 * `s` in lower case; `s` itself when no character of it has a case (Chinese, digits, punctuation): lowering a
 * string that holds Chinese costs far more than reading it, and changes nothing.
 */
export function lowerCase(s: string): string {
	for (let i = 0; i < s.length; i++) if (!isCaseless(s.charCodeAt(i))) return s.toLowerCase();
	return s;
}

/** A character toLowerCase leaves as it is, among the common ones: ASCII but A–Z, general punctuation, CJK, full-width signs. */
function isCaseless(code: number): boolean {
	if (code < 0xc0) return code < 65 || code > 90;
	return (
		(code >= 0x2000 && code <= 0x206f) ||
		(code >= 0x3000 && code <= 0x9fff) ||
		(code >= 0xff00 && code <= 0xff20) ||
		(code >= 0xff3b && code <= 0xff40) ||
		(code >= 0xff5b && code <= 0xffef)
	);
}

/** Removes every `**` bold marker. */
export function stripBold(s: string): string {
	const first = s.indexOf('**');
	if (first < 0) return s;
	// Bold as a whole, no marker inside (most English lines): its inside is a slice, not a string rebuilt.
	if (first === 0 && s.indexOf('**', 2) === s.length - 2) return s.slice(2, -2);
	return s.replaceAll('**', '');
}

const FIRE = '🔥';
/** Some generators mark key terms with a star. */
const STAR = '⭐';

/** A key-term mark: 🔥 or ⭐. */
export function hasFire(s: string): boolean {
	return s.includes(FIRE) || s.includes(STAR);
}

/** Removes 🔥 and ⭐ marks (and, when there is one, emoji variation selectors). */
export function stripFire(s: string): string {
	const firstFire = s.indexOf(FIRE);
	const fire = firstFire >= 0;
	const star = s.includes(STAR);
	if (!fire && !star) return s;
	// One mark, at the end (`…：延迟 🔥`, as most are): the text before it, sliced, not rebuilt.
	if (!star && firstFire === s.length - FIRE.length && !s.includes('\uFE0F')) return s.slice(0, firstFire);
	let out = fire ? s.replaceAll(FIRE, '') : s;
	if (star) out = out.replaceAll(STAR, '');
	return out.includes('\uFE0F') ? out.replaceAll('\uFE0F', '') : out;
}

/** Collapses runs of white space to one space and trims. */
export function squash(s: string): string {
	return needsSquash(s) ? s.replace(/\s+/g, ' ').trim() : s;
}

/** Whether `s` has white space at either end, a run of it, or any but plain spaces. */
function needsSquash(s: string): boolean {
	let previousSpace = true;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		const space = c === 32;
		if ((space && previousSpace) || (c <= 13 && c >= 9) || (c >= 0xa0 && isWideSpace(c))) return true;
		previousSpace = space;
	}
	return previousSpace && s.length > 0;
}

/** The white space beyond ASCII that `\s` matches: no-break, ogham, en quad to hair, line and paragraph separators, narrow no-break, math, ideographic spaces and the byte order mark. */
function isWideSpace(c: number): boolean {
	return (
		c === 0xa0 ||
		c === 0x1680 ||
		(c >= 0x2000 && c <= 0x200a) ||
		c === 0x2028 ||
		c === 0x2029 ||
		c === 0x202f ||
		c === 0x205f ||
		c === 0x3000 ||
		c === 0xfeff
	);
}

/** A Han, kana or full-width punctuation character. */
function isCjk(code: number): boolean {
	return (
		(code >= 0x4e00 && code <= 0x9fff) ||
		(code >= 0x3400 && code <= 0x4dbf) ||
		(code >= 0x3000 && code <= 0x30ff) ||
		(code >= 0xff00 && code <= 0xffef)
	);
}

export type Script = 'en' | 'zh' | 'none';

/**
 * What a line is written in, judged on all of it: Chinese when its Han characters are at least a
 * fifth of its Latin letters (a Han character carries about a word), English when it has Latin
 * letters and less Chinese than that, 'none' when it has neither; so a translation that opens with
 * `**Continuous integration**（持续集成）` is still Chinese. And where the line
 * goes on in Chinese after opening with an English sentence (`**Could you?** 能…吗？`): the index of its first Chinese character,
 * or -1. The English must end as a sentence ends (`. ? ! …` or a closing quote), so
 * `**Continuous integration**（持续集成）…` stays one piece.
 */
export function lineScript(s: string): LineScript {
	// Most body lines are all English or open in Chinese: a native search for the first Chinese
	// character settles the first, and a Chinese line is settled once its Chinese outweighs all that is left.
	const firstCjk = s.search(CJK);
	if (firstCjk < 0) return LATIN.test(s) ? ENGLISH_LINE : NEITHER_LINE;
	let latinBefore = 0;
	for (let i = 0; i < firstCjk; i++) if (isLatin(s.charCodeAt(i))) latinBefore++;
	let latin = latinBefore;
	let cjk = 0;
	let i = firstCjk;
	for (; i < s.length; i++) {
		const code = s.charCodeAt(i);
		if (code < 128) {
			if (isLatin(code)) latin++;
		} else if (isCjk(code) && ++cjk * 5 >= latin + s.length - 1 - i) break;
	}
	// A break leaves the Chinese outweighing every Latin letter counted; and a line with a Chinese character and no
	// Latin letter is Chinese, so 'none' is no answer here.
	const script: Script = cjk * 5 >= latin ? 'zh' : 'en';
	if (latinBefore === 0 || cjk * 5 < latin - latinBefore) return { script, split: -1 };
	// A Latin letter stands before the Chinese: the walk back stops there at the latest.
	let end = firstCjk - 1;
	while (s[end] === ' ' || s[end] === '*' || s[end] === '\t') end--;
	return { script, split: '.?!…"”’\''.includes(s[end]) ? firstCjk : -1 };
}

export interface LineScript {
	script: Script;
	split: number;
}

/** The characters isCjk accepts, for a native search. */
const CJK = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;

/** Whether `s` holds a character lineScript counts as Chinese: a line of `s` can be Chinese only then. One native search. */
export function hasCjk(s: string): boolean {
	return CJK.test(s);
}
const LATIN = /[A-Za-z]/;
const ENGLISH_LINE: LineScript = Object.freeze({ script: 'en', split: -1 });
const NEITHER_LINE: LineScript = Object.freeze({ script: 'none', split: -1 });

function isLatin(code: number): boolean {
	return (code | 32) >= 97 && (code | 32) <= 122;
}

/** True for text a lesson could teach as English: a few Latin words, hardly any Chinese. */
export function isEnglish(s: string): boolean {
	let words = 0;
	let run = 0;
	let cjk = 0;
	for (let i = 0; i < s.length; i++) {
		const code = s.charCodeAt(i);
		if ((code | 32) >= 97 && (code | 32) <= 122) run++;
		else {
			if (run >= 2) words++;
			run = 0;
			if (code >= 128 && isCjk(code)) cjk++;
		}
	}
	if (run >= 2) words++;
	return words >= 2 && cjk * 2 < words;
}

/** Strips a leading run of emoji (and the space after it) from a heading. */
export function stripLeadingEmoji(s: string): string {
	// No emoji below © nor among the Han characters: most headings and labels need no regular expression.
	const c = s.charCodeAt(0);
	if (!(c >= 0xa9) || (c >= 0x4e00 && c <= 0x9fff)) return s;
	return s.replace(LEADING_EMOJI, '');
}

const LEADING_EMOJI = /^(?:\p{Extended_Pictographic}\uFE0F?)+\s*/u;

/** The text of an ATX heading line (`## 📚 段落小结` → `📚 段落小结`) with its level, or null. */
export function heading(line: string): { level: number; text: string } | null {
	// By code, not by character: most lines open with a Chinese character, which read as a string is a new string.
	let level = 0;
	while (line.charCodeAt(level) === 35) level++; // #
	if (level === 0 || level > 6) return null;
	if (level < line.length && line.charCodeAt(level) !== 32 && line.charCodeAt(level) !== 9) return null;
	return { level, text: line.slice(level).trim() };
}

/** `---`, `***` or `___` (three or more, spaces allowed): a thematic break. */
export function isSeparator(line: string): boolean {
	const start = indent(line);
	const mark = line.charCodeAt(start);
	if (mark !== 45 && mark !== 42 && mark !== 95) return false; // - * _
	let count = 0;
	for (let i = start; i < line.length; i++) {
		const c = line.charCodeAt(i);
		if (c === mark) count++;
		else if (c !== 32 && c !== 9) return false;
	}
	return count >= 3;
}

/** `[^1]: …`: a footnote's text, which Obsidian draws at the note's end, not where it is written. */
export function isFootnoteDefinition(line: string): boolean {
	const at = indent(line);
	if (line.charCodeAt(at) !== 91 || line.charCodeAt(at + 1) !== 94) return false; // [^
	const close = line.indexOf(']', at + 2);
	return close > at + 2 && line.charCodeAt(close + 1) === 58 && !/\s/.test(line.slice(at + 2, close)); // :
}
