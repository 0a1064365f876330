/**
 * Inline Markdown in a unit's English, read as Obsidian would draw it: `*emphasis*`, `==highlights==`, `~~strikes~~`,
 * `` `code` ``, `<u>tags</u>`, `[links](https://…)`, `[[wikilinks|aliases]]`, `[^footnote]` marks and `\` escapes.
 * The English keeps them as written (term spans and markup offsets index it); this says which characters are
 * syntax, which runs are styled and where brackets are Markdown's, not the lesson's `{ [ ( ) ] }` markup.
 */

/** `footnote` is a footnote mark's name (`1` of `[^1]`), drawn raised, left out of a sentence. */
export type InlineStyle = 'em' | 'strong' | 'mark' | 'del' | 'code' | 'u' | 'sup' | 'sub' | 'footnote';

export interface InlineRange {
	start: number;
	end: number;
}

export interface StyledRange extends InlineRange {
	style: InlineStyle;
}

/** A link's shown text [start, end) and where it leads: a note (`internal`) or a web address. */
export interface LinkRange extends InlineRange {
	href: string;
	internal: boolean;
}

export interface InlineMarkdown {
	/** Syntax characters (markers, a link's brackets and address, tags), in order, apart: not shown, not read. */
	hidden: InlineRange[];
	/** `<br>` tags, hidden too: a line break where each stands (in a sentence, a space). */
	breaks: InlineRange[];
	/** Where brackets belong to Markdown (a link, a wikilink, a footnote mark, code, an escape): no syntax markup. */
	opaque: InlineRange[];
	styles: StyledRange[];
	links: LinkRange[];
}

export const NO_INLINE: InlineMarkdown = Object.freeze({ hidden: [], breaks: [], opaque: [], styles: [], links: [] });

/** Characters that may open inline Markdown: text without any is read with one native search. */
const OPENERS = /[*_=~`<[\\]/;

/** Characters that may open syntax, or close syntax found ahead. */
const CANDIDATES = /[*_=~`<[\\!\]]/g;

/** A Map, not an object: `<constructor>` in an English names no style. */
const TAG_STYLES = new Map<string, InlineStyle>([
	['em', 'em'], ['i', 'em'], ['strong', 'strong'], ['b', 'strong'], ['mark', 'mark'], ['del', 'del'], ['s', 'del'],
	['u', 'u'], ['ins', 'u'], ['sup', 'sup'], ['sub', 'sub'], ['code', 'code'],
]);

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*)?\/?>/y;
/** `[^note]`: a footnote mark, its name without space or bracket. */
const FOOTNOTE = /\[\^[^\s[\]]+\]/y;
/** `(address)` right after a link's text: no space, parentheses inside only in pairs (`…/Java_(language)`). */
const ADDRESS = /\(((?:[^\s()]|\([^\s()]*\))+)\)/y;
const BRACKET_OR_BREAK = /[[\]\n]/g;

export function readInline(text: string): InlineMarkdown {
	if (!OPENERS.test(text)) return NO_INLINE;
	return new InlineReader(text).read();
}

class InlineReader {
	private readonly hidden: InlineRange[] = [];
	private readonly breaks: InlineRange[] = [];
	private readonly opaque: InlineRange[] = [];
	private readonly styles: StyledRange[] = [];
	private readonly links: LinkRange[] = [];
	/** Syntax found ahead of the scan (a closing marker, a link's address), by where it starts: skipped when reached. */
	private readonly ahead = new Map<number, number>();
	/** Open style tags, innermost last. */
	private readonly tags: { name: string; end: number }[] = [];

	constructor(private readonly text: string) {}

	read(): InlineMarkdown {
		// From one character that may open or close syntax to the next, by a native search.
		for (let i = 0; i < this.text.length; ) {
			CANDIDATES.lastIndex = i;
			if (!CANDIDATES.test(this.text)) break;
			i = CANDIDATES.lastIndex - 1;
			i = this.ahead.get(i) ?? this.at(i);
		}
		const byStart = (a: InlineRange, b: InlineRange) => a.start - b.start || b.end - a.end;
		this.hidden.sort(byStart);
		this.opaque.sort(byStart);
		this.styles.sort(byStart);
		return { hidden: this.hidden, breaks: this.breaks, opaque: this.opaque, styles: this.styles, links: this.links };
	}

