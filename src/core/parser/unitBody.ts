import type { Diagnostic, DiagnosticParams, MarkupNode, Unit } from '../model';
import { diagnostic } from './diagnostic';
import type { NumberedHeader } from './header';
import { checkMarkup, MAX_MARKUP_DEPTH, parseMarkup, type MarkupCheck } from './markup';
import { isAlignmentRow, tableCells } from './table';
import { indent, isBlank, isFootnoteDefinition, lineScript, lowerCase, stripBold, stripLeadingEmoji, type Script } from './text';
import { calloutTitle, unquote } from './quote';
import { isTagLine } from './html';
import { readTermList } from './termList';

interface Paragraph {
	text: string;
	first: number;
	last: number;
}

/** Labels of a unit's term list besides the user's own: the reference `解析` and what other generators write. */
const LABELS = new Set([
	'解析', '词汇解析', '重点词汇', '词汇', '生词', '重点词汇解析', '重点短语', '重点表达',
	'vocabulary', 'key vocabulary', 'key words', 'keywords', 'key phrases', 'key expressions',
]);

/**
 * True for `解析：`, `解析:`, `**解析：**`, `🔍 解析：`, `#### 解析`, `词汇解析：`, `重点词汇：`, `Vocabulary:`
 * or one of the extra labels (`Notes:`), also quoted or as a callout's title (`> [!note]- 解析`). As a heading `解析` and the extra labels
 * count at any level, the others from level 4 (`#### 重点词汇`): a `## Vocabulary` heading is the lesson's vocabulary table, not a unit's list.
 */
export function isAnalysisLabel(line: string, extraLabels: readonly string[]): boolean {
	// Most lines are not labels: reject them before allocating anything.
	if (line.length > 40 || (extraLabels.length === 0 && !mayHoldLabel(line))) return false;
	if (BARE_LABELS.has(line)) return true;
	let t = stripLeadingEmoji(stripBold(summaryText(calloutTitle(unquote(line).trim()))).trim());
	let level = 0;
	while (t.startsWith('#')) {
		t = t.slice(1);
		level++;
	}
	t = stripItalic(stripLeadingEmoji(t.trim()));
	const colon = t.endsWith('：') || t.endsWith(':');
	if (colon) t = t.slice(0, -1).trim();
	// `【重点词汇】`: the brackets stand for the colon.
	const bracketed = t.startsWith('【') && t.endsWith('】');
	if (bracketed) t = t.slice(1, -1).trim();
	const lower = lowerCase(t);
	if (extraLabels.some((label) => label.trim().toLowerCase() === lower)) return true;
	if (lower === '解析') return true;
	if (!LABELS.has(lower)) return false;
	return level === 0 ? colon || bracketed || !/^[a-z ]+$/.test(lower) : level >= 4;
}

/** The text of an HTML `<summary>解析</summary>` line (a `<details>` block's title), or the line as it is. */
function summaryText(t: string): string {
	return t.startsWith('<summary>') && t.endsWith('</summary>') ? t.slice(9, -10).trim() : t;
}

/** The English without the unit's own number before it (`1. The kite …` under `Sentence 1`), as some generators repeat it. */
function withoutOwnNumber(text: string, n: number): string {
	const own = String(n);
	if (!text.startsWith(own)) return text;
	const mark = text.charCodeAt(own.length);
	return (mark === 46 || mark === 41) && text.charCodeAt(own.length + 1) === 32 ? text.slice(own.length + 2).trimStart() : text; // . )
}

/** A paragraph wrapped whole in one mark (`==English==` highlighted, `*译文*` in italics) without it; any other as it is. */
function unwrap(text: string, mark: string): string {
	const n = mark.length;
	if (text.length <= 2 * n || !text.startsWith(mark) || !text.endsWith(mark)) return text;
	const inner = text.slice(n, -n);
	return inner.includes(mark) ? text : inner.trim();
}

