import type { Span } from '../model';

/** One place a term is glossed: a unit of a lesson. */
export interface Occurrence {
	path: string;
	/** The lesson's title, or its file name when it has none. */
	lessonTitle: string;
	/** The unit number and its header line (0-based), for opening the lesson there. */
	unit: number;
	line: number;
	/** The unit's block id (without caret), or null. */
	blockId: string | null;
	/** The term as written in this bullet. */
	form: string;
	ipa: string | null;
	pos: string | null;
	meaning: string;
	hot: boolean;
	/** The unit's English with the `{ [ (` syntax brackets removed, and the term's span in it. */
	sentence: string;
	span: Span | null;
	translation: string;
}

/** Every occurrence of one term key across the vault, with its distinct readings. */
export interface GlossaryEntry {
	/** The normalised key (core/termKey) shared with term notes. */
	key: string;
	/** The form shown for the entry: the first form met. */
	term: string;
	forms: string[];
	ipa: string[];
	pos: string[];
	meanings: string[];
	hot: boolean;
	/** Ordered by lesson path, then line. */
	occurrences: Occurrence[];
	lessonCount: number;
	/** The newest modification time (ms) among the lessons that gloss it: "most recent lesson". */
	lastModified: number;
}

export interface GlossaryLesson {
	path: string;
	title: string;
	mtime: number;
	units: number;
	terms: number;
}

export interface GlossaryTotals {
	lessons: number;
	terms: number;
	hot: number;
}
