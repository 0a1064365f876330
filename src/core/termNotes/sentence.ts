import type { Span, Unit } from '../model';
import { plainSpan, plainText, type PlainText } from '../plainSentence';

/**
 * The sentence of a unit's English that holds the term, as one line of Markdown with the term
 * highlighted (`==term==`). Syntax markup brackets are dropped; without a span, the whole English.
 */
export function termSentence(unit: Unit, span: Span | null): string {
	const parts = sentenceAround(unit, span);
	return parts ? oneLine(`${parts.before}==${parts.term}==${parts.after}`) : oneLine(sentencesOf(unit).plain.text);
}

/** The sentence of a unit's English (markup brackets dropped) that holds the span, cut around it as written; null without a span. */
export function sentenceAround(unit: Unit, span: Span | null): { before: string; term: string; after: string } | null {
	const { plain } = sentencesOf(unit);
	const { text } = plain;
	const at = plainSpan(plain, unit.english.length, span);
	if (!at || at.end <= at.start) return null;
	const { start, end } = at;
	return { before: text.slice(sentenceStart(text, start), start), term: text.slice(start, end), after: text.slice(end, sentenceEnd(text, end)) };
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
	const index = english.findIndex(([, end]) => start < end);
	return chinese[index === -1 ? english.length - 1 : index].trim();
}

/** A unit's plain English and both sides split into sentences: the same for every term of the unit, so worked out once per unit. */
interface UnitSentences {
	plain: PlainText;
	english: [number, number][];
	translation: string;
	chinese: string[];
}

/** Parsed units are never changed in place (a changed lesson is parsed anew), so a unit's sentences can be kept with it. */
const SENTENCES = new WeakMap<Unit, UnitSentences>();

function sentencesOf(unit: Unit): UnitSentences {
	let sentences = SENTENCES.get(unit);
	if (!sentences) {
		const plain = plainText(unit.english, unit.markup);
		const translation = oneLine(unit.translation);
		sentences = { plain, english: englishSentences(plain.text), translation, chinese: translation.match(TRANSLATION_SENTENCE) ?? [] };
		SENTENCES.set(unit, sentences);
	}
	return sentences;
}

/** A sentence of a translation: up to its 。！？ (or ! ?; not ".", which decimals hold) and any closing quotes or brackets after them. */
const TRANSLATION_SENTENCE = /[^。！？!?]+(?:[。！？!?]+[”’」』）)"']*|$)/gu;

/** The English's sentences as [start, end) ranges, split where termSentence splits them. */
function englishSentences(text: string): [number, number][] {
	const ranges: [number, number][] = [];
	let from = 0;
	while (from < text.length) {
		const to = sentenceEnd(text, from);
		if (text.slice(from, to).trim()) ranges.push([from, to]);
		from = to;
		while (from < text.length && isSpace(text[from])) from++;
	}
	return ranges;
}

const STOP = new Set(['.', '!', '?']);

function sentenceStart(text: string, at: number): number {
	for (let i = at - 1; i > 0; i--) if (STOP.has(text[i - 1]) && isSpace(text[i])) return i;
	return 0;
}

function sentenceEnd(text: string, at: number): number {
	for (let i = at; i < text.length; i++) if (STOP.has(text[i]) && (i + 1 === text.length || isSpace(text[i + 1]))) return i + 1;
	return text.length;
}

function isSpace(c: string): boolean {
	return c === ' ' || c === '\n' || c === '\t' || c === '\r';
}

/** Whitespace runs folded to one space; the common case, text already on one line, costs no copy. */
export function oneLine(text: string): string {
	return /\s\s|[\t\n\r\f\v]/.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}