/** `*重点词汇*：` or `_重点词汇：_` without its italic marks; any other text as it is. */
function stripItalic(t: string): string {
	const mark = t[0];
	if (mark !== '*' && mark !== '_') return t;
	const close = t.indexOf(mark, 1);
	return close < 0 ? t : t.slice(1, close) + t.slice(close + 1);
}

/** The labels written bare (`解析：`, `词汇:`), as most are: one lookup, before the line is taken apart. */
const BARE_LABELS = new Set([...LABELS].flatMap((label) => [`${label}：`, `${label}:`]));

/** Whether a line holds `解析`, `词`, `短语`, `表达`, `ocabulary`, `ords`, `hrases` or `xpressions`, as every label does: one pass by code, not a search for each. */
function mayHoldLabel(line: string): boolean {
	for (let i = 0; i < line.length; i++) {
		const c = line.charCodeAt(i);
		if (c === 0x8bcd || (c === 0x89e3 && line.charCodeAt(i + 1) === 0x6790)) return true; // 词, 解析
		if ((c === 0x77ed && line.charCodeAt(i + 1) === 0x8bed) || (c === 0x8868 && line.charCodeAt(i + 1) === 0x8fbe)) return true; // 短语, 表达
		if (c === 111 && (line.startsWith('cabulary', i + 1) || line.startsWith('rds', i + 1))) return true; // o
		if ((c === 104 && line.startsWith('rases', i + 1)) || (c === 120 && line.startsWith('pressions', i + 1))) return true; // h, x
	}
	return false;
}

/** `**原文：**`, `英文:`, `**译文：**`, `Translation:`, `🇬🇧`, `🇨🇳` … at the start of a body line: which part follows, and where. */
function bodyLabel(content: string): { part: 'en' | 'zh'; rest: string } | null {
	const first = content.charCodeAt(0);
	if (first === 0xd83c || first === 0xd83d || first === 0xd83e) {
		// A flag is two regional indicators, four code units: `🇬🇧 English: …` or `🇨🇳 …`. Another emoji may stand before a label: `📖 原文：…`.
		const part = FLAG_LABELS.get(content.slice(0, 4));
		if (part === undefined) {
			const rest = stripLeadingEmoji(content);
			return rest === content ? null : bodyLabel(rest);
		}
		const rest = content.slice(4).trim();
		return bodyLabel(rest) ?? { part, rest };
	}
	const bold = content.startsWith('**');
	const c = content.charCodeAt(bold ? 2 : 0);
	// 原 英 译 翻 中 E O T C Z, by code: a translation line's first character read as a string would be a new string.
	if (c !== 0x539f && c !== 0x82f1 && c !== 0x8bd1 && c !== 0x7ffb && c !== 0x4e2d && c !== 69 && c !== 79 && c !== 84 && c !== 67 && c !== 90) return null;
	const t = bold ? content.slice(2) : content;
	for (const [label, part] of BODY_LABELS) {
		if (!t.startsWith(label)) continue;
		let i = label.length;
		if (t[i] !== '：' && t[i] !== ':') {
			if (!t.startsWith('**', i) || (t[i + 2] !== '：' && t[i + 2] !== ':')) continue;
			i += 2;
		}
		i++;
		if (t.startsWith('**', i)) i += 2;
		return { part, rest: t.slice(i).trim() };
	}
	return null;
}

const BODY_LABELS: [string, 'en' | 'zh'][] = [
	['原文', 'en'], ['英文原文', 'en'], ['英文', 'en'], ['English', 'en'], ['Original', 'en'], ['EN', 'en'],
	['译文', 'zh'], ['翻译', 'zh'], ['中文翻译', 'zh'], ['中文', 'zh'], ['Translation', 'zh'], ['Chinese', 'zh'], ['ZH', 'zh'], ['CN', 'zh'],
];

