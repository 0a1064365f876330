import type { Lesson } from '../model';
import { basename } from '../paths';
import { wordSignature } from './wordSignature';

/** What the glossary takes of one lesson's parse: enough to build its entries (IndexedLesson.fromRecord). */
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
	// round trip makes copies of their own.
	return JSON.parse(JSON.stringify(record)) as LessonRecord;
}
