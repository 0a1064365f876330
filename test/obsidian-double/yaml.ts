import { parse } from 'yaml';

export type YamlValue = string | number | boolean | null | YamlValue[];
export type YamlRecord = Record<string, YamlValue>;

/**
 * Frontmatter as a real YAML parser (the `yaml` package, YAML 1.2) reads it, so the double never checks
 * the plugin's YAML with the plugin's own reader. Like Obsidian's, it throws on what YAML cannot read
 * (a repeated key, an unclosed quote or bracket); a document that is no mapping reads as no properties.
 */
export function parseYaml(yaml: string): YamlRecord {
	const value: unknown = parse(yaml);
	return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as YamlRecord) : {};
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

/** Whether a plain `text` would read back as something else. */
function needsQuotes(text: string): boolean {
	if (text === '' || text !== text.trim() || text.includes('\n')) return true;
	try {
		return parseYaml(`k: ${text}`).k !== text;
	} catch {
		return true;
	}
}

/** Splits a note into its frontmatter YAML (without the `---` lines) and the body after it. */
export function splitFrontmatter(text: string): { yaml: string | null; body: string; endLine: number } {
	const lines = text.split('\n');
	if (lines[0] !== '---') return { yaml: null, body: text, endLine: -1 };
	const close = lines.indexOf('---', 1);
	if (close < 0) return { yaml: null, body: text, endLine: -1 };
	return { yaml: lines.slice(1, close).join('\n'), body: lines.slice(close + 1).join('\n'), endLine: close };
}
