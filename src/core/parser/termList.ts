import type { Term } from '../model';
import { bulletText, definitionText, isSpaceOrTab, parseTermBullet, plainTermLine } from './bullet';
import { unquote } from './quote';
import { isTagLine } from './html';
import { lazyTermMaker } from './lazySpans';
import { columnsOf, isAlignmentRow, rowFields, tableCells, type Columns } from './table';
import { hasFire, indent, isBlank, isFootnoteDefinition, stripFire } from './text';

export interface TermList {
	terms: Term[];
	unread: { line: number; text: string }[];
	/** The list's last non-blank line, or 0 when it has none. */
	lastLine: number;
}

/**
 * The term list under an analysis label, lines [from, to]: bullets (`*`, `-`, `+`, `1.`), quoted or not, read as
 * terms (and lines of a Latin term and its meaning with no bullet, `grow out of — 起源于`, or a definition list's term
 * and its `: meaning` line; task items `- [ ]` are passed over), lines indented under a term (`  * 例句：…`) as its examples, and a table as one term per
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
		if (isBlank(text) || isFootnoteDefinition(text)) continue;
		const at = indent(text);
		if (isTask(text, at) || isTagLine(text)) continue; // `- [ ] 复习 🔥 词汇`: a to-do, not a term; `</details>`
		const before = list.lastLine;
		list.lastLine = line;
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
		// A definition list (`dawn chorus 🔥` then `: 黎明鸟鸣合唱`): the line before, unread alone, is its term.
		const unread = list.unread.at(-1);
		if (unread !== undefined && unread.line === before) {
			const definition = definitionText(text);
			const term = definition === null ? null : plainTermLine(`${unread.text}：${definition}`);
			if (term) {
				list.unread.pop();
				list.terms.push(makeTerm(term, unread.line, `${unread.text}\n${text.trim()}`));
				termIndent = at;
				continue;
			}
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

/** `- [ ] …` or `- [x] …`: a task list item. */
function isTask(text: string, at: number): boolean {
	const c = text.charCodeAt(at);
	return (c === 45 || c === 42 || c === 43) && text.charCodeAt(at + 2) === 91 && text.charCodeAt(at + 4) === 93 && isSpaceOrTab(text.charCodeAt(at + 1)) && ' xX'.includes(text[at + 3]);
}
