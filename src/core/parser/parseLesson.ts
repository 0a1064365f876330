import type { Diagnostic, Lesson, ParseOptions, Section, Unit } from '../model';
import { parseUnitHeader, type UnitHeader } from './header';
import {
	findDeclaredUnits,
	findIntro,
	findTitle,
	frontmatterEnd,
	isSummaryHeading,
	isVocabularyHeading,
	readSection,
	readVocabulary,
} from './sections';
import { bulletText, parseTermBullet } from './bullet';
import { heading, indent, isBlank, isSeparator, splitLines } from './text';
import { isAnalysisLabel, parseUnitBody } from './unitBody';

/**
 * Parses a note into the lesson model. Never throws: what is off becomes a diagnostic.
 * A note is a lesson when at least one numbered unit has English and a 解析 list with a term;
 * for any other note `isLesson` is false and nothing else is filled in.
 * One pass over the lines plus per-unit work proportional to the unit: linear in the note.
 */
export function parseLesson(text: string, options: ParseOptions = {}): Lesson {
	const lines = splitLines(text);
	const labels = options.analysisLabels ?? [];
	const bodyStart = frontmatterEnd(lines);

	const headers = findHeaders(lines, bodyStart);
	const start = lessonStart(lines, headers, labels);
	if (start < 0) return notALesson();

	const diagnostics: Diagnostic[] = [];
	const units: Unit[] = [];
	for (let k = start; k < headers.length; k++) {
		const { line, header } = headers[k];
		const to = unitLastLine(lines, line, k + 1 < headers.length ? headers[k + 1].line : lines.length, labels);
		units.push(parseUnitBody(lines, line, header, to, labels, diagnostics));
	}
	if (!units.some((u) => u.english !== '' && u.terms.length > 0)) return notALesson();

	const firstUnitLine = units[0].line;
	const title = findTitle(lines, bodyStart, firstUnitLine);
	const declared = findDeclaredUnits(lines, title?.line ?? bodyStart, firstUnitLine);
	const afterUnits = findAfterSections(lines, firstUnitLine);

	diagnoseNumbering(units, declared, diagnostics);
	diagnostics.sort((a, b) => a.line - b.line);
	return {
		isLesson: true,
		title: title?.title ?? null,
		titleLine: title?.line ?? null,
		declaredUnits: declared?.count ?? null,
		intro: findIntro(lines, title ? title.line + 1 : bodyStart, firstUnitLine),
		units,
		summary: afterUnits.summary,
		vocabulary: afterUnits.vocabularyLine === null ? [] : readVocabulary(lines, afterUnits.vocabularyLine, lines.length),
		vocabularyLine: afterUnits.vocabularyLine,
		diagnostics,
	};
}

function notALesson(): Lesson {
	return {
		isLesson: false,
		title: null,
		titleLine: null,
		declaredUnits: null,
		intro: null,
		units: [],
		summary: null,
		vocabulary: [],
		vocabularyLine: null,
		diagnostics: [],
	};
}

interface HeaderAt {
	line: number;
	header: UnitHeader;
}

function findHeaders(lines: readonly string[], from: number): HeaderAt[] {
	const found: HeaderAt[] = [];
	for (let line = from; line < lines.length; line++) {
		const c = lines[line][indent(lines[line])];
		if (c !== '(' && c !== '（' && c !== '#') continue;
		const header = parseUnitHeader(lines[line]);
		if (header) found.push({ line, header });
	}
	return found;
}

/**
 * The first header that really opens a unit: it has a time range, or a 解析 label follows it
 * before the next header. Numbered lines above the lesson ("(1) buy milk") are not units.
 * -1 when no label in the note is followed by a readable term: then no unit could make it a lesson.
 */
function lessonStart(lines: readonly string[], headers: HeaderAt[], labels: readonly string[]): number {
	if (!hasTermList(lines, headers[0]?.line ?? lines.length, labels)) return -1;
	for (let k = 0; k < headers.length; k++) {
		if (headers[k].header.start !== null) return k;
		const next = k + 1 < headers.length ? headers[k + 1].line : lines.length;
		for (let line = headers[k].line + 1; line < next; line++) if (isAnalysisLabel(lines[line], labels)) return k;
	}
	return -1;
}

/** True when some analysis label at or after `from` is followed by a readable term bullet. */
function hasTermList(lines: readonly string[], from: number, labels: readonly string[]): boolean {
	for (let line = from; line < lines.length; line++) {
		if (!isAnalysisLabel(lines[line], labels)) continue;
		for (let next = line + 1; next < lines.length; next++) {
			if (isBlank(lines[next])) continue;
			const bullet = bulletText(lines[next]);
			if (bullet === null) break;
			if (parseTermBullet(bullet) !== null) return true;
		}
	}
	return false;
}

/** A unit runs until the next header, a separator or a heading (other than `#### 解析`); the last line before it. */
function unitLastLine(lines: readonly string[], headerLine: number, nextHeader: number, labels: readonly string[]): number {
	for (let line = headerLine + 1; line < nextHeader; line++) {
		if (isSeparator(lines[line]) || (heading(lines[line]) && !isAnalysisLabel(lines[line], labels))) return line - 1;
	}
	return nextHeader - 1;
}

function findAfterSections(lines: readonly string[], from: number): { summary: Section | null; vocabularyLine: number | null } {
	let summary: Section | null = null;
	let vocabularyLine: number | null = null;
	for (let line = from; line < lines.length; line++) {
		const h = heading(lines[line]);
		if (!h) continue;
		if (vocabularyLine === null && isVocabularyHeading(h.text)) vocabularyLine = line;
		else if (summary === null && isSummaryHeading(h.text)) summary = readSection(lines, line, lines.length);
	}
	return { summary, vocabularyLine };
}

function diagnoseNumbering(units: Unit[], declared: { count: number; line: number } | null, out: Diagnostic[]): void {
	if (declared && declared.count !== units.length) {
		out.push({
			line: declared.line,
			severity: 'warning',
			code: 'count-mismatch',
			message: `declared ${declared.count} units, found ${units.length}`,
		});
	}
	const seen = new Set<number>();
	let previous = 0;
	for (const unit of units) {
		if (seen.has(unit.n)) {
			out.push({ line: unit.line, severity: 'error', code: 'number-repeated', message: `unit (${unit.n}) appears more than once`, unit: unit.n });
		} else if (unit.n !== previous + 1) {
			const message =
				unit.n > previous + 1
					? `unit (${unit.n}) follows (${previous}): ${missing(previous + 1, unit.n - 1)} missing`
					: `unit (${unit.n}) follows (${previous}): out of order`;
			out.push({ line: unit.line, severity: 'warning', code: 'number-skipped', message, unit: unit.n });
		}
		seen.add(unit.n);
		previous = unit.n;
	}
}

function missing(from: number, to: number): string {
	return from === to ? `(${from})` : `(${from})–(${to})`;
}
