import type { Span, Unit } from '../model';
import { withoutEmphasis } from '../glossary/exportFormats';
import { oneLine, sentenceAround } from '../termNotes/sentence';

/** A lesson sentence with the term cut out as the lesson writes it (inflected: "obsessing over" for `obsess over`). */
export interface Cloze {
	before: string;
	answer: string;
	after: string;
}

/**
 * The cloze for a term in its unit: the sentence holding the span the parser located (see parser/locate),
 * markup brackets and Markdown emphasis dropped, whitespace on one line; null when the parser did not find the term in the English.
 */
export function clozeOf(unit: Unit, span: Span | null): Cloze | null {
	const parts = sentenceAround(unit, span);
	if (!parts) return null;
	// Emphasis is dropped from the sentence whole (`*pooled*` around the term pairs across the cut), the cut kept by marks.
	const [before, answer, after] = withoutEmphasis(`${fold(parts.before)}${CUT}${oneLine(parts.term)}${CUT}${fold(parts.after)}`).split(CUT);
	return { before: before.trimStart(), answer, after: after.trimEnd() };
}

/** A private-use character, which no lesson holds and which the emphasis patterns take as any other non-space. */
const CUT = '\uE000';

function fold(text: string): string {
	return text.replace(/\s+/g, ' ');
}
