import type { Lesson, Term, Unit } from '../model';
import { planBlock, type BlockPlan } from './blockPlan';

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

/** The spans whose markdown is open: those a selection range touches. */
export function openSpans<S extends TextSpan>(spans: readonly S[], selection: readonly TextSpan[]): S[] {
	return spans.filter((span) => selection.some((range) => touches(range, span)));
}

/**
 * Whether every edited range (in the text before the edit) falls inside one open span: then the
 * cards stand as they were, only moved, and the lesson can be parsed again later.
 */
export function editsWithin(edits: readonly TextSpan[], open: readonly TextSpan[]): boolean {
	return open.length > 0 && edits.every((edit) => open.some((span) => edit.from >= span.from && edit.to <= span.to));
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

/** A unit's whole card as one block: header, English, translation and chips. */
export function unitPlan(lesson: Lesson, unit: Unit): BlockPlan {
	const plan = planBlock(lesson, unit.line, unit.endLine);
	// The diagnostics stand apart (see diagnosticsAnchor): editing the first unit must not hide them.
	return plan.kind === 'gap' ? plan : { ...plan, diagnostics: false };
}

/** A card's height in pixels at a reading width, roughly: header, English (tall lines, for glosses), translation, chips. */
export function cardHeight(unit: Unit): number {
	const lines = (text: string, perLine: number) => Math.ceil(text.length / perLine);
	return 80 + 36 * lines(unit.english, 80) + 24 * lines(unit.translation, 40) + 30 * Math.ceil(unit.terms.length / 2);
}

/**
 * What a unit's card is drawn from, as one string: a card depends on its unit's own lines only, and
 * on where its chips link. (Settings are the caller's to add.) Comparing the markdown is cheaper
 * than any signature of the parsed unit, and a lesson has a few dozen units to compare per keystroke.
 */
export function unitCardKey(unit: Unit, markdown: string, notePath: (term: Term) => string | null): string {
	return `${unit.terms.map((term) => notePath(term) ?? '').join('\u0000')}\u0001${markdown}`;
}
