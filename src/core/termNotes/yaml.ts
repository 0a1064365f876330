/**
 * The small slice of YAML the term notes own: scalars and lists of scalars. Anything richer is
 * reported as unreadable (undefined) rather than guessed at, so the caller can leave it alone or
 * replace an owned key outright.
 */

export type YamlValue = string | boolean | null | string[];

/** Reads one top-level entry's value: the text after `key:` plus its continuation lines. */
export function readYamlValue(inline: string, continuation: readonly string[]): YamlValue | undefined {
	const head = stripComment(inline).trim();
	const items = continuation.filter((line) => !isBlankOrComment(line));
	if (head === '') {
		if (items.length === 0) return null;
		const list: string[] = [];
		// Every item stands where the first does: YAML reads `- a` over a deeper `- b` as the one item "a - b".
		const indent = items[0].length - items[0].trimStart().length;
		for (const line of items) {
			const match = /^(\s*)- (.*)$/.exec(line) ?? /^(\s*)-()$/.exec(line);
			if (!match || match[1].length !== indent) return undefined;
			const item = readScalar(stripComment(match[2]).trim());
			if (typeof item !== 'string') return undefined;
			list.push(item);
		}
		return list;
	}
	const block = /^([|>])([-+]?)$/.exec(head);
	if (block) return readBlockScalar(continuation, block[1] === '>', block[2]);
	if (items.length > 0) {
		// A plain scalar continued on indented lines: YAML folds them with spaces.
		if (/^["'[{|>]/.test(head) || items.some((line) => /^\s*-( |$)/.test(line) || /:( |$)/.test(line))) return undefined;
		return [head, ...items.map((line) => stripComment(line).trim())].join(' ');
	}
	if (head.startsWith('[')) return readFlowList(head);
	return readScalar(head);
}

/** `|` keeps line breaks, `>` folds them into spaces; `-` strips the final break, `+` keeps trailing blank lines. */
function readBlockScalar(lines: readonly string[], folded: boolean, chomp: string): string {
	const kept = lines.map((line) => line.trim());
	while (chomp !== '+' && kept[kept.length - 1] === '') kept.pop();
	const text = kept.join(folded ? ' ' : '\n');
	return chomp === '-' ? text : `${text}\n`;
}

/**
 * Where the value of a `key: value  # comment` line sits, from `from` on: without the comment and the spaces around it.
 * An empty value sits at `from`, so a value written there keeps the spaces before a comment after it.
 */
export function valueRange(line: string, from: number): { start: number; end: number } {
	const value = stripComment(line.slice(from));
	const lead = value.length - value.trimStart().length;
	if (lead === value.length) return { start: from, end: from };
	return { start: from + lead, end: from + value.trimEnd().length };
}

/** The raw items of a one-line flow list `[a, "b, c"]` (the text between its brackets), or null when it is not one. */
export function flowItems(text: string): string[] | null {
	const trimmed = text.trim();
	if (!trimmed.startsWith('[') || !trimmed.endsWith(']')) return null;
	const body = trimmed.slice(1, -1);
	if (body.trim() === '') return [];
	const parts: string[] = [];
	for (let start = 0; ; ) {
		const at = findUnquoted(body, start, (c) => c === ',');
		parts.push(body.slice(start, at === -1 ? body.length : at).trim());
		if (at === -1) return parts;
		start = at + 1;
	}
}

/** One list item's value as YAML reads it (a raw `- item` text or flow item), or undefined. */
export function readItem(raw: string): string | undefined {
	const item = readScalar(stripComment(raw).trim());
	return typeof item === 'string' ? item : undefined;
}

/** Serialises an owned entry: `key: value` or `key:` with an indented block list. */
export function writeYamlEntry(key: string, value: string | boolean | string[]): string[] {
	if (typeof value === 'boolean') return [`${key}: ${String(value)}`];
	if (typeof value === 'string') return [`${key}: ${writeScalar(value)}`];
	if (value.length === 0) return [`${key}: []`];
	return [`${key}:`, ...value.map((item) => `  - ${writeScalar(item)}`)];
}

function isBlankOrComment(line: string): boolean {
	const trimmed = line.trim();
	return trimmed === '' || trimmed.startsWith('#');
}

/** Drops a ` # comment` outside quotes. */
function stripComment(text: string): string {
	const at = findUnquoted(text, 0, (c, i) => c === '#' && (i === 0 || /\s/.test(text[i - 1])));
	return at === -1 ? text : text.slice(0, at);
}

/** Index of the first character at or after `from`, outside quotes, for which `stop` holds; -1 when none. */
function findUnquoted(text: string, from: number, stop: (c: string, i: number) => boolean): number {
	let quote: string | null = null;
	for (let i = from; i < text.length; i++) {
		const c = text[i];
		if (quote) {
			if (c === '\\' && quote === '"') i++;
			else if (c === quote) quote = null;
		} else if (c === '"' || c === "'") quote = c;
		else if (stop(c, i)) return i;
	}
	return -1;
}

function readScalar(text: string): string | boolean | null | undefined {
	if (text === '~' || text === 'null') return null;
	if (text === 'true' || text === 'false') return text === 'true';
	if (text.startsWith('"')) return readDoubleQuoted(text);
	if (text.startsWith("'")) {
		if (text.length < 2 || !text.endsWith("'")) return undefined;
		const body = text.slice(1, -1);
		return /(^|[^'])'([^']|$)/.test(body) ? undefined : body.replace(/''/g, "'");
	}
	if (/^[[{|>&*!%@`]/.test(text)) return undefined;
	return text;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', '/': '/', '0': '\0' };

function readDoubleQuoted(text: string): string | undefined {
	let out = '';
	for (let i = 1; i < text.length; i++) {
		const c = text[i];
		if (c === '"') return i === text.length - 1 ? out : undefined;
		if (c !== '\\') {
			out += c;
			continue;
		}
		const e = text[++i];
		if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) {
			out += String.fromCharCode(parseInt(text.slice(i + 1, i + 5), 16));
			i += 4;
		} else if (e in ESCAPES) out += ESCAPES[e];
		else return undefined;
	}
	return undefined;
}

/** `[a, "b, c", 'd']` — a one-line list of scalars. */
function readFlowList(text: string): string[] | undefined {
	if (!text.endsWith(']')) return undefined;
	const body = text.slice(1, -1).trim();
	if (body === '') return [];
	const parts: string[] = [];
	for (let start = 0; ; ) {
		const at = findUnquoted(body, start, (c) => c === ',' || c === '[' || c === '{');
		if (at !== -1 && body[at] !== ',') return undefined;
		parts.push(body.slice(start, at === -1 ? body.length : at).trim());
		if (at === -1) break;
		start = at + 1;
	}
	const list: string[] = [];
	for (const part of parts) {
		const item = readScalar(part);
		if (typeof item !== 'string') return undefined;
		list.push(item);
	}
	return list;
}

/**
 * C0 controls and DEL: not allowed raw in YAML (Obsidian's reader rejects the whole frontmatter), so escaped. And the line
 * and paragraph separators, which a list item cannot hold raw and still be read back as one item by this module's reader.
 */
const mustEscape = (c: string) => c < ' ' || c === '\u007f' || c === '\u2028' || c === '\u2029';

/** Plain when YAML would read it back as the same string, else double-quoted. */
export function writeScalar(value: string): string {
	const plain =
		value !== '' &&
		value === value.trim() &&
		!/^[-?:,[\]{}#&*!|>'"%@`~]/.test(value) &&
		!/[:#\\]/.test(value) &&
		![...value].some(mustEscape) &&
		!/^(true|false|null|yes|no|on|off|[-+.\d][\d._eE+-]*)$/i.test(value);
	if (plain) return value;
	let out = '"';
	for (const c of value) {
		if (c === '"' || c === '\\') out += '\\' + c;
		else if (c === '\n') out += '\\n';
		else if (c === '\t') out += '\\t';
		else if (c === '\r') out += '\\r';
		else if (mustEscape(c)) out += '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');
		else out += c;
	}
	return out + '"';
}
