import type { Diagnostic, Lesson, ParseOptions, Section, Unit } from '../model';
import { parseUnitHeader, type NumberedHeader } from './header';
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
import { bulletText } from './bullet';
import { detectMisEncoding } from './encoding';
import { blankFencedCode, heading, indent, isEnglish, isSeparator, splitLines } from './text';
import { isAnalysisLabel, parseUnitBody } from './unitBody';

/**
 * Parses a note into the lesson model. Never throws: what is off becomes a diagnostic.
 * A note is a lesson when one of its numbered units teaches English: its English is English and
 * its analysis list has a term in Latin letters (or, if no bullet in the note could be read, its
 * list has bullets: then the diagnostics say why). The lesson is the run of units from the first
 * such unit up to the summary or vocabulary heading; numbered lines above it are not units.
 * For any other note `isLesson` is false and nothing else is filled in, unless it is a lesson
 * whose UTF-8 was decoded with a Windows code page: then it is a lesson with no units and a
 * `mis-encoded` error that names the code page, so lint and the reading view say why.
 * One pass over the lines plus per-unit work proportional to the unit: linear in the note.
 */
export function parseLesson(text: string, options: ParseOptions = {}): Lesson {
	const lesson = parseText(text, options);
	if (lesson.isLesson) return lesson;
	const mis = detectMisEncoding(text);
	if (mis === null) return lesson;
	const meant = parseText(mis.repaired, options);
	if (!meant.isLesson) return lesson;
	const message =
		`this note looks like UTF-8 read as ${mis.page} ("${mis.sample.written}" for "${mis.sample.meant}"): ` +
		`re-save it as UTF-8 to read its ${meant.units.length} unit${meant.units.length === 1 ? '' : 's'}`;
	return {
		...notALesson(),
		isLesson: true,
		titleLine: meant.titleLine,
		diagnostics: [{ line: mis.line, severity: 'error', code: 'mis-encoded', message }],
	};
}

function parseText(text: string, options: ParseOptions): Lesson {
	const lines = blankFencedCode(splitLines(text));
	const labels = options.analysisLabels ?? [];
	const bodyStart = frontmatterEnd(lines);

	const headers = findHeaders(lines, bodyStart);
	const first = firstAnalysed(lines, headers, labels);
	if (first < 0) return notALesson();
	const afterUnits = findAfterSections(lines, headers[first].line, labels);
	const unitsEnd = Math.min(afterUnits.summary?.line ?? lines.length, afterUnits.vocabularyLine ?? lines.length);

	const parsed: { unit: Unit; diagnostics: Diagnostic[] }[] = [];
	for (let k = first; k < headers.length && headers[k].line < unitsEnd; k++) {
		const { line, header } = headers[k];
		const next = Math.min(k + 1 < headers.length ? headers[k + 1].line : lines.length, unitsEnd);
		const unitDiagnostics: Diagnostic[] = [];
		parsed.push({ unit: parseUnitBody(lines, line, header, unitLastLine(lines, line, next, labels), labels, unitDiagnostics), diagnostics: unitDiagnostics });
	}
	let start = parsed.findIndex(({ unit }) => teaches(unit));
	if (start < 0) start = parsed.findIndex(({ unit }) => hasBulletsOnly(lines, unit));
	if (start < 0) return notALesson();
	// Units just before the first that teaches belong to it when their numbers run on: a unit 1 whose list was left out.
	while (start > 0 && parsed[start - 1].unit.n === parsed[start].unit.n - 1) start--;
	const units = parsed.slice(start).map((p) => p.unit);
	const diagnostics = parsed.slice(start).flatMap((p) => p.diagnostics);

	const firstUnitLine = units[0].line;
	const title = findTitle(lines, bodyStart, firstUnitLine);
	const declared = findDeclaredUnits(lines, title?.line ?? bodyStart, firstUnitLine);

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

/** A unit that teaches English: English text, and a glossed term in Latin letters. */
function teaches(unit: Unit): boolean {
	return isEnglish(unit.english) && unit.terms.some((t) => hasLatinLetter(t.term));
}

/** An English unit whose analysis list has bullets, none of them readable. */
function hasBulletsOnly(lines: readonly string[], unit: Unit): boolean {
	return isEnglish(unit.english) && unit.terms.length === 0 && unit.unreadBullets.some((b) => bulletText(lines[b.line]) !== null);
}

function hasLatinLetter(s: string): boolean {
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i) | 32;
		if (c >= 97 && c <= 122) return true;
	}
	return false;
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
	header: NumberedHeader;
}

/** Every unit header; headers without a number (`[02:10 → 02:34] …`) are numbered 1, 2, 3 … in turn. */
function findHeaders(lines: readonly string[], from: number): HeaderAt[] {
	const found: HeaderAt[] = [];
	let unnumbered = 0;
	for (let line = from; line < lines.length; line++) {
		const c = lines[line][indent(lines[line])];
		if (c !== '(' && c !== '（' && c !== '#' && c !== '*' && c !== '【' && c !== '[') continue;
		const header = parseUnitHeader(lines[line]);
		if (header) found.push({ line, header: { ...header, n: header.n ?? ++unnumbered } });
	}
	return found;
}

/** The first header with an analysis label before the next header, or -1. */
function firstAnalysed(lines: readonly string[], headers: HeaderAt[], labels: readonly string[]): number {
	for (let k = 0; k < headers.length; k++) {
		const next = k + 1 < headers.length ? headers[k + 1].line : lines.length;
		for (let line = headers[k].line + 1; line < next; line++) if (isAnalysisLabel(lines[line], labels)) return k;
	}
	return -1;
}

/** A unit runs until the next header, a separator or a heading (other than `#### 解析`); the last line before it. */
function unitLastLine(lines: readonly string[], headerLine: number, nextHeader: number, labels: readonly string[]): number {
	for (let line = headerLine + 1; line < nextHeader; line++) {
		if (isSeparator(lines[line]) || (heading(lines[line]) && !isAnalysisLabel(lines[line], labels))) return line - 1;
	}
	return nextHeader - 1;
}

/** The summary section and the vocabulary heading after `from`; a `#### 解析` heading is neither. */
function findAfterSections(lines: readonly string[], from: number, labels: readonly string[]): { summary: Section | null; vocabularyLine: number | null } {
	let summary: Section | null = null;
	let vocabularyLine: number | null = null;
	for (let line = from; line < lines.length; line++) {
		const h = heading(lines[line]);
		if (!h || isAnalysisLabel(lines[line], labels)) continue;
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
