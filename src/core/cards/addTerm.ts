import type { Lesson } from '../model';
import { quotePrefixEnd } from '../parser/quote';

/** A term the reader adds to a unit from its English. */
export interface NewTerm {
	term: string;
	ipa: string;
	pos: string;
	meaning: string;
	hot: boolean;
}

/** New lines to insert before line `line` (0-based; the note's line count appends them at its end). */
export interface Insertion {
	line: number;
	lines: string[];
}

const ANALYSIS_LABEL = '解析：';

/** The text selected in a card's English as a term: one line, trimmed of spaces and the punctuation around words. */
export function termFromSelection(text: string): string {
	return text.replace(/\s+/g, ' ').replace(/^[\s.,;:!?"'“”‘’()[\]{}—–-]+|[\s.,;:!?"'“”‘’()[\]{}—–-]+$/g, '');
}

/** Why a term cannot be written as a bullet (the display words it). */
export type TermProblem = 'empty-term' | 'no-meaning' | 'multi-line' | 'bold';

/** Why `term` cannot be written as a bullet, or null when it can. */
export function termProblem(term: NewTerm): TermProblem | null {
	if (term.term.trim() === '') return 'empty-term';
	if (term.meaning.trim() === '') return 'no-meaning';
	const fields = [term.term, term.ipa, term.pos, term.meaning];
	if (fields.some((field) => /[\r\n]/.test(field))) return 'multi-line';
	if (term.term.includes('**')) return 'bold';
	return null;
}

/**
 * The bullet for a term, in the lesson format: `* **term** /ipa/：pos，meaning 🔥` (IPA, part of
 * speech and 🔥 only when given). `marker` is the list's own bullet marker.
 */
export function termBullet(term: NewTerm, marker = '*'): string {
	const ipa = term.ipa.trim().replace(/^\/|\/$/g, '');
	const head = `${marker} **${term.term.trim()}**${ipa ? ` /${ipa}/` : ''}`;
	const pos = term.pos.trim();
	const body = pos ? `${pos}，${term.meaning.trim()}` : term.meaning.trim();
	return `${head}：${body}${term.hot ? ' 🔥' : ''}`;
}

/**
 * Where a new term of unit `n` goes: after the last line of its analysis list (or after the label
 * of an empty one), in that list's bullet style and inside its blockquote or callout; a unit without
 * a list gets one after its last line. Null when the lesson has no unit `n`.
 */
export function termInsertion(lesson: Lesson, n: number, term: NewTerm, lines: readonly string[]): Insertion | null {
	const unit = lesson.units.find((u) => u.n === n);
	if (!unit) return null;
	if (unit.analysisLine === null) return { line: unit.endLine + 1, lines: ['', ANALYSIS_LABEL, termBullet(term)] };
	const bullets = [...unit.terms.map((t) => t.line), ...unit.unreadBullets.map((b) => b.line)];
	if (bullets.length === 0) return { line: unit.analysisLine + 1, lines: [quoteOf(lines[unit.analysisLine]) + termBullet(term)] };
	// After the list's last line, so the examples indented under the last term stay with it.
	const lastBullet = lines[Math.max(...bullets)] ?? '';
	return { line: unit.endLine + 1, lines: [quoteOf(lastBullet) + termBullet(term, nextMarker(lastBullet))] };
}

/** A line's blockquote marks (`> `): a list in a blockquote or callout gets its new bullet inside it. */
function quoteOf(line: string | undefined): string {
	return line === undefined ? '' : line.slice(0, quotePrefixEnd(line));
}

/** The marker of the bullet after `line` in its list: the same `*`, `-` or `+`, or the next number (`3.` → `4.`). */
function nextMarker(line: string): string {
	const mark = /^\s*(?:([*+-])|(\d{1,9})([.)]))[ \t]/.exec(line.slice(quotePrefixEnd(line)));
	if (!mark) return '*';
	return mark[1] ?? `${Number(mark[2]) + 1}${mark[3]}`;
}

/** `text` with the insertion made, in the note's own line endings; every other byte kept. */
export function applyInsertion(text: string, insertion: Insertion): string {
	const eol = text.includes('\r\n') ? '\r\n' : '\n';
	const added = insertion.lines.join(eol);
	let offset = 0;
	for (let line = 0; line < insertion.line; line++) {
		const next = text.indexOf('\n', offset);
		if (next === -1) {
			// Past the last line: append, after a line break if the note does not end with one.
			return text.length === 0 || text.endsWith('\n') ? text + added + eol : text + eol + added;
		}
		offset = next + 1;
	}
	return text.slice(0, offset) + added + eol + text.slice(offset);
}

/** The insertion as one editor change: the text to put at a position (line, ch), in the editor's `\n` lines. */
export function editorChange(insertion: Insertion, lines: readonly string[]): { line: number; ch: number; text: string } {
	const added = insertion.lines.join('\n');
	if (insertion.line < lines.length) return { line: insertion.line, ch: 0, text: `${added}\n` };
	const last = lines.length - 1;
	return { line: last, ch: lines[last].length, text: `\n${added}` };
}
