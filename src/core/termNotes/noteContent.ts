import { NOTE_WORDS, type NoteLanguage, type NoteWords } from '../noteWords';
import { readEntries, splitNote } from './frontmatter';
import { TERM_TAG, type NoteContent } from './noteText';
import type { OccurrenceLinks } from './OccurrenceLinks';
import type { LessonGloss, TermOccurrences } from './occurrences';
import { oneLine, termSentence, termTranslation } from './sentence';

/** The content of the note for a term glossed in at least one lesson, worded in `language`. */
export function noteContent(entry: TermOccurrences, links: OccurrenceLinks, language: NoteLanguage): NoteContent {
	const words = NOTE_WORDS[language];
	const { occurrences } = entry;
	const primary = occurrences.find((o) => o.term.hot) ?? occurrences[0];
	const ipa = primary.term.ipa ?? occurrences.find((o) => o.term.ipa)?.term.ipa ?? null;
	const senses = new Set<string>();
	const lessons = new Set<string>();
	const aliases = new Set<string>();
	const lines: string[] = [];
	for (const occurrence of occurrences) {
		const meaning = sense(occurrence.term.pos, occurrence.term.meaning);
		if (meaning !== '') senses.add(meaning);
		lessons.add(links.lessonLink(occurrence));
		aliases.add(occurrence.term.term);
		pushOccurrence(lines, occurrence, links.unitLink(occurrence, words));
	}
	return {
		owned: {
			term: primary.term.term,
			ipa,
			pos: primary.term.pos,
			meaning: clean(primary.term.meaning) || null,
			lessons: [...lessons],
			hot: entry.hot,
			aliases: [...aliases],
			tags: [TERM_TAG],
		},
		region: region(words, primary.term.term, ipa, [...senses], lines),
		language,
	};
}

/**
 * The content of a note whose term no lesson glosses any more: the definition as the note's
 * properties have it, no lessons, and an occurrences section that says so.
 */
export function orphanContent(text: string, term: string, language: NoteLanguage): NoteContent {
	const words = NOTE_WORDS[language];
	const entries = readEntries(splitNote(text).yaml ?? []);
	const property = (key: string): string | null => {
		const value = entries.get(key)?.value;
		return typeof value === 'string' && value !== '' ? value : null;
	};
	const definition = sense(property('pos'), property('meaning') ?? '');
	return {
		owned: { term, ipa: null, pos: null, meaning: null, lessons: [], hot: null, aliases: [], tags: [TERM_TAG] },
		region: region(words, term, property('ipa'), definition ? [definition] : [], [words.noOccurrences]),
		language,
	};
}

function region(words: NoteWords, term: string, ipa: string | null, senses: readonly string[], occurrences: readonly string[]): string[] {
	const heading = ipa ? `**${term}** /${ipa.replace(/^\/|\/$/g, '')}/` : `**${term}**`;
	const definition = senses.length > 0 ? ['', ...senses.map((s) => `- ${s}`)] : [];
	return [`## ${words.definition}`, '', heading, ...definition, '', `## ${words.occurrences}`, '', ...occurrences];
}

/** `- [[lesson#^unit-3|lesson, unit 3]]: the sentence with ==the term==` and the translation below it (see noteLink). */
function pushOccurrence(lines: string[], occurrence: LessonGloss, unitLink: string): void {
	const { unit, term } = occurrence;
	lines.push(`- ${unitLink}: ${termSentence(unit, term.span)}`);
	const translation = termTranslation(unit, term.span);
	if (translation) lines.push(`\t- ${translation}`);
}

function sense(pos: string | null, meaning: string): string {
	const text = clean(meaning);
	return pos ? (text ? `${pos}，${text}` : pos) : text;
}

/** The meaning without 🔥 marks and stray whitespace. */
function clean(meaning: string): string {
	return oneLine(meaning.includes('🔥') ? meaning.replace(/🔥/gu, '') : meaning);
}
