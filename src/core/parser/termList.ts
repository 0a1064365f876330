import type { Term } from '../model';
import { bulletText, parseTermBullet, plainTermLine } from './bullet';
import { unquote } from './quote';
import { lazyTermMaker } from './lazySpans';
import { columnsOf, isAlignmentRow, rowFields, tableCells, type Columns } from './table';
import { hasFire, indent, isBlank, stripFire } from './text';

export interface TermList {
	terms: Term[];
	unread: { line: number; text: string }[];
	/** The list's last non-blank line, or 0 when it has none. */
	lastLine: number;
}

/**
 * The term list under an analysis label, lines [from, to]: bullets (`*`, `-`, `+`, `1.`), quoted or not, read as
 * terms (and lines of a Latin term and its meaning with no bullet, `grow out of — 起源于`), lines indented under a term (`  * 例句：…`) as its examples, and a table as one term per
 * row (columns by their headers). Each term is located in `english` when a span of the unit's terms is first read.
 */
export function readTermList(lines: readonly string[], from: number, to: number, english: string): TermList {
	const list: TermList = { terms: [], unread: [], lastLine: 0 };
	const makeTerm = lazyTermMaker(english, list.terms);
	let termIndent = -1;
	let columns: Columns | null = null;
	for (let line = from; line <= to; line++) {
		// In a blockquote or callout (`> - **term**：…`), read what the quote holds.
		const text = unquote(lines[line]);
		if (isBlank(text)) continue;
		list.lastLine = line;
		const at = indent(text);
		const last = list.terms.at(-1);
		if (last && termIndent >= 0 && at > termIndent) {
			(last.examples ??= []).push(bulletText(text) ?? text.trim());
			continue;
		}
		if (text.charCodeAt(at) === 124) { // |, by code: a Chinese first character read as a string is a new string
			const cells = tableCells(text);
			if (isAlignmentRow(cells)) continue;
			if (columns === null) {
				columns = columnsOf(cells);
				continue;
			}
			const raw = text.trim();
			const row = rowFields(cells.map((c) => stripFire(c).trim()), columns);
			if (row.term === '') list.unread.push({ line, text: raw });
			else list.terms.push(makeTerm({ term: row.term, ipa: row.ipa, pos: row.pos, meaning: row.meaning, hot: hasFire(raw) }, line, raw));
			termIndent = -1;
			continue;
		}
		const bulleted = bulletText(text);
		const bullet = bulleted === null ? plainTermLine(text) : parseTermBullet(bulleted);
		if (bullet) {
			list.terms.push(makeTerm(bullet, line, bulleted ?? text.trim()));
			termIndent = at;
		} else {
			list.unread.push({ line, text: bulleted ?? text.trim() });
			termIndent = -1;
		}
	}
	return list;
}
