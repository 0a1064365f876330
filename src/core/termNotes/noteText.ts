import { NOTE_LANGUAGES, NOTE_WORDS, type NoteLanguage } from '../noteWords';
import { termKey } from '../termKey';
import { joinNote, readEntries, splitNote, type Entry } from './frontmatter';
import { flowItems, readItem, valueRange, writeScalar, writeYamlEntry, type YamlValue } from './yaml';

/** What finds the region: the words after it on the begin marker's line are in the note's language, never looked at. */
const BEGIN_MARK = '%% bilingual-lessons:begin';
export const REGION_END = '%% bilingual-lessons:end %%';
export const TERM_TAG = 'bilingual-lessons/term';

/** The region's begin marker line, in `language`. */
export function regionBegin(language: NoteLanguage): string {
	return `${BEGIN_MARK} — ${NOTE_WORDS[language].regionNotice} %%`;
}

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

/** What a term note should contain: owned frontmatter values and the managed region's lines, worded in `language`. */
export interface NoteContent {
	owned: OwnedValues;
	region: string[];
	language: NoteLanguage;
}

/**
 * The note's new text: `existing` with owned values and the managed region brought up to date, and
 * everything else kept byte for byte; or a fresh note when there is none. Owned values are replaced
 * value-only: the key, a comment after it, quoting and comments inside lists stay as written. A
 * note with no frontmatter at its top (the user removed it, or wrote above it) gets none: only its
 * region is updated. Returns `existing` itself when nothing needs to change.
 */
export function mergeNoteText(existing: string | null, content: NoteContent): string {
	if (existing === null) {
		const written = (key: string, value: OwnedValues[keyof OwnedValues]) =>
			value === null || (Array.isArray(value) && value.length === 0 && key !== 'lessons') ? [] : writeYamlEntry(key, value);
		const yaml = (Object.keys(content.owned) as (keyof OwnedValues)[]).flatMap((key) => written(key, content.owned[key]));
		return `---\n${yaml.map((line) => `${line}\n`).join('')}---\n\n${[regionBegin(content.language), ...content.region, REGION_END].join('\n')}\n`;
	}
	const note = splitNote(existing);
	return joinNote({ ...note, ...(note.yaml ? mergeOwned(note.yaml, note.ends, content.owned) : {}), body: mergeRegion(note.body, content, note.eol) });
}

/** Lines `from`–`to` of the YAML replaced by `lines`. */
export interface Edit {
	from: number;
	to: number;
	lines: string[];
}

function mergeOwned(yaml: string[], ends: string[], owned: OwnedValues): { yaml: string[]; ends: string[] } {
	const found = readEntries(yaml);
	const edits: Edit[] = [];
	const appended: string[] = [];
	const scalar = (key: string, value: string | boolean, same: (current: YamlValue) => boolean): void => {
		const entry = found.get(key);
		if (entry?.value !== undefined && same(entry.value)) return;
		const written = typeof value === 'boolean' ? String(value) : writeScalar(value);
		if (entry) edits.push(replaceValue(yaml, entry, written));
		else appended.push(`${key}: ${written}`);
	};
	const list = (key: string, wanted: readonly string[], exact: boolean): void => {
		const entry = found.get(key);
		if (!entry) {
			if (wanted.length > 0 || exact) for (const line of writeYamlEntry(key, [...wanted])) appended.push(line);
			return;
		}
		// An unreadable value is the user's: changing it would mean rewriting it, so leave it.
		if (entry.value !== undefined) for (const edit of editList(yaml, entry, key, wanted, exact)) edits.push(edit);
	};
	scalar('term', owned.term, (current) => typeof current === 'string' && termKey(current) === termKey(owned.term));
	for (const key of ['ipa', 'pos', 'meaning'] as const) {
		const value = owned[key];
		if (value !== null) scalar(key, value, (current) => current === value);
	}
	list('lessons', owned.lessons, true);
	if (owned.hot !== null) scalar('hot', owned.hot, (current) => current === owned.hot);
	list('aliases', owned.aliases, false);
	list('tags', owned.tags, false);
	return applyEdits(yaml, ends, edits, appended);
}

/** The YAML lines (and their endings) with `edits` made and `appended` added at the end; the same arrays when there is nothing to do. */
export function applyEdits(yaml: string[], ends: string[], edits: readonly Edit[], appended: readonly string[]): { yaml: string[]; ends: string[] } {
	if (edits.length === 0 && appended.length === 0) return { yaml, ends };
	const out: string[] = [];
	const outEnds: string[] = [];
	const eol = ends[0] ?? '\n';
	const byLine = new Map(edits.map((e) => [e.from, e]));
	for (let i = 0; i < yaml.length; ) {
		const edit = byLine.get(i);
		if (!edit) {
			out.push(yaml[i]);
			outEnds.push(ends[i]);
			i++;
			continue;
		}
		edit.lines.forEach((line, k) => {
			out.push(line);
			outEnds.push(k < edit.to - edit.from ? ends[edit.from + k] : eol);
		});
		i = edit.to;
	}
	for (const line of appended) {
		out.push(line);
		outEnds.push(eol);
	}
	return { yaml: out, ends: outEnds };
}

