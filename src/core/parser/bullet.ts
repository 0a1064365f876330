import type { TermFields } from '../model';
import { hasCjk, hasFire, indent, lowerCase, squash, stripBold, stripFire } from './text';
import { CHINESE_WORD_CLASSES } from './wordClasses';

/**
 * The text after a `*`, `-`, `+`, `•` (as a chat app pastes a list) or `1.` / `1)` bullet marker, or null when the line is not a bullet.
 */
export function bulletText(line: string): string | null {
	// By code, not by character: most lines open with a Chinese character, which read as a string is a new string.
	const i = indent(line);
	const mark = line.charCodeAt(i);
	if ((mark === 42 || mark === 45 || mark === 43 || mark === 0x2022) && isSpaceOrTab(line.charCodeAt(i + 1))) return line.slice(i + 2).trim(); // * - + •
	let d = i;
	while (d < line.length && d - i < 3 && line.charCodeAt(d) >= 48 && line.charCodeAt(d) <= 57) d++;
	const after = line.charCodeAt(d);
	if (d > i && (after === 46 || after === 41) && isSpaceOrTab(line.charCodeAt(d + 1))) return line.slice(d + 2).trim(); // . )
	return null;
}

export function isSpaceOrTab(code: number): boolean {
	return code === 32 || code === 9;
}

/**
 * Reads a term bullet: `**term** [/IPA/ | [IPA]] [(POS) | （POS）] [🔥]：[/IPA/] [POS，]meaning [🔥]`,
 * and `**term：** meaning` (colon inside the bold). ASCII colons, ` - ` for the colon after an IPA
 * or POS, 🔥 or ⭐ anywhere, no IPA, no POS and a plain (not bold) term (`term — meaning` too) are all accepted.
 * Null when there is no term or nothing separates it from a meaning.
 */
export function parseTermBullet(text: string): TermFields | null {
	const hot = hasFire(text);
	const s = codeIpaUnwrapped((hot ? stripFire(text) : text).trim());
	let term: string;
	let i: number;
	let colon = false;
	const bold = s.startsWith('**');
	if (bold) {
		const close = s.indexOf('**', 2);
		if (close < 0) return null;
		term = s.slice(2, close).trim();
		i = close + 2;
		if (term.endsWith('：') || term.endsWith(':')) {
			term = term.slice(0, -1);
			colon = true;
		}
	} else {
		// A plain term ends at its colon or at a spaced dash (`hold rates steady — 维持利率不变`), whichever comes first.
		const colonAt = firstColon(s);
		const dash = firstSpacedDash(s);
		i = dash >= 0 && (colonAt < 0 || dash < colonAt) ? dash + 1 : colonAt;
		if (i < 0) return null;
		term = s.slice(0, i);
	}
	const inTerm = splitIpa(term);
	term = squash(stripBold(inTerm.rest));
	if (term === '') return null;
	let ipa = inTerm.ipa;
	let pos: string | null = null;
	// What may stand between the term and its colon: an IPA in slashes or brackets, a word class in parentheses.
	for (;;) {
		while (isSpaceOrTab(s.charCodeAt(i)) || s.charCodeAt(i) === 0xa0) i++; // a no-break space too, as pasted from a web page
		const group = enclosed(s, i);
		if (group === null) break;
		const paren = holdsWordClass(s.charCodeAt(i));
		if (!paren && ipa === null && isIpa(s, group.from, group.to, s.charCodeAt(i) === 91)) ipa = s.slice(group.from, group.to).trim();
		else if (paren && pos === null && isWordClass(s.slice(group.from, group.to).trim())) pos = s.slice(group.from, group.to).trim();
		else if (paren && ipa === null && isSlashedIpa(s, group.from, group.to)) ipa = s.slice(group.from, group.to).trim().slice(1, -1).trim(); // (/ˈstɪə/)
		else break;
		i = group.to + 1;
	}
	if (!colon) {
		const c = s.charCodeAt(i);
		if (c === 0xff1a || c === 58) i++; // ： :
		else if ((c === 45 || c === 0x2013 || c === 0x2014) && s.charCodeAt(i + 1) === 32) i += 2; // - – —
		else if ((ipa === null && pos === null && !(bold && meaningFollowsBold(text, s, i, hot))) || i >= s.length) return null;
	}
	let rest = s.slice(i).trim();
	// An IPA right after the colon.
	const after = ipa === null ? enclosed(rest, 0) : null;
	if (after && !holdsWordClass(rest.charCodeAt(0)) && isIpa(rest, after.from, after.to, rest.charCodeAt(0) === 91)) {
		ipa = rest.slice(after.from, after.to).trim();
		rest = rest.slice(after.to + 1).trim();
	}
	// Bold in a meaning (`（**Google** 自研的芯片）`) goes, as in a term and a table's cells: a meaning is plain text.
	const split = splitPos(squash(stripBold(rest)));
	return { term, ipa, pos: pos ?? split.pos, meaning: split.meaning, hot };
}

