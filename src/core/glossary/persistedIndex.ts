import type { GlossaryIndex, IndexParts } from './GlossaryIndex';
import { IndexedLesson, type StoredLesson } from './IndexedLesson';
import { compare } from '../compare';
import { TermEntry } from './TermEntry';

/** Bumped whenever the stored shape changes (this file's, StoredLesson's): an index of another format is rebuilt. */
const FORMAT = 3;

/** Keys per line of the stored A–Z list: a line is written, and read back, in one short step. */
const KEYS_PER_LINE = 2048;

/** The largest number an Int32Array column holds. */
const INT_MAX = 2 ** 31 - 1;

/** What a persisted index was built by and for: read back only when all of it matches. */
export interface IndexHeader {
	format: number;
	/** The plugin's version: another version may parse lessons differently. */
	plugin: string;
	/** The parse options (settings) it was built with, as JSON. */
	options: string;
}

/** A note that was read and is not a lesson: it need not be read again while its mtime and size stay. */
export type FileStamp = [path: string, mtime: number, size: number];

/** What the stored lessons share, on the line after the header: their parts of speech by number, and how the keys follow. */
interface StoredTable {
	/** How many lines of keys follow: every entry's key A–Z, KEYS_PER_LINE a line; read back, the A–Z list is this order, not sorted again. */
	keyLines: number;
	pos: string[];
	/** The notes that are not lessons, as three columns. */
	others: { paths: string[]; mtimes: number[]; sizes: number[] };
}

/** A persisted index read back: what GlossaryIndex.restore takes in, and the other notes' stamps. */
export interface RestoredIndex extends IndexParts {
	others: FileStamp[];
}

export function indexHeader(plugin: string, options: unknown): IndexHeader {
	return { format: FORMAT, plugin, options: JSON.stringify(options) };
}

/**
 * The persisted index as lines: the header, the table (the parts of speech, the other notes' stamps), every key
 * A–Z, then one lesson's columns a line, by path (so each entry's occurrences come back in order). Each line
 * is a short step; the A–Z order must be settled first (GlossaryIndex.settleOrder), or the first key line sorts it.
 */
export function* indexLines(header: IndexHeader, index: GlossaryIndex, others: readonly FileStamp[]): Generator<string> {
	// Taken before the first line: changes made while the lines are written (between steps) are not in them.
	const entries = index.entries();
	const lessons = [...index.indexedLessons()].sort((a, b) => compare(a.path, b.path));
	/** Each entry's number in the stored list by its id; -1 (an entry made later) reads back as damage. */
	const numbers = new Int32Array(TermEntry.ids).fill(-1);
	const pos = index.partsOfSpeech();
	yield JSON.stringify(header);
	const table: StoredTable = {
		keyLines: Math.ceil(entries.length / KEYS_PER_LINE),
		pos,
		others: { paths: others.map((s) => s[0]), mtimes: others.map((s) => s[1]), sizes: others.map((s) => s[2]) },
	};
	yield JSON.stringify(table);
	let keys: string[] = [];
	for (let n = 0; n < entries.length; n++) {
		const entry = entries.get(n) as TermEntry;
		numbers[entry.id] = n;
		keys.push(entry.key);
		if (keys.length === KEYS_PER_LINE || n === entries.length - 1) {
			yield JSON.stringify(keys);
			keys = [];
		}
	}
	const posNumbers = new Map(pos.map((p, n) => [p, n]));
	for (const lesson of lessons) yield JSON.stringify(lesson.stored((entry) => numbers[entry.id], (p) => posNumbers.get(p) ?? -1));
}

/**
 * Reads a persisted index one line at a time (so a caller can pause between them: each step is one line of keys
 * or one lesson), then gives the entries their occurrences, all at once per entry (TermEntry.fill, in steps too);
 * the generator's value is the whole index once read, ready for GlossaryIndex.restore. Null when
 * the header does not match or the table or the keys are damaged (then every note is read again); a damaged
 * lesson line is skipped: its note is simply read again.
 */
export function* readIndex(text: string, header: IndexHeader): Generator<void, RestoredIndex | null> {
	const lines = new LineReader(text);
	if (!sameHeader(parse(lines.next()), header)) return null;
	const table = parse(lines.next());
	if (!isTable(table)) return null;
	const all: TermEntry[] = [];
	for (let k = 0; k < table.keyLines; k++) {
		yield;
		const keys = parse(lines.next());
		if (!isArrayOf(keys, isString) || keys.length === 0) return null;
		for (const key of keys) {
			if (all.length > 0 && !(all[all.length - 1].key < key)) return null; // the A–Z order is taken as stored
			const entry = new TermEntry(key);
			all.push(entry);
		}
	}
	const { mtimes, sizes } = table.others;
	const others = table.others.paths.map((path, i): FileStamp => [path, mtimes[i], sizes[i]]);
	const lessons: IndexedLesson[] = [];
	/** Per lesson kept, its places' entries by number, and per entry its places: its occurrences are made from them at the end. */
	const numbers: number[][] = [];
	const uses = new Int32Array(all.length);
	const posUses = new Int32Array(table.pos.length);
	const paths = new Set<string>();
	let ordered = true;
	for (let line = lines.next(); line !== null; line = lines.next()) {
		yield;
		const stored = parse(line);
		if (!isStoredLesson(stored, all.length, table.pos.length) || paths.has(stored.path)) continue;
		if (lessons.length > 0 && compare(lessons[lessons.length - 1].path, stored.path) > 0) ordered = false;
		paths.add(stored.path);
		lessons.push(IndexedLesson.restore(stored, all, table.pos));
		numbers.push(stored.entries);
		for (const n of stored.entries) uses[n]++;
		for (const n of stored.pos) if (n >= 0) posUses[n]++;
	}
	// An entry only a damaged lesson line glossed is dropped, as is a part of speech only it named.
	const { filled: entries, hot } = yield* TermEntry.fill(all, lessons, numbers, uses, ordered);
	const posCounts = new Map<string, number>();
	table.pos.forEach((p, n) => {
		if (posUses[n] > 0) posCounts.set(p, (posCounts.get(p) ?? 0) + posUses[n]);
	});
	return { lessons, entries, posCounts, hot, others };
}

