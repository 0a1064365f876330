import type { Diagnostic, DiagnosticParams, Lesson, ParseOptions, Section, Unit } from '../model';
import { diagnostic } from './diagnostic';
import { parseUnitHeader, type HeaderAt, type NumberedHeader, type UnitHeader } from './header';
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
import { bulletText, definitionText, plainTermLine } from './bullet';
import { restoreFormatWords } from '../repair/formatWords';
import { detectMisEncoding } from './encoding';
import { calloutTitle, unquote } from './quote';
import { blankFencedCode, hasCjk, heading, indent, isEnglish, isSeparator, lineScript, splitLines } from './text';
import { findUnheadedUnits } from './unheadedUnits';
import { bodyContent, isAnalysisLabel, parseUnitBody } from './unitBody';

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
	// A note that lost bytes on the way has its analysis labels put back (no language model: that is the repair command's).
	let meant = parseText(mis.repaired, options);
	if (!meant.isLesson) meant = parseText(restoreFormatWords(mis.repaired, mis.page, options.analysisLabels), options);
	if (!meant.isLesson) return lesson;
	const params = { kind: 'mis-encoded', page: mis.page, written: mis.sample.written, meant: mis.sample.meant, units: meant.units.length } as const;
	return {
		...notALesson(),
		isLesson: true,
		titleLine: meant.titleLine,
		diagnostics: [diagnostic(mis.line, 'error', params)],
	};
}

function parseText(text: string, options: ParseOptions): Lesson {
	const lines = blankFencedCode(splitLines(text));
	const labels = options.analysisLabels ?? [];
	const bodyStart = frontmatterEnd(lines);
	const headed = lessonOf(lines, findHeaders(lines, bodyStart), bodyStart, labels);
	// A note whose headers open units that mostly gloss nothing is a log: its lines are not read again as units without headers.
	if (headed === FEW_GLOSSED) return notALesson();
	if (headed !== null) return headed;
	// Units without headers each need a Chinese line (their headers are weak): a note without a CJK character has none.
	const unheaded = hasCjk(text) ? lessonOf(lines, findUnheadedUnits(lines, bodyStart, labels), bodyStart, labels) : null;
	return unheaded === null || unheaded === FEW_GLOSSED ? notALesson() : unheaded;
}

/** What `lessonOf` gives for headers whose units mostly have no analysis list (a day's `[09:00-10:00]` blocks): no lesson. */
const FEW_GLOSSED = 'few-glossed';

/** The lesson the headers open, null when no unit teaches, or FEW_GLOSSED when fewer than half its counted units have an analysis list. */
function lessonOf(lines: readonly string[], headers: HeaderAt[], bodyStart: number, labels: readonly string[]): Lesson | typeof FEW_GLOSSED | null {
	const nextLine = (k: number) => (k + 1 < headers.length ? headers[k + 1].line : lines.length);
	// A unit parsed to find where the lesson starts is kept: the search may look at a unit twice, and the lesson takes it as it is.
	const tried = new Map<number, ParsedUnit>();
	const parse = (k: number, end: number): ParsedUnit => {
		const known = end === nextLine(k) ? tried.get(k) : undefined;
		if (known) return known;
		const { line, header } = headers[k];
		const diagnostics: Diagnostic[] = [];
		return { unit: parseUnitBody(lines, line, header, unitLastLine(lines, line, end, labels), labels, diagnostics), diagnostics };
	};
	const tryUnit = (k: number): Unit => {
		let parsed = tried.get(k);
		if (!parsed) tried.set(k, (parsed = parse(k, nextLine(k))));
		return parsed.unit;
	};
	// Only headers that look like a lesson's are parsed to find where it starts: a note of a million `(1)` lines stays cheap.
	const first = (test: (unit: Unit) => boolean) => headers.findIndex((at, k) => mayTeach(lines, at, nextLine(k), labels) && test(tryUnit(k)));
	let start = first(teaches);
	if (start < 0) start = first((unit) => hasBulletsOnly(lines, unit));
	if (start < 0) return null;
	// Units just before the first that teaches belong to it when their numbers run on: a unit 1 whose list was left out.
	while (start > 0 && headers[start - 1].header.n === headers[start].header.n - 1) start--;
	// A lesson pasted below a journal's own numbered sentences and word list: a unit (1) under a later H1, the lesson's title, that
	// teaches starts the lesson anew (of two lessons in one note, the last is read).
	for (let k = start + 1; k < headers.length; k++) {
		if (headers[k].header.n === 1 && hasTitleBetween(lines, headers[k - 1].line, headers[k].line) && mayTeach(lines, headers[k], nextLine(k), labels) && teaches(tryUnit(k))) start = k;
	}

	const afterUnits = findAfterSections(lines, headers, start, labels);
	const unitsEnd = Math.min(afterUnits.summary?.line ?? lines.length, afterUnits.vocabularyLine ?? lines.length);
	const units: Unit[] = [];
	const diagnostics: Diagnostic[] = [];
	for (let k = start; k < headers.length && headers[k].line < unitsEnd; k++) {
		if (k > start && endsLesson(lines, headers, k, nextLine(k), labels)) break;
		const parsed = parse(k, Math.min(nextLine(k), unitsEnd));
		units.push(parsed.unit);
		for (const d of parsed.diagnostics) diagnostics.push(d);
	}
	// Nearly every unit of a lesson glosses its words, and a lesson translates. Of units numbered only in turn, a time log where
	// one block of several lists words, or English show notes with a `Key words:` list, is no lesson; a lesson with written
	// numbers is one however damaged (a `---` pasted under a header leaves it empty), and its diagnostics say what is off.
	if (headers[start].header.counted) {
		let glossed = 0;
		let translated = 0;
		for (const unit of units) {
			if (unit.analysisLine !== null) glossed++;
			if (unit.translation !== '') translated++;
		}
		if (glossed * 2 < units.length || translated === 0) return FEW_GLOSSED;
	}

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
	return isEnglish(filled(unit.english)) && unit.terms.some((t) => hasLatinLetter(filled(t.term)));
}

