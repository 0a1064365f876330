import type { MarkupNode, Span } from './model';
import { readInline } from './parser/inlineMarkdown';

const CLOSE: Record<MarkupNode['kind'], string> = { clause: '}', modifier: ']', aside: ')' };

/**
 * The unit's English without its `{ } [ ] ( )` syntax brackets and its inline Markdown's syntax (`*`, `==`, a link's
 * address, tags), with the term's span moved to match: the glossary shows sentences, not grammar markup, and speech
 * reads words. Only bracket characters the markup tree names are removed, so an ordinary "(TTFT)" in unmarked English stays.
 */
export function plainSentence(english: string, markup: MarkupNode[], span: Span | null): { text: string; span: Span | null } {
	const plain = plainText(english, markup);
	return { text: plain.text, span: plainSpan(plain, english.length, span) };
}

/** The English without its syntax brackets, and how to move spans to match: what plainSentence does, once per unit. */
export interface PlainText {
	text: string;
	/** shift[i] = removed characters before index i of the English; null when none are removed. */
	shift: number[] | null;
}

export function plainText(english: string, markup: MarkupNode[]): PlainText {
	const removed = new Set<number>();
	const visit = (nodes: MarkupNode[]): void => {
		for (const node of nodes) {
			removed.add(node.start);
			if (english[node.end - 1] === CLOSE[node.kind]) removed.add(node.end - 1);
			visit(node.children);
		}
	};
	visit(markup);
	const inline = readInline(english);
	for (const { start, end } of inline.hidden) for (let i = start; i < end; i++) removed.add(i);
	// A `<br>` parts two words: its first character stays, as a space.
	const spaces = new Set(inline.breaks.map((r) => r.start));
	for (const at of spaces) removed.delete(at);
	// A footnote mark is no word of the sentence.
	for (const { style, start, end } of inline.styles) if (style === 'footnote') for (let i = start; i < end; i++) removed.add(i);
	if (removed.size === 0) return { text: english, shift: null };

	let text = '';
	const shift: number[] = [];
	let dropped = 0;
	for (let i = 0; i <= english.length; i++) {
		shift.push(dropped);
		if (i === english.length) break;
		if (removed.has(i)) dropped++;
		else text += spaces.has(i) ? ' ' : english[i];
	}
	return { text, shift };
}

/** A span of the English moved onto the plain text; null for no span or one outside the English (`length` long). */
export function plainSpan(plain: PlainText, length: number, span: Span | null): Span | null {
	if (span === null || span.start > span.end || span.end > length) return null;
	const { shift } = plain;
	return shift ? { start: span.start - shift[span.start], end: span.end - shift[span.end] } : span;
}