	/** Reads what opens at i; the index to go on from. */
	private at(i: number): number {
		const s = this.text;
		const c = s[i];
		if (c === '\\' && isEscape(s, i)) return this.escape(i);
		if (c === '`') return this.code(i);
		if (c === '[') return this.bracket(i, false);
		if (c === '!' && s[i + 1] === '[') return this.bracket(i + 1, true);
		if (c === '*' || c === '_') return this.emphasis(i, c);
		if ((c === '=' || c === '~') && s[i + 1] === c) return this.pair(i, c === '=' ? 'mark' : 'del');
		if (c === '<') return this.tag(i);
		return i + 1;
	}

	private escape(i: number): number {
		this.hide(i, i + 1);
		this.opaque.push({ start: i, end: i + 2 });
		return i + 2;
	}

	/** `` `code` `` (or ``` ``a b`` ```): its inside read as it is, up to the next run of as many backticks. */
	private code(i: number): number {
		const end = codeEnd(this.text, i);
		let n = 1;
		while (this.text[i + n] === '`') n++;
		if (end < 0) return i + n;
		this.hide(i, i + n);
		this.hide(end - n, end);
		this.styles.push({ style: 'code', start: i + n, end: end - n });
		this.opaque.push({ start: i, end });
		return end;
	}

	/** `[[note|alias]]`, `[^1]` or `[text](address)`, with `!` before it for an embed; else a bracket of the markup. */
	private bracket(i: number, bang: boolean): number {
		const s = this.text;
		const from = bang ? i - 1 : i;
		const next = bang ? i : i + 1;
		if (s[i + 1] === '[') {
			const close = wikilinkClose(s, i);
			if (close < 0) return next;
			const inner = s.slice(i + 2, close);
			const bar = inner.indexOf('|');
			const shown = bar < 0 ? i + 2 : i + 3 + bar;
			this.hide(from, shown);
			this.hide(close, close + 2);
			this.links.push({ start: shown, end: close, href: (bar < 0 ? inner : inner.slice(0, bar)).trim(), internal: true });
			this.opaque.push({ start: from, end: close + 2 });
			return close + 2;
		}
		if (s[i + 1] === '^' && !bang) {
			const close = footnoteClose(s, i);
			if (close < 0) return next;
			this.hide(i, i + 2);
			this.hide(close, close + 1);
			this.styles.push({ style: 'footnote', start: i + 2, end: close });
			this.opaque.push({ start: i, end: close + 1 });
			return close + 1;
		}
		const close = nextBracket(s, i + 1);
		const end = close < 0 || s[close] !== ']' ? -1 : linkEnd(s, close);
		if (end < 0) return next;
		const address = s.slice(close + 2, end - 1);
		this.hide(from, i + 1);
		this.hide(close, end);
		this.ahead.set(close, end);
		const internal = !/^[a-z][a-z0-9+.-]*:/i.test(address);
		this.links.push({ start: i + 1, end: close, href: internal ? safeDecode(address) : address, internal });
		this.opaque.push({ start: from, end: i + 1 }, { start: close, end });
		return i + 1;
	}

	/** `*text*` or `_text_` up to the next such marker on the line, flanking text (an `_` not inside a word): emphasis. */
	private emphasis(i: number, mark: string): number {
		const s = this.text;
		const j = s.indexOf(mark, i + 2);
		if (j < 0 || !isText(s[i + 1]) || !isText(s[j - 1]) || this.ahead.has(j)) return i + 1;
		if (mark === '_' && (isWordChar(s[i - 1]) || isWordChar(s[j + 1]))) return i + 1;
		if (s.slice(i, j).includes('\n')) return i + 1;
		this.hide(i, i + 1);
		this.hide(j, j + 1);
		this.ahead.set(j, j + 1);
		this.styles.push({ style: 'em', start: i + 1, end: j });
		return i + 1;
	}

	/** `==text==` or `~~text~~`, up to the next such marker on the line. */
	private pair(i: number, style: InlineStyle): number {
		const s = this.text;
		const j = s.indexOf(s.slice(i, i + 2), i + 2);
		if (j < 0 || !isText(s[i + 2]) || !isText(s[j - 1]) || this.ahead.has(j) || s.slice(i, j).includes('\n')) return i + 2;
		this.hide(i, i + 2);
		this.hide(j, j + 2);
		this.ahead.set(j, j + 2);
		this.styles.push({ style, start: i + 2, end: j });
		return i + 2;
	}

