import { readYamlValue, type YamlValue } from './yaml';

/**
 * A note split around its frontmatter, line by line, so that entries the plugin does not own,
 * comments and blank lines come back out byte for byte.
 */
export interface SplitNote {
	/** The note's line ending, as its first line has it (or, without frontmatter, its first `\r\n`). */
	eol: string;
	/** The YAML lines between the fences, or null when the note has no frontmatter. */
	yaml: string[] | null;
	/** Everything after the closing fence's line ending (the whole note when there is no frontmatter). */
	body: string;
}

/** A top-level entry: its line range in the YAML (`key:` line and continuation lines) and its value. */
export interface Entry {
	from: number;
	to: number;
	/** Undefined when the value is outside the readable slice of YAML. */
	value: YamlValue | undefined;
}

export function splitNote(text: string): SplitNote {
	const eol = text.startsWith('---\r\n') || (!text.startsWith('---\n') && text.includes('\r\n')) ? '\r\n' : '\n';
	const open = `---${eol}`;
	if (!text.startsWith(open)) return { eol, yaml: null, body: text };
	let at = open.length;
	const yaml: string[] = [];
	while (at <= text.length) {
		const next = text.indexOf(eol, at);
		const line = text.slice(at, next === -1 ? text.length : next);
		if (line === '---') return { eol, yaml, body: next === -1 ? '' : text.slice(next + eol.length) };
		if (next === -1) break;
		yaml.push(line);
		at = next + eol.length;
	}
	// No closing fence: not frontmatter, so the whole note is body.
	return { eol, yaml: null, body: text };
}

export function joinNote(note: SplitNote): string {
	if (note.yaml === null) return note.body;
	const { eol } = note;
	return `---${eol}${note.yaml.map((line) => line + eol).join('')}---${eol}${note.body}`;
}

/** The top-level entries by key (the first one when a key repeats). */
export function readEntries(yaml: readonly string[]): Map<string, Entry> {
	const found = new Map<string, Entry>();
	for (let i = 0; i < yaml.length; i++) {
		const match = /^([^\s#-][^:]*):(?:[ \t]|$)/.exec(yaml[i]);
		if (!match) continue;
		let to = i + 1;
		let last = i + 1;
		while (to < yaml.length && /^([ \t]|-|$)/.test(yaml[to])) {
			to++;
			// Trailing blank or comment lines stay outside the entry, so a rewrite keeps them.
			if (!/^\s*(#|$)/.test(yaml[to - 1])) last = to;
		}
		const key = match[1].trim();
		if (!found.has(key)) found.set(key, { from: i, to: last, value: readYamlValue(yaml[i].slice(match[0].length), yaml.slice(i + 1, last)) });
		i = last - 1;
	}
	return found;
}

/** A frontmatter property of a note: undefined when absent or not in the readable slice of YAML. */
export function readProperty(text: string, key: string): YamlValue | undefined {
	const { yaml } = splitNote(text);
	return yaml ? readEntries(yaml).get(key)?.value : undefined;
}

/** The `term` property of a note, or null when the note has none. */
export function readTermProperty(text: string): string | null {
	const value = readProperty(text, 'term');
	return typeof value === 'string' && value.trim() !== '' ? value : null;
}
