import { NOTE_WORDS, type NoteLanguage } from '../noteWords';
import { parseCsv, toCsv } from './csv';
import type { DetailedEntry, OccurrenceDetail } from './types';

/** One row per entry under the CSV header (NoteWords.csvHeader); several readings are joined with "; ". */
export function csvRows(entries: readonly DetailedEntry[], language: NoteLanguage): string[][] {
	const yes = NOTE_WORDS[language].csvYes;
	return entries.map((entry) => {
		const example = exampleOf(entry);
		return [
			withoutEmphasis(entry.term),
			entry.ipa.map(slashed).join('; '),
			withoutEmphasis(entry.pos.join('; ')),
			withoutEmphasis(entry.meanings.join('; ')),
			entry.hot ? yes : '',
			String(entry.lessonCount),
			distinctPaths(entry).join('; '),
			withoutEmphasis(example?.sentence ?? ''),
			withoutEmphasis(example?.translation ?? ''),
		];
	});
}

/** The glossary as CSV, its column names in `language`: UTF-8 with a byte order mark so spreadsheet apps read the Chinese right. */
export function glossaryCsv(entries: readonly DetailedEntry[], language: NoteLanguage): string {
	return '\uFEFF' + toCsv([[...NOTE_WORDS[language].csvHeader], ...csvRows(entries, language)]);
}

export interface AnkiCard {
	/** HTML: the term and its IPA. */
	front: string;
	/** HTML: the meanings, then an example sentence and its translation. */
	back: string;
}

export function ankiCards(entries: readonly DetailedEntry[]): AnkiCard[] {
	return entries.map((entry) => {
		const example = exampleOf(entry);
		const ipa = entry.ipa.length > 0 ? `<br>${html(entry.ipa.map(slashed).join(' '))}` : '';
		const parts = [html(withoutEmphasis(entry.meanings.join('; ')))];
		if (example) parts.push(`<i>${html(withoutEmphasis(example.sentence))}</i>`, html(withoutEmphasis(example.translation)));
		return { front: html(withoutEmphasis(entry.term)) + ipa, back: parts.filter((p) => p !== '').join('<br><br>') };
	});
}

/**
 * Tab-separated cards with Anki's file headers (tab separator, HTML fields, front/back columns). Anki reads
 * the file as CSV: a line starting with `#` is a comment and a field starting with `"` is quoted, so fields
 * carry no raw quote (`&quot;`) and no leading `#` (`&#35;`); `html` already turned tabs and line breaks.
 */
export function ankiTsv(cards: AnkiCard[]): string {
	const header = ['#separator:tab', '#html:true', '#columns:Front\tBack'];
	return [...header, ...cards.map((card) => `${ankiField(card.front)}\t${ankiField(card.back)}`)].join('\n') + '\n';
}

function ankiField(htmlText: string): string {
	return htmlText.replace(/"/g, '&quot;').replace(/^#/, '&#35;');
}

/** Reads an Anki TSV back into cards by Anki's rules: `#` lines are comments, fields may be quoted. */
export function parseAnkiTsv(text: string): AnkiCard[] {
	return parseCsv(text, { delimiter: '\t', comment: '#' })
		.filter((row) => row.length > 1 || row[0] !== '')
		.map(([front = '', back = '']) => ({ front, back }));
}

/** The occurrence shown as the example: the first one whose sentence contains the term, else the first. */
function exampleOf(entry: DetailedEntry): OccurrenceDetail | undefined {
	return entry.occurrences.find((o) => o.span !== null) ?? entry.occurrences[0];
}

function distinctPaths(entry: DetailedEntry): string[] {
	return [...new Set(entry.occurrences.map((o) => o.path))];
}

/** IPA as the lessons write it, between slashes. */
export function slashed(ipa: string): string {
	return ipa.startsWith('/') || ipa.startsWith('[') ? ipa : `/${ipa}/`;
}

/**
 * Markdown emphasis as plain text for exports (the panel drops `**` too): `**bold**`, `__bold__`, `*em*`,
 * `_em_`, `~~struck~~` and `==marked==` lose their markers, a stray `**` too; `snake_case` and `2 * 3` stay.
 */
export function withoutEmphasis(text: string): string {
	if (!/[*_~=]/.test(text)) return text;
	return text
		.replace(/(\*\*|__|~~|==)(?=\S)([^\n]*?\S)\1/g, '$2')
		.replace(/\*\*/g, '')
		.replace(/(?<![\p{L}\p{N}*\\])\*(?=\S)([^*\n]*?\S)\*(?![\p{L}\p{N}*])/gu, '$1')
		.replace(/(?<![\p{L}\p{N}_\\])_(?=\S)([^_\n]*?\S)_(?![\p{L}\p{N}_])/gu, '$1');
}

function html(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/\t/g, ' ')
		.replace(/\r?\n/g, '<br>');
}
