import type { Span } from '../model';

/** A unit of a lesson, as needed to open the lesson there. */
export interface UnitPlace {
	readonly path: string;
	/** The unit number and its header line (0-based). */
	readonly unit: number;
	readonly line: number;
	/** The unit's block id (without caret), or null. */
	readonly blockId: string | null;
}

/**
 * One place a term is glossed: a unit of a lesson. The index keeps only this much for every term; the
 * unit's sentence and translation are read from the lesson when they are shown (see details.ts).
 */
export interface Occurrence extends UnitPlace {
	/** The lesson's title, or its file name when it has none. */
	readonly lessonTitle: string;
	/** The term as written in this bullet. */
	readonly form: string;
	readonly ipa: string | null;
	readonly pos: string | null;
	readonly meaning: string;
	readonly hot: boolean;
}

/** A unit's text as shown with an occurrence: the English without `{ [ (` brackets, the term's span in it, the translation. */
export interface UnitText {
	sentence: string;
	span: Span | null;
	translation: string;
}

export type OccurrenceDetail = Occurrence & UnitText;

/** A unit whose English uses the term (inflected or not) though its bullets do not gloss it. */
export interface Appearance extends UnitPlace, UnitText {
	readonly lessonTitle: string;
}

/** What an expanded row shows: the glossed occurrences with their text, then where else the term appears. */
export interface EntryDetails {
	occurrences: OccurrenceDetail[];
	alsoIn: Appearance[];
}

/** Every occurrence of one term key across the vault, with its distinct readings. */
export interface GlossaryEntry {
	/** The normalised key (core/termKey) shared with term notes. */
	readonly key: string;
	/** The form shown for the entry: the first form met. */
	readonly term: string;
	readonly forms: string[];
	readonly ipa: string[];
	readonly pos: string[];
	readonly meanings: string[];
	readonly hot: boolean;
	/** Ordered by lesson path, then line. */
	readonly occurrences: readonly Occurrence[];
	readonly lessonCount: number;
	/** The newest modification time (ms) among the lessons that gloss it: "most recent lesson". */
	readonly lastModified: number;
}

/** An entry with the text of its occurrences, for exports. */
export type DetailedEntry = Omit<GlossaryEntry, 'occurrences'> & { occurrences: readonly OccurrenceDetail[] };

export interface GlossaryLesson {
	path: string;
	title: string;
	mtime: number;
	/** The file's size in bytes when indexed: with `mtime`, how a persisted index knows a file is unchanged. */
	size: number;
	units: number;
	terms: number;
}

export interface GlossaryTotals {
	lessons: number;
	terms: number;
	hot: number;
}
