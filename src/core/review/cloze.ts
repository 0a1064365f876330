import type { Span, Unit } from '../model';
import { oneLine, sentenceAround } from '../termNotes/sentence';

/** A lesson sentence with the term cut out as the lesson writes it (inflected: "obsessing over" for `obsess over`). */
export interface Cloze {
	before: string;
	answer: string;
	after: string;
}

/**
 * The cloze for a term in its unit: the sentence holding the span the parser located (see parser/locate),
 * markup brackets dropped, whitespace on one line; null when the parser did not find the term in the English.
 */
export function clozeOf(unit: Unit, span: Span | null): Cloze | null {
	const parts = sentenceAround(unit, span);
	if (!parts) return null;
	return { before: fold(parts.before).trimStart(), answer: oneLine(parts.term), after: fold(parts.after).trimEnd() };
}

function fold(text: string): string {
	return text.replace(/\s+/g, ' ');
}
