import { lineAt } from '../lines';
import { readYamlValue, type YamlValue } from './yaml';

/**
 * A note split around its frontmatter, line by line, so that entries the plugin does not own,
 * comments, blank lines and each line's own ending come back out byte for byte.
 */
export interface SplitNote {
	/** Everything before the first YAML line: a byte order mark if any, the opening `---` and its line ending. */
	head: string;
	/** The line ending for lines the plugin adds: the opening fence's (or, without frontmatter, the note's first). */
	eol: string;
	/** The YAML lines between the fences (without endings), or null when the note has no frontmatter. */
	yaml: string[] | null;
	/** Each YAML line's own ending. */
	ends: string[];
	/** The closing fence with its line ending, then everything after it (the whole note when there is no frontmatter). */
	close: string;
	body: string;
}

/** A top-level entry: its line range in the YAML (`key:` line and continuation lines) and its value. */
export interface Entry {
	from: number;
	to: number;
	/** Where the value starts on the `key:` line (after the colon). */
	valueFrom: number;
	/** Undefined when the value is outside the readable slice of YAML. */
	value: YamlValue | undefined;
}

export function splitNote(text: string): SplitNote {
	const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
	const first = lineAt(text, 0);
	const eol = first.next > first.end ? text.slice(first.end, first.next) : '\n';
	const none: SplitNote = { head: '', eol, yaml: null, ends: [], close: '', body: text };
	if (text.slice(bom.length, first.end) !== '---' || first.next === first.end) return none;
	// Read line by line up to the closing fence only: the body, most of a lesson, is never split.
	const yaml: string[] = [];
	const ends: string[] = [];
	for (let line = lineAt(text, first.next); ; line = lineAt(text, line.next)) {
		if (line.end - line.start === 3 && text.startsWith('---', line.start)) {
			return { head: text.slice(0, first.next), eol, yaml, ends, close: text.slice(line.start, line.next), body: text.slice(line.next) };
		}
		// No closing fence: not frontmatter, so the whole note is body.
		if (line.next === line.end) return none;
		yaml.push(text.slice(line.start, line.end));
		ends.push(text.slice(line.end, line.next));
	}
}

export function joinNote(note: SplitNote): string {
	if (note.yaml === null) return note.body;
	return note.head + note.yaml.map((line, i) => line + (note.ends[i] ?? note.eol)).join('') + note.close + note.body;
}

/** `"term"` or `'term'` → `term`: YAML allows quoted keys. */
const KEY = /^("[^"]*"|'[^']*'|[^\s#\-"'][^:]*):(?:[ \t]|$)/;

/** The top-level entries by key (the first one when a key repeats). */
export function readEntries(yaml: readonly string[]): Map<string, Entry> {
	const found = new Map<string, Entry>();
	for (let i = 0; i < yaml.length; i++) {
		const match = KEY.exec(yaml[i]);
		if (!match) continue;
		let to = i + 1;
		let last = i + 1;
		while (to < yaml.length && /^([ \t]|-|$)/.test(yaml[to])) {
			to++;
			// Trailing blank or comment lines stay outside the entry, so a rewrite keeps them.
			if (!/^\s*(#|$)/.test(yaml[to - 1])) last = to;
		}
		const raw = match[1].trim();
		const key = /^["']/.test(raw) ? raw.slice(1, -1) : raw;
		if (!found.has(key)) found.set(key, { from: i, to: last, valueFrom: match[0].length, value: readYamlValue(yaml[i].slice(match[0].length), yaml.slice(i + 1, last)) });
		i = last - 1;
	}
	return found;
}

/** A frontmatter property of a note: undefined when absent or not in the readable slice of YAML. */
export function readProperty(text: string, key: string): YamlValue | undefined {
	const { yaml } = splitNote(text);
	return yaml ? readEntries(yaml).get(key)?.value : undefined;
}
