import type { Lesson, Unit } from '../model';

/**
 * Where the cards go in Live Preview. Each unit of a lesson covers whole lines of the note, from its
 * header to its last written line; that span is shown as the unit's card unless the cursor or the
 * selection is in it, and then the editor shows the markdown (as Obsidian does with tables and callouts).
 * Plain offsets in, plain offsets out: the CodeMirror glue turns them into decorations.
 */

/** A span of the note's text, [from, to], in characters. */
export interface TextSpan {
	from: number;
	to: number;
}

export interface UnitSpan extends TextSpan {
	unit: Unit;
}

/** Character offsets of the note's 0-based lines: where a line starts, and where it ends before its break. */
export interface LineOffsets {
	start(line: number): number;
	end(line: number): number;
}

/** Each unit's span, header line start to the end of its last written line, in note order. */
export function unitSpans(lesson: Lesson, lines: LineOffsets): UnitSpan[] {
	return lesson.units.map((unit) => ({ unit, from: lines.start(unit.line), to: lines.end(unit.endLine) }));
}

/**
 * The spans shown as cards: those no selection range touches. A cursor at either end of a span
 * touches it, so arrowing onto a card's edge opens its markdown.
 */
export function cardSpans<S extends TextSpan>(spans: readonly S[], selection: readonly TextSpan[]): S[] {
	return spans.filter((span) => !selection.some((range) => touches(range, span)));
}

function touches(range: TextSpan, span: TextSpan): boolean {
	return range.from <= span.to && range.to >= span.from;
}

/**
 * Where the lesson's diagnostics stand: below the title line, or above the first unit when there is
 * no title. `side` is CodeMirror's: 1 after the position, -1 before it. Null when nothing is off.
 */
export function diagnosticsAnchor(lesson: Lesson, lines: LineOffsets): { pos: number; side: 1 | -1 } | null {
	if (lesson.diagnostics.length === 0) return null;
	if (lesson.titleLine !== null) return { pos: lines.end(lesson.titleLine), side: 1 };
	const first = lesson.units[0];
	return first ? { pos: lines.start(first.line), side: -1 } : { pos: 0, side: -1 };
}

/** The part of a card a click landed on (see the card's classes), or null for the card itself. */
export type ClickedPart = 'english' | 'translation' | 'terms' | null;

/** The line a click on a card's part opens for editing: that part's first line, else the header. */
export function lineToEdit(unit: Unit, part: ClickedPart): number {
	if (part === 'english' && unit.englishLines) return unit.englishLines[0];
	if (part === 'translation' && unit.translationLines) return unit.translationLines[0];
	if (part === 'terms') return unit.terms[0]?.line ?? unit.analysisLine ?? unit.line;
	return unit.line;
}
