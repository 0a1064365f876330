import { isLessonRecord, type LessonRecord } from './lessonRecord';

/** Bumped whenever LessonRecord changes shape: an index of another format is rebuilt. */
const FORMAT = 1;

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

export function indexHeader(plugin: string, options: unknown): IndexHeader {
	return { format: FORMAT, plugin, options: JSON.stringify(options) };
}

/** The persisted index as lines: the header, then one JSON value a line (a lesson record, or a stamp). */
export function* indexLines(header: IndexHeader, records: Iterable<LessonRecord>, others: Iterable<FileStamp>): Generator<string> {
	yield JSON.stringify(header);
	for (const stamp of others) yield JSON.stringify(stamp);
	for (const record of records) yield JSON.stringify(record);
}

/**
 * The records and stamps of a persisted index, one line at a time (so a caller can pause between them);
 * nothing when the header does not match, and a damaged line is skipped: its file is simply read again.
 */
export function* readIndexLines(text: string, header: IndexHeader): Generator<LessonRecord | FileStamp> {
	let end = text.indexOf('\n');
	if (end < 0 || !sameHeader(parse(text.slice(0, end)), header)) return;
	while (end < text.length) {
		const start = end + 1;
		end = text.indexOf('\n', start);
		if (end < 0) end = text.length;
		const value = parse(text.slice(start, end));
		if (isStamp(value) || isLessonRecord(value)) yield value;
	}
}

export function isStamp(value: unknown): value is FileStamp {
	return Array.isArray(value) && value.length === 3 && typeof value[0] === 'string' && typeof value[1] === 'number' && typeof value[2] === 'number';
}

function sameHeader(value: unknown, header: IndexHeader): boolean {
	const h = value as Partial<IndexHeader> | null;
	return h !== null && typeof h === 'object' && h.format === header.format && h.plugin === header.plugin && h.options === header.options;
}

function parse(line: string): unknown {
	try {
		return JSON.parse(line) as unknown;
	} catch {
		return null;
	}
}