/** A text's lines one by one, without splitting it all at once. */
class LineReader {
	private at = 0;

	constructor(private readonly text: string) {}

	next(): string | null {
		if (this.at > this.text.length) return null;
		let end = this.text.indexOf('\n', this.at);
		if (end < 0) end = this.text.length;
		const line = this.text.slice(this.at, end);
		this.at = end + 1;
		return line;
	}
}

function sameHeader(value: unknown, header: IndexHeader): boolean {
	const h = value as Partial<IndexHeader> | null;
	return h !== null && typeof h === 'object' && h.format === header.format && h.plugin === header.plugin && h.options === header.options;
}

function isTable(value: unknown): value is StoredTable {
	const t = value as Partial<StoredTable> | null;
	if (t === null || typeof t !== 'object' || !Number.isInteger(t.keyLines) || (t.keyLines as number) < 0 || !isArrayOf(t.pos, isString)) return false;
	const o = t.others;
	return typeof o === 'object' && o !== null && isArrayOf(o.paths, isString) && isArrayOf(o.mtimes, isNumber) && isArrayOf(o.sizes, isNumber) && o.mtimes.length === o.paths.length && o.sizes.length === o.paths.length;
}

/**
 * True when `value` is a lesson's columns that restore to a sound lesson: every number a whole one in range (an
 * entry or part of speech of the table, a unit of the lesson, a place in its text), every column as long as its
 * places. A persisted index may be damaged; nothing read from it may slice a text wrongly or name a missing entry.
 */
function isStoredLesson(value: unknown, entries: number, pos: number): value is StoredLesson {
	if (typeof value !== 'object' || value === null) return false;
	const s = value as Record<string, unknown>;
	if (!isString(s.path) || !isString(s.title) || !isNumber(s.mtime) || !isNumber(s.size) || !isString(s.words) || !isString(s.text)) return false;
	if (!isIntegers(s.units, 0, INT_MAX) || s.units.length % 2 !== 0 || !isIntegers(s.entries, 0, entries - 1)) return false;
	const places = s.entries.length;
	const units = s.units.length / 2;
	if (!Number.isInteger(s.terms) || (s.terms as number) < places) return false;
	if (s.blockIds !== null && !(isArrayOf(s.blockIds, isStringOrNull) && s.blockIds.length === units)) return false;
	if (s.forms !== null && !(isArrayOf(s.forms, isStringOrNull) && s.forms.length === places)) return false;
	if (!isIntegers(s.pos, -1, pos - 1) || s.pos.length !== places) return false;
	if (!isStarts(s.textStarts, places, s.text.length)) return false;
	if (!isIntegers(s.places, -1, INT_MAX) || s.places.length !== 2 * places) return false;
	const { textStarts, places: p } = s as unknown as StoredLesson;
	for (let slot = 0; slot < places; slot++) {
		const ipaAt = p[2 * slot + 1];
		if (p[2 * slot] < 0 || p[2 * slot] >> 1 >= units || (ipaAt >= 0 && (ipaAt < 1 || textStarts[slot] + ipaAt > textStarts[slot + 1]))) return false;
	}
	if (s.searchable === null) return s.searchStarts === null;
	return isString(s.searchable) && isStarts(s.searchStarts, places, s.searchable.length);
}

/** Where each of `places` texts starts in a string of `length`, then its end: from 0, never back, to `length`. */
function isStarts(value: unknown, places: number, length: number): value is number[] {
	if (!isIntegers(value, 0, length) || value.length !== places + 1 || value[0] !== 0 || value[places] !== length) return false;
	for (let i = 1; i <= places; i++) if (value[i] < value[i - 1]) return false;
	return true;
}

function isIntegers(value: unknown, min: number, max: number): value is number[] {
	if (!Array.isArray(value)) return false;
	for (const n of value) if (!Number.isInteger(n) || n < min || n > max) return false;
	return true;
}

function isArrayOf<T>(value: unknown, test: (item: unknown) => item is T): value is T[] {
	return Array.isArray(value) && value.every(test);
}

function isString(value: unknown): value is string {
	return typeof value === 'string';
}

function isStringOrNull(value: unknown): value is string | null {
	return value === null || typeof value === 'string';
}

function isNumber(value: unknown): value is number {
	return typeof value === 'number';
}

function parse(line: string | null): unknown {
	if (line === null) return null;
	try {
		return JSON.parse(line) as unknown;
	} catch {
		return null;
	}
}