/** The entry with its value replaced by `written`: in place on the key line, comments kept. */
export function replaceValue(yaml: readonly string[], entry: Entry, written: string): Edit {
	const line = yaml[entry.from];
	const { start, end } = valueRange(line, entry.valueFrom);
	const keyLine = start === end ? `${line.slice(0, entry.valueFrom).trimEnd()} ${written}${line.slice(end)}` : line.slice(0, start) + written + line.slice(end);
	// A value continued on the lines below is replaced as a whole; comment lines among them stay.
	const kept = yaml.slice(entry.from + 1, entry.to).filter((l) => /^\s*#/.test(l));
	return { from: entry.from, to: entry.to, lines: [keyLine, ...kept] };
}

/**
 * A list entry brought to `wanted`: missing items added in the style of the list (flow or block,
 * its indentation), and with `exact`, items not wanted removed. Items kept stay as written.
 */
function editList(yaml: readonly string[], entry: Entry, key: string, wanted: readonly string[], exact: boolean): Edit[] {
	const line = yaml[entry.from];
	const { start, end } = valueRange(line, entry.valueFrom);
	const inline = line.slice(start, end);
	const flow = flowItems(inline);
	if (flow) {
		const kept = flow.filter((raw) => !exact || wanted.includes(readItem(raw) ?? ''));
		const have = flow.map((raw) => readItem(raw));
		const added = wanted.filter((w) => !have.includes(w));
		if (kept.length === flow.length && added.length === 0) return [];
		const list = `[${[...kept, ...added.map(writeScalar)].join(', ')}]`;
		return [{ from: entry.from, to: entry.from + 1, lines: [line.slice(0, start) + list + line.slice(end)] }];
	}
	const items: { at: number; value: string | undefined }[] = [];
	let indent = '  ';
	for (let i = entry.from + 1; i < entry.to; i++) {
		const item = /^(\s*)-( |$)(.*)$/.exec(yaml[i]);
		if (!item) continue;
		if (items.length === 0) indent = item[1];
		items.push({ at: i, value: readItem(item[3]) });
	}
	const have = inline === '' ? items.map((i) => i.value) : [readItem(inline)];
	const added = wanted.filter((w) => !have.includes(w));
	const dropped = exact ? new Set(items.filter((i) => !wanted.includes(i.value ?? '')).map((i) => i.at)) : new Set<number>();
	if (exact && inline !== '' && !wanted.includes(have[0] ?? '')) return [{ from: entry.from, to: entry.to, lines: writeYamlEntry(key, [...wanted]) }];
	if (added.length === 0 && dropped.size === 0) return [];
	const newItems = added.map((w) => `${indent}- ${writeScalar(w)}`);
	if (inline !== '') {
		// `aliases: foo` becomes a block list holding foo first; `aliases: null` (or `~`), no value, one holding only the new items.
		const first = entry.value === null ? [] : [`${indent}- ${inline}`];
		return [{ from: entry.from, to: entry.from + 1, lines: [`${line.slice(0, entry.valueFrom).trimEnd()}${line.slice(end)}`, ...first, ...newItems] }];
	}
	const last = items.length > 0 ? items[items.length - 1].at : entry.from;
	// A list left with no items is written `key: []`, which YAML reads as a list, not null.
	const emptied = newItems.length === 0 && dropped.size === items.length;
	const lines: string[] = [];
	for (let i = entry.from; i < entry.to; i++) {
		if (i === entry.from && emptied) lines.push(`${line.slice(0, entry.valueFrom).trimEnd()} []${line.slice(end)}`);
		else if (!dropped.has(i)) lines.push(yaml[i]);
		if (i === last) for (const item of newItems) lines.push(item);
	}
	return [{ from: entry.from, to: entry.to, lines }];
}

/** Replaces the region from the begin marker to the end marker, or appends it when there is none. */
function mergeRegion(body: string, content: NoteContent, eol: string): string {
	const block = [regionBegin(content.language), ...content.region, REGION_END].join(eol);
	const found = findRegion(body);
	if (found) return body.slice(0, found.start) + block + body.slice(found.end);
	const gap = body === '' ? eol : body.endsWith(`${eol}${eol}`) ? '' : body.endsWith(eol) ? eol : eol + eol;
	return `${body}${gap}${block}${eol}`;
}

/**
 * The plugin's region in `body`: from the start of the begin marker's line to the end of the end
 * marker (text after it on its line is the user's). The first end marker with a begin marker
 * above it (the nearest one): a stray marker the user left never pairs across their text.
 */
export function findRegion(body: string): { start: number; end: number } | null {
	// Only where the markers' common start stands at a line's start: a lesson, which has none, is not split into lines.
	let begin = -1;
	for (let at = body.indexOf(MARK); at !== -1; at = body.indexOf(MARK, at + 1)) {
		if (at > 0 && body[at - 1] !== '\n' && body[at - 1] !== '\r') continue;
		if (body.startsWith(BEGIN_MARK, at)) begin = at;
		else if (begin !== -1 && body.startsWith(REGION_END, at)) return { start: begin, end: at + REGION_END.length };
	}
	return null;
}

/** What both markers start with. */
const MARK = '%% bilingual-lessons:';

/** The language `body`'s region was written in, as its begin marker line says; null with no region, or a line the user changed. */
export function regionLanguage(body: string): NoteLanguage | null {
	const found = findRegion(body);
	if (!found) return null;
	return NOTE_LANGUAGES.find((language) => body.startsWith(regionBegin(language), found.start)) ?? null;
}