/** An English unit whose analysis list has bullets, none of them readable. */
function hasBulletsOnly(lines: readonly string[], unit: Unit): boolean {
	return isEnglish(filled(unit.english)) && unit.terms.length === 0 && unit.unreadBullets.some((b) => bulletText(lines[b.line]) !== null);
}

/** A template's placeholders (`{{english}}`, Templater's `<% tp.file.title %>`): a template is no lesson. */
const PLACEHOLDER = /\{\{[^{}]*\}\}|<%[\s\S]*?%>/g;

/** `s` without its template placeholders. */
function filled(s: string): string {
	return s.replace(PLACEHOLDER, ' ');
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

interface ParsedUnit {
	unit: Unit;
	diagnostics: Diagnostic[];
}

/** Every unit header; headers without a number (`[02:10 → 02:34] …`) are numbered 1, 2, 3 … in turn. */
function findHeaders(lines: readonly string[], from: number): HeaderAt[] {
	const found: HeaderAt[] = [];
	let unnumbered = 0;
	for (let line = from; line < lines.length; line++) {
		// By code, not by character: a character above U+00FF read as a string is a new string each time.
		const text = lines[line];
		const at = indent(text);
		const c = text.charCodeAt(at);
		// ( （ # * 【 [, a digit (keycaps 1️⃣), a high surrogate (🔟), 第 (`第1句 [00:03-00:14]`) or > (a callout's title)
		if (c !== 40 && c !== 0xff08 && c !== 35 && c !== 42 && c !== 0x3010 && c !== 91 && !(c >= 48 && c <= 57) && c !== 0xd83d && c !== 0x7b2c && c !== 62) continue;
		if (c === 42 && text.charCodeAt(at + 1) !== 42) continue; // `*` then no `*`: a bullet, never a header
		const header = c === 62 ? calloutHeader(text) : parseUnitHeader(text); // >
		if (header === null) continue;
		if (header.n === null) {
			header.n = ++unnumbered;
			header.counted = true;
		}
		found.push({ line, header: header as NumberedHeader });
	}
	return found;
}

/** A unit header as a callout's title, read as a heading's (`> [!example] 句子 1 · 00:00:04 – 00:00:19`), or null. */
function calloutHeader(line: string): UnitHeader | null {
	const quoted = unquote(line);
	if (!quoted.startsWith('[!')) return null;
	const title = calloutTitle(quoted);
	return title === quoted ? null : parseUnitHeader(`## ${title}`);
}

/**
 * Whether a header may open a unit that teaches: English words on it or before its analysis label,
 * and a bullet, table row or (after a strong header) term line (`grow out of — 起源于`) after the label (all before the next header); after a weak header, a Chinese
 * line before the label too (a word list under `## Unit 1` has none). Reads the lines only.
 */
function mayTeach(lines: readonly string[], at: HeaderAt, next: number, labels: readonly string[]): boolean {
	let english = isEnglish(at.header.rest);
	let chinese = at.header.weak !== true;
	let line = at.line + 1;
	for (; line < next && !isAnalysisLabel(lines[line], labels); line++) {
		// An exercise's item (`(1) He ___ to London.`, then `答案：B`) glosses its answer, not an English text.
		if (isAnswerLine(lines[line])) return false;
		// As the unit will read it: a label such as `**原文：**` could outweigh a short English line.
		const content = bodyContent(lines[line]);
		english ||= isEnglish(content);
		chinese ||= hasChineseLine(lines[line]);
	}
	if (!english || !chinese) return false;
	let listed = false;
	for (line++; line < next; line++) {
		if (isAnswerLine(lines[line])) return false;
		const t = unquote(lines[line]);
		listed ||= bulletText(t) !== null || t.charCodeAt(indent(t)) === 124; // |
		// A term with no bullet (`grow out of — 起源于`, or a definition list's `: 起源于`) only after a header with a time range or
		// a written number: a class note's `octopus — 章鱼` lines under its English title open no unit.
		listed ||= at.header.weak !== true && (plainTermLine(t) !== null || definitionText(t) !== null);
	}
	return listed;
}

/** Not `答：` alone: an interview's translation may open with it, as its English opens with `A:`. */
const ANSWER_LABELS = ['答案', '参考答案', '正确答案', 'Answer', 'answer', 'ANSWER'];

/** `答案：B`, `**参考答案：** C`, `Answer: B`: an exercise's answer line (by its first code first: most lines are not). */
function isAnswerLine(line: string): boolean {
	let t = unquote(line).trimStart();
	if (t.startsWith('**')) t = t.slice(2);
	const c = t.charCodeAt(0);
	if (c !== 0x7b54 && c !== 0x53c2 && c !== 0x6b63 && c !== 65 && c !== 97) return false; // 答 参 正 A a
	for (const label of ANSWER_LABELS) {
		if (!t.startsWith(label)) continue;
		let i = label.length;
		if (t.startsWith('**', i)) i += 2;
		if (t[i] === '：' || t[i] === ':') return true;
	}
	return false;
}

/**
 * Whether the header k, below the lesson's units, opens the user's own numbered notes (`## My notes`, then `(1) raid 还可以作名词`):
 * a heading of no unit's stands above it, its number does not run on, and it may not teach. Units grouped under headings
 * (`## 与过去事实相反`, then `(3)`) run on, and a second part numbered from 1 again teaches.
 */
function endsLesson(lines: readonly string[], headers: readonly HeaderAt[], k: number, next: number, labels: readonly string[]): boolean {
	if (headers[k].header.n === headers[k - 1].header.n + 1) return false;
	let line = headers[k - 1].line + 1;
	while (line < headers[k].line && !(heading(lines[line]) && !isAnalysisLabel(lines[line], labels))) line++;
	return line < headers[k].line && !mayTeach(lines, headers[k], next, labels);
}

/** Whether an H1 stands between two lines. */
function hasTitleBetween(lines: readonly string[], from: number, to: number): boolean {
	for (let line = from + 1; line < to; line++) if (heading(lines[line])?.level === 1) return true;
	return false;
}

/** A line whose own script is Chinese, or that holds English then Chinese (`The hive. 蜂巢。`). */
function hasChineseLine(line: string): boolean {
	const { script, split } = lineScript(line);
	return script === 'zh' || split > 0;
}

/** A unit runs until the next header, a separator or a heading (other than `#### 解析`); the last line before it. */
function unitLastLine(lines: readonly string[], headerLine: number, nextHeader: number, labels: readonly string[]): number {
	for (let line = headerLine + 1; line < nextHeader; line++) {
		if (isSeparator(lines[line]) || (heading(lines[line]) && !isAnalysisLabel(lines[line], labels))) return line - 1;
	}
	return nextHeader - 1;
}

/**
 * The summary section and the vocabulary heading after the header `start`; a `#### 解析` heading is neither, and neither
 * is a unit's header written as a heading (`### (2) [00:05-00:09] **In summary, …**`).
 */
function findAfterSections(
	lines: readonly string[],
	headers: readonly HeaderAt[],
	start: number,
	labels: readonly string[],
): { summary: Section | null; vocabularyLine: number | null } {
	let summary: Section | null = null;
	let vocabularyLine: number | null = null;
	let next = start;
	for (let line = headers[start].line; line < lines.length; line++) {
		if (next < headers.length && headers[next].line === line) {
			next++;
			continue;
		}
		const h = heading(lines[line]);
		if (!h || isAnalysisLabel(lines[line], labels)) continue;
		if (vocabularyLine === null && isVocabularyHeading(h.text)) vocabularyLine = line;
		else if (summary === null && isSummaryHeading(h.text)) summary = readSection(lines, line, lines.length);
	}
	return { summary, vocabularyLine };
}

function diagnoseNumbering(units: Unit[], declared: { count: number; line: number } | null, out: Diagnostic[]): void {
	if (declared && declared.count !== units.length) {
		out.push(diagnostic(declared.line, 'warning', { kind: 'count-mismatch', declared: declared.count, found: units.length }));
	}
	const seen = new Set<number>();
	let previous = 0;
	// Numbers above the highest so far, up to this one, are missing; a number below it comes out of order.
	let highest = 0;
	for (const unit of units) {
		if (seen.has(unit.n)) {
			out.push(diagnostic(unit.line, 'error', { kind: 'number-repeated', unit: unit.n }, unit.n));
		} else if (unit.n !== highest + 1) {
			const params: DiagnosticParams =
				unit.n > highest + 1
					? { kind: 'number-skipped', unit: unit.n, previous, missing: missing(highest + 1, unit.n - 1) }
					: { kind: 'number-out-of-order', unit: unit.n, previous };
			out.push(diagnostic(unit.line, 'warning', params, unit.n));
		}
		seen.add(unit.n);
		previous = unit.n;
		highest = Math.max(highest, unit.n);
	}
}

function missing(from: number, to: number): string {
	return from === to ? `(${from})` : `(${from})–(${to})`;
}
