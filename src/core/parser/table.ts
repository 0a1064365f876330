import { stripBold } from './text';

/** The cells of a Markdown table row `| a | b |`, trimmed and bold markers removed. */
export function tableCells(row: string): string[] {
	let inner = row.trim().slice(1);
	if (inner.endsWith('|')) inner = inner.slice(0, -1);
	return inner.split('|').map((c) => stripBold(c).trim());
}

export function isAlignmentRow(cells: readonly string[]): boolean {
	return cells.every((c) => /^:?-+:?$/.test(c));
}

/** Which cell holds what, read off a vocabulary table's header row. */
export interface Columns {
	term: number;
	meaning: number;
	ipa: number;
	pos: number;
}

const MEANING = ['含义', '释义', '意思', '词义', '中文', '翻译', '解释', 'meaning', 'definition', 'translation', 'chinese'];
const IPA = ['音标', '发音', 'ipa', 'pronunciation', 'phonetic'];
const POS = ['词性', 'pos', 'part of speech', 'word class'];
const TERM = ['词汇', '单词', '短语', '词语', '表达', '术语', 'term', 'word', 'phrase', 'vocabulary', 'expression'];

/**
 * Columns by their headers (含义 / 释义 / meaning, 音标 / IPA, 词性 / POS, 词汇 / term); without a
 * known header the term is the first column and the meaning the first other column left.
 */
export function columnsOf(header: readonly string[]): Columns {
	const find = (names: string[]) => header.findIndex((h) => names.some((name) => h.toLowerCase().includes(name)));
	const ipa = find(IPA);
	const pos = find(POS);
	let meaning = find(MEANING);
	let term = header.findIndex((h, i) => i !== meaning && i !== ipa && i !== pos && TERM.some((name) => h.toLowerCase().includes(name)));
	if (term < 0) term = [0, 1, 2].find((i) => i !== meaning && i !== ipa && i !== pos) ?? 0;
	if (meaning < 0) meaning = header.findIndex((_, i) => i !== term && i !== ipa && i !== pos);
	return { term, meaning, ipa, pos };
}

/** A row's cells by column; an IPA cell loses its slashes or brackets. */
export function rowFields(cells: readonly string[], columns: Columns): { term: string; meaning: string; ipa: string | null; pos: string | null; extra: string[] } {
	const cell = (i: number) => (i >= 0 ? (cells[i] ?? '') : '');
	const ipa = cell(columns.ipa).replace(/^[/[]\s*|\s*[/\]]$/g, '');
	const used = new Set([columns.term, columns.meaning, columns.ipa, columns.pos]);
	return {
		term: cell(columns.term),
		meaning: cell(columns.meaning),
		ipa: columns.ipa >= 0 && ipa !== '' ? ipa : null,
		pos: columns.pos >= 0 && cell(columns.pos) !== '' ? cell(columns.pos) : null,
		extra: cells.filter((_, i) => !used.has(i)),
	};
}
