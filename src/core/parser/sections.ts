import type { Section, VocabularyRow } from '../model';
import { columnsOf, isAlignmentRow, rowFields, tableCells, type Columns } from './table';
import { heading, isBlank, isDigit, stripBold, stripLeadingEmoji } from './text';

/** The line after a leading YAML frontmatter block, or 0. */
export function frontmatterEnd(lines: readonly string[]): number {
	if (lines[0]?.trim() !== '---') return 0;
	for (let i = 1; i < lines.length; i++) {
		const t = lines[i].trim();
		if (t === '---' || t === '...') return i + 1;
	}
	return 0;
}

/** The last H1 in lines[from, to): the lesson's title (leading emoji dropped). */
export function findTitle(lines: readonly string[], from: number, to: number): { title: string; line: number } | null {
	for (let i = to - 1; i >= from; i--) {
		const h = heading(lines[i]);
		if (h && h.level === 1) return { title: stripLeadingEmoji(stripBold(h.text)).trim(), line: i };
	}
	return null;
}

/** `本文共 **63 个语义单元**`, `共 3 个句子` or `共 3 个单元` → the count (the first such line in lines[from, to)). */
export function findDeclaredUnits(lines: readonly string[], from: number, to: number): { count: number; line: number } | null {
	for (let i = from; i < to; i++) {
		let at = lines[i].indexOf('语义单元');
		// `句子` and `单元` only counted with `个` (`第 2 单元` names one).
		if (at < 0) at = countedAt(lines[i], '个句子');
		if (at < 0) at = countedAt(lines[i], '个单元');
		if (at < 0) continue;
		// Walk back over `个`, bold marks and spaces to the digits.
		let j = at - 1;
		while (j >= 0 && (lines[i][j] === '个' || lines[i][j] === '*' || lines[i][j] === ' ')) j--;
		let digits = '';
		while (j >= 0 && isDigit(lines[i][j])) digits = lines[i][j--] + digits;
		if (digits !== '') return { count: Number(digits), line: i };
	}
	return null;
}

/** Where `marker` (`个句子`) stands in the line, at its `个`'s next character as `语义单元` would, or -1. */
function countedAt(line: string, marker: string): number {
	const at = line.indexOf(marker);
	return at < 0 ? -1 : at + 1;
}

/** The first blockquote in lines[from, to), without its `>` marks. */
export function findIntro(lines: readonly string[], from: number, to: number): string | null {
	let i = from;
	while (i < to && !lines[i].trimStart().startsWith('>')) i++;
	const quote: string[] = [];
	for (; i < to && lines[i].trimStart().startsWith('>'); i++) quote.push(lines[i].trimStart().slice(1).trim());
	return quote.length ? quote.join('\n').trim() : null;
}

export function isSummaryHeading(text: string): boolean {
	return text.includes('小结') || text.toLowerCase().includes('summary');
}

export function isVocabularyHeading(text: string): boolean {
	const lower = text.toLowerCase();
	return text.includes('词汇') || lower.includes('vocabulary') || lower.includes('glossary');
}

/** The prose under a heading at `line`, up to the next heading (exclusive) or `to`. */
export function readSection(lines: readonly string[], line: number, to: number): Section {
	const h = heading(lines[line]);
	let end = line + 1;
	while (end < to && !heading(lines[end])) end++;
	let last = end - 1;
	while (last > line && isBlank(lines[last])) last--;
	return { heading: h ? stripLeadingEmoji(h.text) : lines[line].trim(), text: lines.slice(line + 1, last + 1).join('\n').trim(), line, endLine: last };
}

/** Rows of the Markdown table under a vocabulary heading, columns mapped by the header row; the alignment row is skipped. */
export function readVocabulary(lines: readonly string[], headingLine: number, to: number): VocabularyRow[] {
	const rows: VocabularyRow[] = [];
	let columns: Columns | null = null;
	for (let i = headingLine + 1; i < to && !heading(lines[i]); i++) {
		const t = lines[i].trim();
		if (!t.startsWith('|')) {
			if (columns && !isBlank(t)) break;
			continue;
		}
		const cells = tableCells(t);
		if (isAlignmentRow(cells)) continue;
		if (!columns) {
			columns = columnsOf(cells);
			continue;
		}
		const { term, meaning, ipa, pos, extra } = rowFields(cells, columns);
		if (term !== '') rows.push({ term, meaning, ipa, pos, extra, line: i });
	}
	return rows;
}
