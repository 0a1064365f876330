/**
 * A small YAML subset, enough for frontmatter with flat keys (plain or quoted): scalars (plain,
 * quoted, numbers, booleans, null, block scalars `|` `>` with `-`/`+`) and lists (block `- item` or
 * inline `[a, b]`). Nested mappings are not supported. Like a real YAML parser it throws on what
 * it cannot read: a repeated key, an unclosed `[` or quote, a line that is not `key: value`.
 */

export type YamlValue = string | number | boolean | null | YamlValue[];
export type YamlRecord = Record<string, YamlValue>;

const KEY_LINE = /^("[^"]*"|'[^']*'|[^\s#:"'][^:]*):(?:\s+(.*))?$/;
const BLOCK_SCALAR = /^([|>])([-+]?)$/;

export function parseYaml(yaml: string): YamlRecord {
	const result: YamlRecord = {};
	let listKey: string | null = null;
	const lines = yaml.split('\n');
	for (let n = 0; n < lines.length; n++) {
		const line = lines[n];
		if (!line.trim() || line.trimStart().startsWith('#')) continue;
		const item = /^\s*-\s+(.*)$/.exec(line) ?? /^\s*-$/.exec(line);
		if (item && listKey !== null) {
			const list = (result[listKey] ??= []) as YamlValue[];
			list.push(parseScalar(item[1] ?? ''));
			continue;
		}
		const match = KEY_LINE.exec(line);
		if (!match) throw new Error(`Unsupported YAML line: ${line}`);
		const key = parseKey(match[1].trim());
		if (key in result) throw new Error(`Duplicated mapping key: ${key}`);
		const raw = (match[2] ?? '').trim();
		listKey = raw === '' ? key : null;
		const block = BLOCK_SCALAR.exec(raw.replace(/\s+#.*$/, ''));
		if (block) {
			const body: string[] = [];
			while (n + 1 < lines.length && (/^\s/.test(lines[n + 1]) || lines[n + 1] === '')) body.push(lines[++n].trim());
			result[key] = blockScalar(body, block[1] === '>', block[2]);
			continue;
		}
		// A key with nothing after it is null until list items follow it.
		result[key] = raw === '' ? null : parseValue(raw);
	}
	return result;
}

function parseKey(raw: string): string {
	return /^(["']).*\1$/.test(raw) ? String(parseScalar(raw)) : raw;
}

/** `|` keeps line breaks, `>` folds them into spaces; `-` strips the final break, `+` keeps trailing blank lines. */
function blockScalar(lines: string[], folded: boolean, chomp: string): string {
	const kept = [...lines];
	while (chomp !== '+' && kept[kept.length - 1] === '') kept.pop();
	const text = folded ? kept.join(' ') : kept.join('\n');
	return chomp === '-' ? text : `${text}\n`;
}

function parseValue(raw: string): YamlValue {
	const value = raw.replace(/\s+#[^"'\]]*$/, '');
	if (value.startsWith('[') && !value.endsWith(']')) throw new Error(`Unclosed flow sequence: ${raw}`);
	if (/^["']/.test(value) && !value.endsWith(value[0])) throw new Error(`Unclosed quoted scalar: ${raw}`);
	raw = value;
	if (raw.startsWith('[') && raw.endsWith(']')) {
		const inner = raw.slice(1, -1).trim();
		return inner ? splitInline(inner).map(parseScalar) : [];
	}
	return parseScalar(raw);
}

function splitInline(inner: string): string[] {
	const parts: string[] = [];
	let quote: string | null = null;
	let current = '';
	for (const ch of inner) {
		if (quote) {
			if (ch === quote) quote = null;
		} else if (ch === '"' || ch === "'") quote = ch;
		else if (ch === ',') {
			parts.push(current.trim());
			current = '';
			continue;
		}
		current += ch;
	}
	parts.push(current.trim());
	return parts;
}

function parseScalar(raw: string): YamlValue {
	const text = raw.trim();
	if (text.startsWith('"') && text.endsWith('"') && text.length >= 2) return JSON.parse(text) as string;
	if (text.startsWith("'") && text.endsWith("'") && text.length >= 2) return text.slice(1, -1).replace(/''/g, "'");
	const plain = text.replace(/\s+#.*$/, '');
	if (plain === '' || plain === '~' || plain === 'null') return null;
	if (plain === 'true' || plain === 'false') return plain === 'true';
	if (/^-?\d+(\.\d+)?$/.test(plain)) return Number(plain);
	return plain;
}

export function stringifyYaml(obj: Record<string, unknown>): string {
	let out = '';
	for (const [key, value] of Object.entries(obj)) {
		if (value === undefined) continue;
		if (Array.isArray(value)) {
			out += value.length === 0 ? `${key}: []\n` : `${key}:\n${value.map((v) => `  - ${scalar(v)}\n`).join('')}`;
		} else out += `${key}: ${scalar(value)}\n`;
	}
	return out;
}

function scalar(value: unknown): string {
	if (value === null) return 'null';
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (typeof value !== 'string') throw new Error(`Unsupported YAML value: ${JSON.stringify(value)}`);
	return needsQuotes(value) ? JSON.stringify(value) : value;
}

function needsQuotes(text: string): boolean {
	if (text === '' || text !== text.trim()) return true;
	if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(text)) return true;
	if (/: |\s#|\n/.test(text) || text.endsWith(':')) return true;
	return parseScalar(text) !== text;
}

/** Splits a note into its frontmatter YAML (without the `---` lines) and the body after it. */
export function splitFrontmatter(text: string): { yaml: string | null; body: string; endLine: number } {
	const lines = text.split('\n');
	if (lines[0] !== '---') return { yaml: null, body: text, endLine: -1 };
	const close = lines.indexOf('---', 1);
	if (close < 0) return { yaml: null, body: text, endLine: -1 };
	return { yaml: lines.slice(1, close).join('\n'), body: lines.slice(close + 1).join('\n'), endLine: close };
}
