import type { Diagnostic, Term, Unit } from '../model';
import { bulletText, parseTermBullet } from './bullet';
import type { UnitHeader } from './header';
import { TermLocator } from './locate';
import { MAX_MARKUP_DEPTH, parseMarkup, type MarkupResult } from './markup';
import { isBlank, scriptOf, stripBold } from './text';

interface Paragraph {
	text: string;
	first: number;
	last: number;
}

/** True for `解析：`, `解析:`, `**解析：**`, `#### 解析` or one of the extra labels (`Notes:`). */
export function isAnalysisLabel(line: string, extraLabels: readonly string[]): boolean {
	// Most lines are not labels: reject them before allocating anything.
	if (line.length > 40 || (extraLabels.length === 0 && !line.includes('解析'))) return false;
	let t = stripBold(line).trim();
	while (t.startsWith('#')) t = t.slice(1);
	t = t.trim();
	if (t.endsWith('：') || t.endsWith(':')) t = t.slice(0, -1).trim();
	if (t === '解析') return true;
	const lower = t.toLowerCase();
	return extraLabels.some((label) => label.trim().toLowerCase() === lower);
}

/**
 * Reads one unit from its header and the lines after it (`from`..`to`, inclusive): English,
 * translation, analysis terms, markup; pushes what is off onto `diagnostics`.
 */
export function parseUnitBody(
	lines: readonly string[],
	headerLine: number,
	header: UnitHeader,
	to: number,
	extraLabels: readonly string[],
	diagnostics: Diagnostic[],
): Unit {
	const english: Paragraph[] = [];
	const translation: Paragraph[] = [];
	if (header.rest !== '') english.push({ text: stripBold(header.rest).trim(), first: headerLine, last: headerLine });

	let analysisLine: number | null = null;
	let line = headerLine + 1;
	// English paragraphs, then translation paragraphs, up to the analysis label.
	while (line <= to) {
		if (isBlank(lines[line])) {
			line++;
			continue;
		}
		if (isAnalysisLabel(lines[line], extraLabels)) {
			analysisLine = line;
			line++;
			break;
		}
		const first = line++;
		while (line <= to && !isBlank(lines[line]) && !isAnalysisLabel(lines[line], extraLabels)) line++;
		const raw = line === first + 1 ? lines[first] : lines.slice(first, line).join('\n');
		if (translation.length === 0 && scriptOf(raw) !== 'zh') english.push({ text: stripBold(raw).trim(), first, last: line - 1 });
		else translation.push({ text: raw.trim(), first, last: line - 1 });
	}

	const terms: Term[] = [];
	const unreadBullets: { line: number; text: string }[] = [];
	const englishText = english.map((p) => p.text).join('\n');
	let locator: TermLocator | null = null;
	let lastContent = Math.max(headerLine, english.at(-1)?.last ?? 0, translation.at(-1)?.last ?? 0, analysisLine ?? 0);
	for (; analysisLine !== null && line <= to; line++) {
		if (isBlank(lines[line])) continue;
		lastContent = line;
		const bulleted = bulletText(lines[line]);
		const text = bulleted ?? lines[line].trim();
		const bullet = bulleted === null ? null : parseTermBullet(bulleted);
		if (bullet) {
			const { term, ipa, pos, meaning, hot } = bullet;
			terms.push({ term, ipa, pos, meaning, hot, line, span: (locator ??= new TermLocator(englishText)).locate(term), raw: text });
		}
		else unreadBullets.push({ line, text });
	}

	const unit: Unit = {
		n: header.n,
		start: header.start,
		end: header.end,
		english: englishText,
		markup: [],
		translation: translation.map((p) => p.text).join('\n\n'),
		terms,
		unreadBullets,
		line: headerLine,
		endLine: lastContent,
		englishLines: english.length ? [english[0].first, english[english.length - 1].last] : null,
		translationLines: translation.length ? [translation[0].first, translation[translation.length - 1].last] : null,
		analysisLine,
		blockId: header.blockId,
	};
	const markup = parseMarkup(englishText);
	unit.markup = markup.nodes;
	diagnoseUnit(unit, english, markup, diagnostics);
	return unit;
}

function diagnoseUnit(unit: Unit, english: Paragraph[], markup: MarkupResult, out: Diagnostic[]): void {
	const at = (line: number, severity: Diagnostic['severity'], code: Diagnostic['code'], message: string) =>
		out.push({ line, severity, code, message, unit: unit.n });
	if (unit.english === '') at(unit.line, 'error', 'no-english', `unit (${unit.n}) has no English text`);
	if (unit.translation === '') at(unit.englishLines?.[1] ?? unit.line, 'warning', 'no-translation', `unit (${unit.n}) has no translation`);
	if (unit.analysisLine === null) at(unit.endLine, 'warning', 'no-analysis', `unit (${unit.n}) has no 解析 list`);
	else if (unit.terms.length === 0 && unit.unreadBullets.length === 0) at(unit.analysisLine, 'warning', 'no-analysis', `unit (${unit.n}) has an empty 解析 list`);
	for (const bullet of unit.unreadBullets) at(bullet.line, 'warning', 'bad-bullet', `could not read this term bullet: ${bullet.text}`);
	for (const problem of markup.problems) {
		at(lineOfOffset(english, problem.offset), 'warning', 'unbalanced-markup', `unit (${unit.n}): ${problem.message}`);
	}
	// Beyond the first few, one diagnostic counts the rest: a unit of stray brackets should not flood the list.
	if (markup.moreProblems > 0) {
		at(unit.englishLines?.[0] ?? unit.line, 'warning', 'unbalanced-markup', `unit (${unit.n}): ${markup.moreProblems} more unbalanced brackets`);
	}
	if (markup.tooDeep >= 0) {
		const message = `unit (${unit.n}): brackets nested deeper than ${MAX_MARKUP_DEPTH} levels are read as text`;
		at(lineOfOffset(english, markup.tooDeep), 'warning', 'markup-too-deep', message);
	}
}

/** The source line of an offset into the English paragraphs joined by "\n". */
function lineOfOffset(english: Paragraph[], offset: number): number {
	let base = 0;
	for (const p of english) {
		const end = base + p.text.length;
		if (offset <= end) {
			let line = p.first;
			for (let i = base; i < offset; i++) if (p.text[i - base] === '\n') line++;
			return Math.min(line, p.last);
		}
		base = end + 1;
	}
	return english[0]?.first ?? 0;
}
