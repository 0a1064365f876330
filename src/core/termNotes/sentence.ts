import type { Span, Unit } from '../model';
import { plainSpan, plainText, type PlainText } from '../plainSentence';

/**
 * The sentence of a unit's English that holds the term, as one line of Markdown with the term
 * highlighted (`==term==`). Syntax markup brackets are dropped; without a span, the whole English.
 */
export function termSentence(unit: Unit, span: Span | null): string {
	const parts = sentenceAround(unit, span);
	if (!parts) return oneLine(sentencesOf(unit).plain.text);
	// On one line already, the parts joined by `==` are too: only the ends need trimming, and the joined text is never scanned.
	if (sentencesOf(unit).oneLine) return `${parts.before.trimStart()}==${parts.term}==${parts.after.trimEnd()}`;
	return oneLine(`${parts.before}==${parts.term}==${parts.after}`);
}

/** The sentence of a unit's English (markup brackets dropped) that holds the span, cut around it as written; null without a span. */
export function sentenceAround(unit: Unit, span: Span | null): { before: string; term: string; after: string } | null {
	const { plain, stops } = sentencesOf(unit);
	const { text } = plain;
	const at = plainSpan(plain, unit.english.length, span);
	if (!at || at.end <= at.start) return null;
	const { start, end } = at;
	return { before: text.slice(sentenceStart(stops, start), start), term: text.slice(start, end), after: text.slice(end, sentenceEnd(stops, text.length, end)) };
}

/**
 * The translation to show with the term's sentence: the matching sentence of the translation when
 * the English (brackets dropped) and the translation split into the same number of sentences, else
 * the whole translation; on one line either way.
 */
export function termTranslation(unit: Unit, span: Span | null): string {
	const sentences = sentencesOf(unit);
	const { translation, english, chinese } = sentences;
	const at = plainSpan(sentences.plain, unit.english.length, span);
	if (!at) return translation;
	const { start } = at;
	if (english.length < 2 || english.length !== chinese.length) return translation;
	const index = english.findIndex((end) => start < end);
	return chinese[index === -1 ? english.length - 1 : index].trim();
}

/** A unit's plain English and both sides split into sentences: the same for every term of the unit, so worked out once per unit. */
interface UnitSentences {
	plain: PlainText;
	/** Where a sentence of the plain English may end: after each stop followed by a space or the end, ascending. */
	stops: number[];
	/** Whether the plain English is on one line already, with no whitespace to fold (see oneLine). */
	oneLine: boolean;
	/** Where each sentence of the plain English ends, ascending. */
	english: number[];
	translation: string;
	chinese: string[];
}

/** Parsed units are never changed in place (a changed lesson is parsed anew), so a unit's sentences can be kept with it. */
const SENTENCES = new WeakMap<Unit, UnitSentences>();

function sentencesOf(unit: Unit): UnitSentences {
	let sentences = SENTENCES.get(unit);
	if (!sentences) {
		const plain = plainText(unit.english, unit.markup);
		const stops = sentenceStops(plain.text);
		const translation = oneLine(unit.translation);
		sentences = {
			plain,
			stops,
			oneLine: !FOLDS.test(plain.text),
			english: sentenceEnds(plain.text, stops),
			translation,
			chinese: translation.match(TRANSLATION_SENTENCE) ?? [],
		};
		SENTENCES.set(unit, sentences);
	}
	return sentences;
}

/** A sentence of a translation: up to its 。！？ (or ! ?; not ".", which decimals hold) and any closing quotes or brackets after them. */
const TRANSLATION_SENTENCE = /[^。！？!?]+(?:[。！？!?]+[”’」』）)"']*|$)/gu;

/** Where the English's sentences end, split where termSentence splits them: at each stop, and at the end after text past the last. */
function sentenceEnds(text: string, stops: readonly number[]): number[] {
	const last = stops.at(-1) ?? 0;
	return text.slice(last).trim() === '' ? [...stops] : [...stops, text.length];
}

const STOP = new Set(['.', '!', '?']);

/** The ends a sentence may have in `text` before its end (which ends one anyway): just after each stop that a space follows. */
function sentenceStops(text: string): number[] {
	const stops: number[] = [];
	for (let i = 0; i < text.length - 1; i++) if (STOP.has(text[i]) && isSpace(text[i + 1])) stops.push(i + 1);
	return stops;
}

/** Where the sentence holding `at` starts: at the space after the last stop before it (the space is trimmed later), or 0. */
function sentenceStart(stops: readonly number[], at: number): number {
	let start = 0;
	for (const stop of stops) {
		if (stop > at - 1) break;
		start = stop;
	}
	return start;
}

/** Where the sentence holding `at` ends: after the first stop past it, or the text's end. */
function sentenceEnd(stops: readonly number[], length: number, at: number): number {
	for (const stop of stops) if (stop > at) return stop;
	return length;
}

function isSpace(c: string): boolean {
	return c === ' ' || c === '\n' || c === '\t' || c === '\r';
}

/** Whitespace runs folded to one space; the common case, text already on one line, costs no copy. */
export function oneLine(text: string): string {
	return FOLDS.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

/** Whitespace oneLine folds: a run of it, or any but a plain space. */
const FOLDS = /\s\s|[\t\n\r\f\v]/;
