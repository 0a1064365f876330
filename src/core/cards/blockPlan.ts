import type { Lesson, Term, Unit } from '../model';

/**
 * What one rendered block of a lesson note becomes. Obsidian's reading view renders a note
 * section by section, lazily and in any order; each section knows only its own line range.
 * Planning from that range alone (never from neighbouring blocks) is what lets a card that
 * spans several sections come out whole however the sections arrive.
 */
export type BlockPlan =
	| { kind: 'units'; slices: UnitSlice[]; diagnostics: boolean }
	/** Between two units (the `---` separator): becomes the space between cards. */
	| { kind: 'gap' }
	/** Title, intro, summary or vocabulary table: Obsidian's rendering, lightly styled. */
	| { kind: 'prose'; role: ProseRole; diagnostics: boolean };

export type ProseRole = 'title' | 'summary' | 'vocabulary' | 'other';

/**
 * - `header`: the card header (number, time, 🔥 count).
 * - `english`: the interlinear English, rendered in the block holding its first line.
 * - `translation`: the translation rendered from the model (the block mixes it with other parts).
 * - `own-translation`: the block is nothing but translation: keep Obsidian's own rendering of it.
 * - `terms`: chips for `UnitSlice.terms` and `UnitSlice.unread`.
 */
export type CardPart = 'header' | 'english' | 'translation' | 'own-translation' | 'terms';

/** The part of one unit that falls in a block. */
export interface UnitSlice {
	unit: Unit;
	parts: CardPart[];
	/** The analysis bullets whose line is in the block. */
	terms: Term[];
	/** The bullets in the block the parser could not read, shown as written. */
	unread: Unit['unreadBullets'];
	/** The block opens the card (holds the header line). */
	first: boolean;
	/** The block closes the card (holds the unit's last written line). */
	last: boolean;
}

/** Plans the block covering lines [lineStart, lineEnd] (inclusive) of a note parsed as `lesson`. */
export function planBlock(lesson: Lesson, lineStart: number, lineEnd: number): BlockPlan {
	const diagnostics = lesson.diagnostics.length > 0 && within(diagnosticsLine(lesson), lineStart, lineEnd);
	const slices = unitsIn(lesson.units, lineStart, lineEnd).map((unit) => sliceOf(unit, lineStart, lineEnd));
	if (slices.length > 0) return { kind: 'units', slices, diagnostics };
	const units = lesson.units;
	if (units.length > 0 && lineStart > units[0].line && lineEnd < units[units.length - 1].endLine) return { kind: 'gap' };
	return { kind: 'prose', role: proseRole(lesson, lineStart, lineEnd), diagnostics };
}

/** The line whose block shows the lesson's diagnostics: the title, else the first unit. */
function diagnosticsLine(lesson: Lesson): number {
	return lesson.titleLine ?? lesson.units[0]?.line ?? 0;
}

function sliceOf(unit: Unit, lineStart: number, lineEnd: number): UnitSlice {
	const parts: CardPart[] = [];
	if (within(unit.line, lineStart, lineEnd)) parts.push('header');
	if (unit.englishLines && within(unit.englishLines[0], lineStart, lineEnd)) parts.push('english');
	const translation = unit.translationLines;
	if (translation && parts.length === 0 && lineStart >= translation[0] && lineEnd <= translation[1]) parts.push('own-translation');
	else if (translation && within(translation[0], lineStart, lineEnd)) parts.push('translation');
	const terms = unit.terms.filter((term) => within(term.line, lineStart, lineEnd));
	const unread = unit.unreadBullets.filter((bullet) => within(bullet.line, lineStart, lineEnd));
	if (terms.length + unread.length > 0) parts.push('terms');
	return { unit, parts, terms, unread, first: within(unit.line, lineStart, lineEnd), last: within(unit.endLine, lineStart, lineEnd) };
}

/** Units whose lines overlap [lineStart, lineEnd]; units are in line order, so binary search. */
function unitsIn(units: Unit[], lineStart: number, lineEnd: number): Unit[] {
	let lo = 0;
	let hi = units.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (units[mid].endLine < lineStart) lo = mid + 1;
		else hi = mid;
	}
	const found: Unit[] = [];
	for (let i = lo; i < units.length && units[i].line <= lineEnd; i++) found.push(units[i]);
	return found;
}

function proseRole(lesson: Lesson, lineStart: number, lineEnd: number): ProseRole {
	if (lesson.titleLine !== null && within(lesson.titleLine, lineStart, lineEnd)) return 'title';
	const vocabularyEnd = lesson.vocabulary.reduce((end, row) => Math.max(end, row.line), lesson.vocabularyLine ?? -1);
	if (lesson.vocabularyLine !== null && lineEnd >= lesson.vocabularyLine && lineStart <= vocabularyEnd) return 'vocabulary';
	const summary = lesson.summary;
	if (summary && lineEnd >= summary.line && lineStart <= summary.endLine) return 'summary';
	return 'other';
}

function within(line: number, lineStart: number, lineEnd: number): boolean {
	return line >= lineStart && line <= lineEnd;
}
