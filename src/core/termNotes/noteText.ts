import { termKey } from '../termKey';
import { joinNote, readEntries, splitNote, type SplitNote } from './frontmatter';
import { writeYamlEntry, type YamlValue } from './yaml';

const BEGIN_MARK = '%% bilingual-lessons:begin';
export const REGION_BEGIN = `${BEGIN_MARK} — generated from your lessons; edits between these markers are replaced %%`;
export const REGION_END = '%% bilingual-lessons:end %%';
export const TERM_TAG = 'bilingual-lessons/term';

/**
 * The frontmatter values the plugin owns. `null` means "no opinion": an existing value is left as
 * the user has it. Lists in `aliases` and `tags` are merged in, never removed.
 */
export interface OwnedValues {
	term: string;
	ipa: string | null;
	pos: string | null;
	meaning: string | null;
	lessons: string[];
	hot: boolean | null;
	aliases: string[];
	tags: string[];
}

/** What a term note should contain: owned frontmatter values and the managed region's lines. */
export interface NoteContent {
	owned: OwnedValues;
	region: string[];
}

/**
 * The note's new text: `existing` with owned values and the managed region brought up to date, and
 * everything else kept byte for byte; or a fresh note when there is none. Returns `existing`
 * itself when nothing needs to change.
 */
export function mergeNoteText(existing: string | null, content: NoteContent): string {
	const note: SplitNote = existing === null ? { eol: '\n', yaml: [], body: '' } : splitNote(existing);
	const yaml = mergeOwned(note.yaml ?? [], content.owned);
	const body = mergeRegion(note.body, content.region, note.eol, existing === null);
	const merged = joinNote({ eol: note.eol, yaml, body });
	return existing !== null && merged === existing ? existing : merged;
}

function mergeOwned(yaml: string[], owned: OwnedValues): string[] {
	const found = readEntries(yaml);
	const replaced = new Map<number, { to: number; lines: string[] }>();
	const appended: string[] = [];
	const set = (key: string, value: string | boolean | string[], same: (current: YamlValue) => boolean): void => {
		const entry = found.get(key);
		if (entry?.value !== undefined && same(entry.value)) return;
		const lines = writeYamlEntry(key, value);
		if (entry) replaced.set(entry.from, { to: entry.to, lines });
		else for (const line of lines) appended.push(line);
	};
	set('term', owned.term, (current) => typeof current === 'string' && termKey(current) === termKey(owned.term));
	for (const key of ['ipa', 'pos', 'meaning'] as const) {
		const value = owned[key];
		if (value !== null) set(key, value, (current) => current === value);
	}
	set('lessons', owned.lessons, (current) => sameList(current, owned.lessons));
	if (owned.hot !== null) set('hot', owned.hot, (current) => current === owned.hot);
	for (const key of ['aliases', 'tags'] as const) {
		const current = found.has(key) ? found.get(key)?.value : null;
		// An unreadable value is the user's: adding to it would mean rewriting it, so leave it.
		if (current === undefined) continue;
		const have = Array.isArray(current) ? current : typeof current === 'string' && current !== '' ? [current] : [];
		const missing = owned[key].filter((item) => !have.includes(item));
		if (missing.length > 0) set(key, [...have, ...missing], () => false);
	}
	if (replaced.size === 0 && appended.length === 0) return yaml;
	const out: string[] = [];
	for (let i = 0; i < yaml.length; i++) {
		const replacement = replaced.get(i);
		if (!replacement) out.push(yaml[i]);
		else {
			for (const line of replacement.lines) out.push(line);
			i = replacement.to - 1;
		}
	}
	return [...out, ...appended];
}

function sameList(current: unknown, wanted: readonly string[]): boolean {
	return Array.isArray(current) && current.length === wanted.length && current.every((item, i) => item === wanted[i]);
}

/** Replaces the lines from the begin marker to the end marker, or appends the region when they are missing. */
function mergeRegion(body: string, region: string[], eol: string, fresh: boolean): string {
	const block = [REGION_BEGIN, ...region, REGION_END].join(eol);
	const found = findRegion(body);
	if (found) return body.slice(0, found.start) + block + body.slice(found.end);
	if (fresh) return `${eol}${block}${eol}`;
	const gap = body === '' ? eol : body.endsWith(`${eol}${eol}`) ? '' : body.endsWith(eol) ? eol : eol + eol;
	return `${body}${gap}${block}${eol}`;
}

/**
 * The first end marker with a begin marker above it (the nearest one), from the begin line's start
 * to the end line's last character. A stray marker the user left never pairs across their text.
 */
function findRegion(body: string): { start: number; end: number } | null {
	let begin = -1;
	for (let at = 0; at < body.length; ) {
		const newline = body.indexOf('\n', at);
		const lineEnd = newline === -1 ? body.length : newline;
		if (body.startsWith(BEGIN_MARK, at)) begin = at;
		else if (body.startsWith(REGION_END, at) && begin !== -1) {
			return { start: begin, end: lineEnd > at && body[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd };
		}
		at = lineEnd + 1;
	}
	return null;
}