/** An IPA some generators write as code, `` `/ˈkɒfi/` `` or `` `[ˈkɒfi]` ``, without its backticks; `s` itself when it has none. */
function codeIpaUnwrapped(s: string): string {
	return s.includes('`') ? s.replace(CODE_IPA, '$1') : s;
}

const CODE_IPA = /`([/[][^`/[\]]*[/\]])`/g;

/** The meaning on a definition list's `: meaning` line (under its term's line), or null for any other line. */
export function definitionText(line: string): string | null {
	const at = indent(line);
	return line.charCodeAt(at) === 58 && isSpaceOrTab(line.charCodeAt(at + 1)) ? line.slice(at + 2).trim() : null; // :
}

/**
 * A term on a line of its own with no bullet, as some generators list them under a label: `grow out of — 起源于 🔥`,
 * `**swing**：摇摆乐`. Its term must be in Latin letters (`注意：…` is a remark), and open the line.
 */
export function plainTermLine(line: string): TermFields | null {
	const s = line.trim();
	if (!s.startsWith('**')) {
		// A plain term is letters: a line cut out of a bullet (`ce** /ˈnjuːɑːns/：…`, `si/：…`) is no term.
		const c = s.charCodeAt(0) | 32;
		if (!(c >= 97 && c <= 122) || s.includes('*')) return null;
	}
	const term = parseTermBullet(s);
	return term !== null && !hasCjk(term.term) && !term.term.includes('/') ? term : null;
}

/**
 * Whether what follows a bold term with no colon is its meaning: after a 🔥 (`**term** 🔥 meaning`), a dictionary's word
 * class (`**sag** v. 下垂`) or a short Chinese meaning (`**all you get is** 你得到的只有……`).
 */
function meaningFollowsBold(text: string, s: string, i: number, hot: boolean): boolean {
	return (hot && markAfterBoldTerm(text)) || abbreviationEnd(s, i) >= 0 || hanMeaningAt(s, i);
}

/**
 * Whether a short Chinese meaning starts at i, after a space that follows a bold term (`**all you get is** 你得到的只有……`):
 * it needs no colon. A colon, bold or a full stop after it tells a paragraph or a garbled bullet, which stays unread.
 */
function hanMeaningAt(s: string, i: number): boolean {
	const code = s.charCodeAt(i);
	if (!((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) || !isSpaceOrTab(s.charCodeAt(i - 1))) return false;
	for (let k = i; k < s.length; k++) {
		const c = s.charCodeAt(k);
		if (c === 0xff1a || c === 58 || c === 42 || c === 0x3002) return false; // ： : * 。
	}
	return true;
}

/** Whether a 🔥 or ⭐ stands between a bold term and a space (`**term** 🔥 meaning`): it parts the term from its meaning, as a colon does. */
function markAfterBoldTerm(text: string): boolean {
	if (!text.startsWith('**')) return false;
	const close = text.indexOf('**', 2);
	if (close < 0) return false;
	let i = close + 2;
	while (isSpaceOrTab(text.charCodeAt(i))) i++;
	if (text.startsWith('🔥', i)) i += 2;
	else if (text.startsWith('⭐', i)) i += text.charCodeAt(i + 1) === 0xfe0f ? 2 : 1;
	else return false;
	return isSpaceOrTab(text.charCodeAt(i));
}

/** Whether s[from, to) is an IPA in slashes, as a parenthesis may hold one: `(/stɪə/)`. */
function isSlashedIpa(s: string, from: number, to: number): boolean {
	while (s.charCodeAt(from) === 32) from++;
	while (s.charCodeAt(to - 1) === 32) to--;
	return to - from > 2 && s.charCodeAt(from) === 47 && s.charCodeAt(to - 1) === 47 && isIpa(s, from + 1, to - 1); // /
}

/** The inside of a `/…/`, `[…]`, `(…)` or `（…）` group opening at i (up to 80 characters), or null. */
function enclosed(s: string, i: number): { from: number; to: number } | null {
	const close = closerOf(s.charCodeAt(i));
	if (close === null) return null;
	const end = s.indexOf(close, i + 1);
	return end > i + 1 && end - i <= 80 ? { from: i + 1, to: end } : null;
}

/** The closing mark of a group `enclosed` reads, by the opening mark's code: a Chinese character read as a string is a new string. */
function closerOf(open: number): string | null {
	switch (open) {
		case 47: return '/';
		case 91: return ']';
		case 40: return ')';
		case 0xff08: return '）';
		case 42: return '*';
		case 95: return '_';
		default: return null;
	}
}

/** Whether a group opening with this code may hold a word class, not an IPA: `(n.)`, `（名词）`, `*n.*`, `_verb_`. */
function holdsWordClass(open: number): boolean {
	return open === 40 || open === 0xff08 || open === 42 || open === 95;
}

function firstColon(s: string): number {
	return firstOf(s, '：', ':');
}

/** The index of the first ` - `, ` – ` or ` — ` in s (of its first space), or -1. */
function firstSpacedDash(s: string): number {
	for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) {
		const c = s.charCodeAt(i + 1);
		if ((c === 45 || c === 0x2013 || c === 0x2014) && s.charCodeAt(i + 2) === 32) return i;
	}
	return -1;
}

/** The index of the first `a` or `b` in s, or -1. */
function firstOf(s: string, a: string, b: string): number {
	const i = s.indexOf(a);
	const j = s.indexOf(b);
	if (i < 0) return j;
	if (j < 0) return i;
	return Math.min(i, j);
}

/** Takes a `/IPA/` off the end of a bold term (`**inference /ˈɪnfərəns/**`); `P50 / P90` is no IPA. */
function splitIpa(s: string): { ipa: string | null; rest: string } {
	const t = s.trim();
	if (t.endsWith('/')) {
		const open = t.lastIndexOf('/', t.length - 2);
		if (open > 0 && t[open - 1] === ' ' && isIpa(t, open + 1, t.length - 1)) return { ipa: t.slice(open + 1, -1).trim(), rest: t.slice(0, open).trim() };
	}
	return { ipa: null, rest: s };
}

