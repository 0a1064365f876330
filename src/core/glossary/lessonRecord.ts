import type { Lesson } from '../model';
import { basename } from '../paths';
import { wordSignature } from './wordSignature';

/**
 * What the glossary keeps of one lesson: enough to rebuild its entries without parsing the note again.
 * Plain JSON, so a persisted index is these records, one a line.
 */
export interface LessonRecord {
	path: string;
	title: string;
	mtime: number;
	size: number;
	/** Per unit: its number, header line and block id. */
	units: [n: number, line: number, blockId: string | null][];
	/** Per glossed term: the index of its unit in `units`, then the bullet's form, IPA, part of speech, meaning and 🔥 (1). */
	terms: [unit: number, form: string, ipa: string | null, pos: string | null, meaning: string, hot: 0 | 1][];
	/** The English's word signature (wordSignature.ts), for finding the units that use a term. */
	words: string;
}

/** The record of a parsed lesson; null when the note is not a lesson. */
export function lessonRecord(path: string, lesson: Lesson, stat: { mtime: number; size: number }): LessonRecord | null {
	if (!lesson.isLesson) return null;
	const record: LessonRecord = {
		path,
		title: lesson.title ?? basename(path),
		mtime: stat.mtime,
		size: stat.size,
		units: lesson.units.map((u) => [u.n, u.line, u.blockId]),
		terms: lesson.units.flatMap((u, i) => u.terms.map((t): LessonRecord['terms'][number] => [i, t.term, t.ipa, t.pos, t.meaning, t.hot ? 1 : 0])),
		words: wordSignature(lesson.units.map((u) => u.english)),
	};
	// The parser's strings are slices of the whole note, and a slice keeps the note alive in memory; a JSON
	// round trip makes copies of their own, as a persisted index read back has.
	return JSON.parse(JSON.stringify(record)) as LessonRecord;
}

/** True when `value` has a record's shape (a persisted index may be damaged or from an older version). */
export function isLessonRecord(value: unknown): value is LessonRecord {
	if (typeof value !== 'object' || value === null) return false;
	const r = value as Record<string, unknown>;
	return (
		typeof r.path === 'string' &&
		typeof r.title === 'string' &&
		typeof r.mtime === 'number' &&
		typeof r.size === 'number' &&
		typeof r.words === 'string' &&
		Array.isArray(r.units) &&
		r.units.every((u) => Array.isArray(u) && typeof u[0] === 'number' && typeof u[1] === 'number' && (u[2] === null || typeof u[2] === 'string')) &&
		Array.isArray(r.terms) &&
		r.terms.every(
			(t) =>
				Array.isArray(t) &&
				Number.isInteger(t[0]) &&
				t[0] >= 0 &&
				t[0] < (r.units as unknown[]).length &&
				typeof t[1] === 'string' &&
				typeof t[4] === 'string' &&
				(t[2] === null || typeof t[2] === 'string') &&
				(t[3] === null || typeof t[3] === 'string'),
		)
	);
}
