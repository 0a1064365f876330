import { toCsv } from './csv';
import type { GlossaryEntry, Occurrence } from './types';

export const CSV_HEADER = ['Term', 'IPA', 'Part of speech', 'Meaning', 'Hot', 'Lessons', 'Lesson files', 'Example', 'Translation'];

/** One row per entry under CSV_HEADER; several readings are joined with "; ". */
export function csvRows(entries: readonly GlossaryEntry[]): string[][] {
	return entries.map((entry) => {
		const example = exampleOf(entry);
		return [
			entry.term,
			entry.ipa.map(slashed).join('; '),
			entry.pos.join('; '),
			entry.meanings.join('; '),
			entry.hot ? 'yes' : '',
			String(entry.lessonCount),
			distinctPaths(entry).join('; '),
			example?.sentence ?? '',
			example?.translation ?? '',
		];
	});
}

/** The glossary as CSV, UTF-8 with a byte order mark so spreadsheet apps read the Chinese right. */
export function glossaryCsv(entries: readonly GlossaryEntry[]): string {
	return '\uFEFF' + toCsv([CSV_HEADER, ...csvRows(entries)]);
}

export interface AnkiCard {
	/** HTML: the term and its IPA. */
	front: string;
	/** HTML: the meanings, then an example sentence and its translation. */
	back: string;
}

export function ankiCards(entries: readonly GlossaryEntry[]): AnkiCard[] {
	return entries.map((entry) => {
		const example = exampleOf(entry);
		const ipa = entry.ipa.length > 0 ? `<br>${html(entry.ipa.map(slashed).join(' '))}` : '';
		const parts = [html(entry.meanings.join('; '))];
		if (example) parts.push(`<i>${html(example.sentence)}</i>`, html(example.translation));
		return { front: html(entry.term) + ipa, back: parts.filter((p) => p !== '').join('<br><br>') };
	});
}

/**
 * Tab-separated cards with Anki's file headers (tab separator, HTML fields, front/back columns).
 * Fields carry no raw tab or line break: `html` turns line breaks into <br>.
 */
export function ankiTsv(cards: AnkiCard[]): string {
	const header = ['#separator:tab', '#html:true', '#columns:Front\tBack'];
	return [...header, ...cards.map((card) => `${card.front}\t${card.back}`)].join('\n') + '\n';
}

/** Reads an Anki TSV back into cards; header lines (`#…`) are skipped. */
export function parseAnkiTsv(text: string): AnkiCard[] {
	return text
		.split(/\r?\n/)
		.filter((line) => line !== '' && !line.startsWith('#'))
		.map((line) => {
			const tab = line.indexOf('\t');
			return tab === -1 ? { front: line, back: '' } : { front: line.slice(0, tab), back: line.slice(tab + 1) };
		});
}

/** The occurrence shown as the example: the first one whose sentence contains the term, else the first. */
function exampleOf(entry: GlossaryEntry): Occurrence | undefined {
	return entry.occurrences.find((o) => o.span !== null) ?? entry.occurrences[0];
}

function distinctPaths(entry: GlossaryEntry): string[] {
	return [...new Set(entry.occurrences.map((o) => o.path))];
}

/** IPA as the lessons write it, between slashes. */
export function slashed(ipa: string): string {
	return ipa.startsWith('/') || ipa.startsWith('[') ? ipa : `/${ipa}/`;
}

function html(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/\t/g, ' ')
		.replace(/\r?\n/g, '<br>');
}
