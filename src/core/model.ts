/**
 * The lesson model every feature stands on. Plain data, no DOM, no Obsidian: what the parser returns reads, copies
 * and serialises as plain objects (its terms are made by a constructor, for speed, and have no method of their own).
 * Line numbers are 0-based and refer to the note's text as given to the parser
 * (frontmatter included), so a view can jump to them and an editor can change that span.
 */

export type Severity = 'error' | 'warning' | 'info';

export const DIAGNOSTIC_CODES = [
	'count-mismatch', // declared unit count differs from units found
	'number-skipped', // a unit number is missing from the sequence
	'number-repeated', // a unit number appears twice
	'no-english', // a unit header with no English text after it
	'no-translation', // a unit with no translation paragraph
	'no-analysis', // a unit with no analysis label / term list
	'bad-bullet', // a term bullet that could not be read (kept as raw text)
	'unbalanced-markup', // `{ [ (` not closed, or closed without opening
	'markup-too-deep', // brackets nested past the depth cap, read as text
	'mis-encoded', // UTF-8 decoded with a Windows code page: a lesson that cannot be read as it is
] as const;

export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

/**
 * What a diagnostic says, as data: which message (`kind`) and its values. A display words it in the
 * reader's language from this; the parser's `message` is the English wording, for the command line.
 */
export type DiagnosticParams =
	| { kind: 'count-mismatch'; declared: number; found: number }
	| { kind: 'number-repeated'; unit: number }
	| { kind: 'number-skipped'; unit: number; previous: number; missing: string }
	| { kind: 'number-out-of-order'; unit: number; previous: number }
	| { kind: 'no-english'; unit: number }
	| { kind: 'no-translation'; unit: number }
	| { kind: 'no-analysis'; unit: number }
	| { kind: 'empty-analysis'; unit: number }
	| { kind: 'bad-bullet'; text: string }
	| { kind: 'closes-nothing'; unit: number; bracket: string }
	| { kind: 'not-closed-before'; unit: number; bracket: string; closer: string }
	| { kind: 'never-closed'; unit: number; bracket: string }
	| { kind: 'more-unbalanced'; unit: number; count: number }
	| { kind: 'markup-too-deep'; unit: number; depth: number }
	| { kind: 'mis-encoded'; page: string; written: string; meant: string; units: number };

export type DiagnosticKind = DiagnosticParams['kind'];

/** The code of each kind of message: several messages may share a code (an empty list and a missing one are `no-analysis`). */
export const DIAGNOSTIC_KIND_CODES: Readonly<Record<DiagnosticKind, DiagnosticCode>> = {
	'count-mismatch': 'count-mismatch',
	'number-repeated': 'number-repeated',
	'number-skipped': 'number-skipped',
	'number-out-of-order': 'number-skipped',
	'no-english': 'no-english',
	'no-translation': 'no-translation',
	'no-analysis': 'no-analysis',
	'empty-analysis': 'no-analysis',
	'bad-bullet': 'bad-bullet',
	'closes-nothing': 'unbalanced-markup',
	'not-closed-before': 'unbalanced-markup',
	'never-closed': 'unbalanced-markup',
	'more-unbalanced': 'unbalanced-markup',
	'markup-too-deep': 'markup-too-deep',
	'mis-encoded': 'mis-encoded',
};

export interface Diagnostic {
	line: number;
	severity: Severity;
	code: DiagnosticCode;
	/** The message in English (the command line prints it); a display words `params` instead. */
	message: string;
	params: DiagnosticParams;
	/** The unit the diagnostic belongs to, when there is one. */
	unit?: number;
}

/** A character span in a unit's `english` string: [start, end). */
export interface Span {
	start: number;
	end: number;
}

export type MarkupKind = 'clause' | 'modifier' | 'aside';

/**
 * One `{ }`, `[ ]` or `( )` group of the syntax markup. `start`/`end` cover the group
 * including its brackets in the unit's `english`; `children` are the groups nested inside.
 * An unclosed group ends at the end of the English (and a diagnostic says so).
 */
export interface MarkupNode {
	kind: MarkupKind;
	start: number;
	end: number;
	children: MarkupNode[];
}

export interface Term {
	/** The term as written in the bullet, bold markers removed: `time to first token (TTFT)`. */
	term: string;
	ipa: string | null;
	pos: string | null;
	meaning: string;
	/** 🔥 anywhere on the bullet. */
	hot: boolean;
	line: number;
	/**
	 * Where the term occurs in the unit's `english`, or null when it could not be found there; the parser locates
	 * it when it is first read (with the unit's other terms).
	 */
	span: Span | null;
	/** The bullet's text as written (without the bullet marker). */
	raw: string;
	/** Example sentences written under the term (`例句：…` sub-bullets), as written; absent when there are none. */
	examples?: string[];
}

/** What a term's bullet or table row gives it, before its line, span and raw text are added. */
export type TermFields = Pick<Term, 'term' | 'ipa' | 'pos' | 'meaning' | 'hot'>;

export interface Unit {
	n: number;
	/** Time strings as written (`15:09`, `1:02:03`), or null when the header has none. */
	start: string | null;
	end: string | null;
	/** The English as plain text: bold markers removed, syntax markup kept. Paragraphs joined by "\n". */
	english: string;
	/** The markup tree over `english` (empty when the unit has no markup); the parser builds it when it is first read. */
	markup: MarkupNode[];
	/** Translation paragraphs joined by "\n\n", inline markdown (bold names) kept. */
	translation: string;
	terms: Term[];
	/** Bullets under the analysis label that could not be read as terms, kept as written. */
	unreadBullets: { line: number; text: string }[];
	/** The header line `(n) [..]`. */
	line: number;
	/** The unit's last non-blank line (inclusive), before the separator or the next unit. */
	endLine: number;
	/** Lines holding the English (first and last, inclusive). */
	englishLines: [number, number] | null;
	/** Lines holding the translation (first and last, inclusive). */
	translationLines: [number, number] | null;
	/** The analysis label line, or null. */
	analysisLine: number | null;
	/** A block id already written on the header line (`^unit-3`), or null. */
	blockId: string | null;
}

export interface VocabularyRow {
	term: string;
	/** The cell under a meaning header (含义, 释义, meaning …), else the second cell. */
	meaning: string;
	/** The cells under an IPA or POS header (音标 / IPA, 词性 / POS), slashes or brackets off; null without such a column. */
	ipa: string | null;
	pos: string | null;
	/** The other cells, in order (a table without known headers: the cells after the second). */
	extra: string[];
	line: number;
}

export interface Section {
	/** The heading text, without `#` marks. */
	heading: string;
	/** The prose below the heading, trimmed. */
	text: string;
	line: number;
	endLine: number;
}

export interface Lesson {
	isLesson: boolean;
	title: string | null;
	titleLine: number | null;
	declaredUnits: number | null;
	/** The intro blockquote's text (without `>` marks), or null. */
	intro: string | null;
	units: Unit[];
	summary: Section | null;
	vocabulary: VocabularyRow[];
	/** The vocabulary heading line, or null. */
	vocabularyLine: number | null;
	diagnostics: Diagnostic[];
}

export interface ParseOptions {
	/** Extra analysis labels accepted besides `解析` (e.g. `Notes`), matched case-insensitively. */
	analysisLabels?: string[];
}