/**
 * Whether s[from, to) reads as a transcription: lower-case Latin and IPA letters, stress and length
 * marks, combining diacritics, spaces and a few separators; no digit, capital or Han character.
 * In brackets (`[idiom]` is no IPA) it must hold an IPA letter or mark beyond plain a–z.
 */
export function isIpa(s: string, from: number, to: number, needsIpaLetter = false): boolean {
	let letters = 0;
	let special = !needsIpaLetter;
	for (let i = from; i < to; i++) {
		const c = s.charCodeAt(i);
		if (c >= 97 && c <= 122) letters++;
		else if ((c >= 0xdf && c <= 0x2af && c !== 0xf7) || c === 0x3b8 || c === 0x3b2 || c === 0x3c7 || (c >= 0x1d00 && c <= 0x1dbf)) {
			letters++;
			special = true;
		} else if (c >= 0x2b0 && c <= 0x36f) special = true;
		else if (!(c === 32 || c === 46 || c === 44 || c === 45 || c === 40 || c === 41 || c === 39 || c === 0x203f)) return false;
	}
	return letters > 0 && special;
}

const ABBREVIATED_CLASSES = new Set(['n.', 'v.', 'adj.', 'adv.', 'prep.', 'phr.', 'abbr.', 'vt.', 'vi.', 'conj.', 'pron.']);
const WORD_CLASSES = new Set([
	...CHINESE_WORD_CLASSES,
	...ABBREVIATED_CLASSES,
	'noun', 'verb', 'adjective', 'adverb', 'phrase', 'phrasal verb', 'idiom', 'preposition', 'conjunction', 'n', 'v', 'adj', 'adv',
]);

/** True for `名词`, `名词/动词`, `动词（俚语）`: word classes, possibly joined by `/` and qualified. */
function isWordClass(field: string): boolean {
	if (WORD_CLASSES.has(field)) return true;
	let base = field;
	const paren = Math.max(base.indexOf('（'), base.indexOf('('));
	if (paren > 0) base = base.slice(0, paren);
	const lower = lowerCase(base);
	if (!lower.includes('/') && !lower.includes('、')) return isOneWordClass(lower.trim());
	return lower.split(/[/、]/).every((p) => isOneWordClass(p.trim()));
}

/** A word class, or abbreviations that make one (`phr. v.`, a phrasal verb). */
function isOneWordClass(field: string): boolean {
	return WORD_CLASSES.has(field) || (field.includes('. ') && field.split(' ').every((part) => ABBREVIATED_CLASSES.has(part)));
}

/**
 * `名词，meaning` or `n. meaning`: a word class in the first comma-separated field, or as a dictionary's abbreviation and a
 * space; either may be in italics (`*n.* meaning`, `_名词_，meaning`), as some generators write it.
 */
function splitPos(text: string): { pos: string | null; meaning: string } {
	const italic = enclosed(text, 0);
	if (italic !== null && (text.charCodeAt(0) === 42 || text.charCodeAt(0) === 95)) {
		const field = text.slice(italic.from, italic.to).trim();
		if (isWordClass(field)) return { pos: field, meaning: text.slice(italic.to + 1).replace(/^[\s,，]+/, '') };
	}
	const comma = firstOf(text, '，', ',');
	if (comma > 0) {
		const field = text.slice(0, comma).trim();
		if (isWordClass(field)) return { pos: field, meaning: text.slice(comma + 1).trim() };
	}
	const end = abbreviationEnd(text, 0);
	if (end < 0) return { pos: null, meaning: text };
	// Two abbreviations make one class: `phr. v.` is a phrasal verb.
	const second = abbreviationEnd(text, end + 1);
	const posEnd = second < 0 ? end : second;
	return { pos: text.slice(0, posEnd), meaning: text.slice(posEnd + 1).trim() };
}

/** Where a dictionary's abbreviated word class starting at `from` and followed by a space ends (after its dot), or -1. */
function abbreviationEnd(text: string, from: number): number {
	const dot = text.indexOf('. ', from);
	return dot > from && dot < from + 6 && ABBREVIATED_CLASSES.has(text.slice(from, dot + 1)) ? dot + 1 : -1;
}