	/** An HTML tag: hidden; a style tag's inside styled up to its closing tag. */
	private tag(i: number): number {
		TAG.lastIndex = i;
		const match = TAG.exec(this.text);
		if (match === null) return i + 1;
		const end = i + match[0].length;
		const name = match[2].toLowerCase();
		this.hide(i, end);
		if (name === 'br') this.breaks.push({ start: i, end });
		const style = TAG_STYLES.get(name);
		if (style !== undefined) {
			if (match[1] === '') this.tags.push({ name, end });
			else {
				let open = this.tags.length - 1;
				while (open >= 0 && this.tags[open].name !== name) open--;
				if (open >= 0) {
					this.styles.push({ style, start: this.tags[open].end, end: i });
					this.tags.splice(open);
				}
			}
		}
		return end;
	}

	private hide(start: number, end: number): void {
		this.hidden.push({ start, end });
	}
}

/**
 * Whether the character at i opens or closes Markdown in which brackets are text: a wikilink's `[[`, a footnote
 * mark's `[^`, a link's `](address)`, code, an escape. What the markup scan asks before it reads a bracket as markup.
 */
export function opensMarkdown(s: string, i: number): boolean {
	switch (s[i]) {
		case '[': return (s[i + 1] === '[' && wikilinkClose(s, i) >= 0) || (s[i + 1] === '^' && footnoteClose(s, i) >= 0);
		case ']': return s[i + 1] === '(' && linkEnd(s, i) >= 0;
		case '`': return codeEnd(s, i) >= 0;
		case '\\': return isEscape(s, i);
		default: return false;
	}
}

/** The index of the `]]` closing the wikilink whose `[[` is at i, or -1: its inside holds no bracket, `[[[x]]]` is nested markup. */
function wikilinkClose(s: string, i: number): number {
	const close = nextBracket(s, i + 2);
	if (close < 0 || s[close] !== ']' || s[close + 1] !== ']' || s.slice(i + 2, close).trim() === '') return -1;
	return s[i - 1] === '[' || s[close + 2] === ']' ? -1 : close;
}

/** The index of the `]` closing the footnote mark `[^name]` at i, or -1. */
function footnoteClose(s: string, i: number): number {
	FOOTNOTE.lastIndex = i;
	const mark = FOOTNOTE.exec(s);
	return mark === null ? -1 : i + mark[0].length - 1;
}

/**
 * Where the `(address)` after a link's `]` at `close` ends, or -1: `[going this way](actually)` is markup, a modifier
 * and an aside, for an address has no space and looks like one (a `:`, `/`, `.` or `#` in it).
 */
function linkEnd(s: string, close: number): number {
	ADDRESS.lastIndex = close + 1;
	const address = ADDRESS.exec(s)?.[1];
	return address !== undefined && /[:/.#]/.test(address) ? close + address.length + 3 : -1;
}

/** Where the code span whose backticks open at i ends (after the run of as many that closes it), or -1. */
function codeEnd(s: string, i: number): number {
	let n = 1;
	while (s[i + n] === '`') n++;
	const j = s.indexOf('`', i + n);
	let end = j;
	while (end >= 0 && s[end] === '`') end++;
	return j < 0 || end - j !== n ? -1 : end;
}

/** A backslash before ASCII punctuation: that character as it is. */
function isEscape(s: string, i: number): boolean {
	return i + 1 < s.length && /[!-/:-@[-`{-~]/.test(s[i + 1]);
}

/** The index of the first `[`, `]` or line break from `from`, or -1. */
function nextBracket(s: string, from: number): number {
	BRACKET_OR_BREAK.lastIndex = from;
	return BRACKET_OR_BREAK.test(s) ? BRACKET_OR_BREAK.lastIndex - 1 : -1;
}

/** A character a marker may touch on its inner side: not white space, not the end. */
function isText(c: string | undefined): boolean {
	return c !== undefined && c.trim() !== '';
}

function isWordChar(c: string | undefined): boolean {
	return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/**
 * `text` with its syntax characters (markers, a link's brackets and address, tags) as spaces: the words a term may be
 * found at, at their offsets. `text` itself when it has none.
 */
export function wordsOnly(text: string): string {
	const { hidden } = readInline(text);
	if (hidden.length === 0) return text;
	let out = '';
	let at = 0;
	for (const { start, end } of hidden) {
		if (start < at) continue;
		out += text.slice(at, start) + ' '.repeat(end - start);
		at = end;
	}
	return out + text.slice(at);
}

/** `My%20note.md` as the note's name; an address that is no valid escape stays as written. */
function safeDecode(address: string): string {
	try {
		return decodeURI(address);
	} catch {
		return address;
	}
}