/** The flags generators put before a unit's English and its Chinese translation. */
const FLAG_LABELS = new Map<string, 'en' | 'zh'>([
	['🇬🇧', 'en'], ['🇺🇸', 'en'], ['🇦🇺', 'en'], ['🇨🇦', 'en'], ['🇨🇳', 'zh'], ['🇹🇼', 'zh'], ['🇭🇰', 'zh'], ['🇸🇬', 'zh'],
]);

/** What a body line says, without its blockquote marks and a leading `**原文：**`-style label; of a table row, its first cell. */
export function bodyContent(line: string): string {
	const content = unquote(line);
	if (content.charCodeAt(indent(content)) === 124) return tableCells(content)[0]; // |
	return bodyLabel(content)?.rest ?? content;
}

/**
 * The cells of a side-by-side table row (`| English | 中文 |`, the English and its translation in cells), or null for a
 * line that is no table row, and none for the header row (the one above the `| --- |` row) and the `| --- |` row.
 */
function sideBySideCells(lines: readonly string[], line: number, content: string): string[] | null {
	if (content.charCodeAt(indent(content)) !== 124) return null; // |
	const cells = tableCells(content);
	const next = lines[line + 1];
	const aboveAlignment = next !== undefined && unquote(next).trimStart().startsWith('|') && isAlignmentRow(tableCells(unquote(next)));
	return isAlignmentRow(cells) || aboveAlignment ? [] : cells;
}

/**
 * Reads one unit from its header and the lines after it (`from`..`to`, inclusive): English,
 * translation, analysis terms, markup; pushes what is off onto `diagnostics`.
 * Each line up to the analysis label is English or Chinese by its own script mix (or by a
 * `原文：` / `译文：` label before it), so a translation right under the English, with no blank
 * line, and English and Chinese interleaved sentence by sentence are both read; lines in a row of
 * the same language make one paragraph.
 */
export function parseUnitBody(
	lines: readonly string[],
	headerLine: number,
	header: NumberedHeader,
	to: number,
	extraLabels: readonly string[],
	diagnostics: Diagnostic[],
): Unit {
	const english: Paragraph[] = [];
	const translation: Paragraph[] = [];
	let current: { part: 'en' | 'zh'; parts: string[]; first: number; last: number } | null = null;
	let labelled: 'en' | 'zh' | null = null;
	const close = () => {
		if (current === null) return;
		const raw = current.parts.length === 1 ? current.parts[0] : current.parts.join('\n');
		if (current.part === 'en') {
			const text = unwrap(stripBold(raw).trim(), '==');
			english.push({ text: english.length === 0 ? withoutOwnNumber(text, header.n) : text, first: current.first, last: current.last });
		}
		else translation.push({ text: unwrap(raw.trim(), '*'), first: current.first, last: current.last });
		current = null;
	};
	const add = (content: string, line: number) => {
		if (labelled !== null) return addPart(content, line, labelled);
		const { script, split } = lineScript(content);
		if (split > 0) {
			addPart(content.slice(0, split), line, 'en');
			addPart(content.slice(split), line, 'zh');
		} else addPart(content, line, script);
	};
	const addPart = (content: string, line: number, script: Script) => {
		// A line of neither script (`—`, a number) goes with the line before it; as the unit's first line, it is English (a labelled line takes its label's part).
		const part = script === 'none' ? (current?.part ?? 'en') : script;
		if (current !== null && current.part === part && current.last === line - 1) {
			current.parts.push(content);
			current.last = line;
			return;
		}
		close();
		current = { part, parts: [content], first: line, last: line };
	};
	if (header.rest !== '') add(header.rest, headerLine);

	let analysisLine: number | null = null;
	let line = headerLine + 1;
	for (; line <= to; line++) {
		const text = lines[line];
		if (isBlank(text) || isFootnoteDefinition(text)) continue;
		if (isAnalysisLabel(text, extraLabels)) {
			analysisLine = line++;
			break;
		}
		let content = unquote(text);
		if ((content !== text && isBlank(content)) || isTagLine(content)) continue; // `>` alone, between a callout's paragraphs; `<details>`
		const cells = sideBySideCells(lines, line, content);
		if (cells) {
			for (const cell of cells) if (cell !== '') add(cell, line);
			continue;
		}
		const label = bodyLabel(content);
		if (label) {
			labelled = label.part;
			content = label.rest;
			close();
			if (content === '') continue;
		}
		add(content, line);
	}
	close();

	const englishText = english.length === 1 ? english[0].text : english.map((p) => p.text).join('\n');
	const list = readTermList(lines, line, to, englishText);
	const lastContent = Math.max(headerLine, english.at(-1)?.last ?? 0, translation.at(-1)?.last ?? 0, analysisLine ?? 0, list.lastLine);
	const { terms, unread: unreadBullets } = list;

	// Fields in the model's order: the markup is defined between the English and the translation.
	const unit = { n: header.n, start: header.start, end: header.end, english: englishText } as Unit;
	Object.defineProperty(unit, 'markup', LAZY_MARKUP);
	unit.translation = translation.length === 1 ? translation[0].text : translation.map((p) => p.text).join('\n\n');
	unit.terms = terms;
	unit.unreadBullets = unreadBullets;
	unit.line = headerLine;
	unit.endLine = lastContent;
	unit.englishLines = english.length ? [english[0].first, english[english.length - 1].last] : null;
	unit.translationLines = translation.length ? [translation[0].first, translation[translation.length - 1].last] : null;
	unit.analysisLine = analysisLine;
	unit.blockId = header.blockId;
	diagnoseUnit(unit, english, checkMarkup(englishText), diagnostics);
	return unit;
}

