import type { MarkupNode, Span, Unit } from '../model';

/**
 * The sentence of a unit's English that holds the term, as one line of Markdown with the term
 * highlighted (`==term==`). Syntax markup brackets are dropped; without a span, the whole English.
 */
export function termSentence(unit: Unit, span: Span | null): string {
	const brackets = new Set<number>();
	collectBrackets(unit.markup, brackets);
	let text = '';
	let start = -1;
	let end = -1;
	for (let i = 0; i <= unit.english.length; i++) {
		if (span && i === span.start) start = text.length;
		if (span && i === span.end) end = text.length;
		if (i < unit.english.length && !brackets.has(i)) text += unit.english[i];
	}
	if (start === -1 || end <= start) return oneLine(text);
	const from = sentenceStart(text, start);
	const to = sentenceEnd(text, end);
	return oneLine(`${text.slice(from, start)}==${text.slice(start, end)}==${text.slice(end, to)}`);
}

function collectBrackets(nodes: readonly MarkupNode[], into: Set<number>): void {
	for (const node of nodes) {
		into.add(node.start);
		into.add(node.end - 1);
		collectBrackets(node.children, into);
	}
}

const STOP = new Set(['.', '!', '?']);

function sentenceStart(text: string, at: number): number {
	for (let i = at - 1; i > 0; i--) if (STOP.has(text[i - 1]) && /\s/.test(text[i])) return i;
	return 0;
}

function sentenceEnd(text: string, at: number): number {
	for (let i = at; i < text.length; i++) if (STOP.has(text[i]) && (i + 1 === text.length || /\s/.test(text[i + 1]))) return i + 1;
	return text.length;
}

function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}