/** Trees built or set so far, by unit. */
const MARKUP = new WeakMap<Unit, MarkupNode[]>();

/**
 * A unit's markup, built on first read: the glossary and the index never draw a tree, and trees are most of a
 * lesson's objects. One accessor shared by every unit (an accessor written in each unit's literal would give every
 * unit a map of its own, and cost more than the tree).
 */
const LAZY_MARKUP: PropertyDescriptor = {
	get(this: Unit): MarkupNode[] {
		let nodes = MARKUP.get(this);
		if (nodes === undefined) MARKUP.set(this, (nodes = parseMarkup(this.english).nodes));
		return nodes;
	},
	set(this: Unit, nodes: MarkupNode[]) {
		MARKUP.set(this, nodes);
	},
	enumerable: true,
	configurable: true,
};

function diagnoseUnit(unit: Unit, english: Paragraph[], markup: MarkupCheck, out: Diagnostic[]): void {
	const n = unit.n;
	const at = (line: number, severity: Diagnostic['severity'], params: DiagnosticParams) => out.push(diagnostic(line, severity, params, n));
	if (unit.english === '') at(unit.line, 'error', { kind: 'no-english', unit: n });
	if (unit.translation === '') at(unit.englishLines?.[1] ?? unit.line, 'warning', { kind: 'no-translation', unit: n });
	if (unit.analysisLine === null) at(unit.endLine, 'warning', { kind: 'no-analysis', unit: n });
	else if (unit.terms.length === 0 && unit.unreadBullets.length === 0) at(unit.analysisLine, 'warning', { kind: 'empty-analysis', unit: n });
	for (const bullet of unit.unreadBullets) at(bullet.line, 'warning', { kind: 'bad-bullet', text: bullet.text });
	for (const { offset, ...problem } of markup.problems) at(lineOfOffset(english, offset), 'warning', { ...problem, unit: n });
	// Beyond the first few, one diagnostic counts the rest: a unit of stray brackets should not flood the list.
	if (markup.moreProblems > 0) at(unit.englishLines?.[0] ?? unit.line, 'warning', { kind: 'more-unbalanced', unit: n, count: markup.moreProblems });
	if (markup.tooDeep >= 0) at(lineOfOffset(english, markup.tooDeep), 'warning', { kind: 'markup-too-deep', unit: n, depth: MAX_MARKUP_DEPTH });
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
