import type { MarkupNode, Span } from './model';

const CLOSE: Record<MarkupNode['kind'], string> = { clause: '}', modifier: ']', aside: ')' };

/**
 * The unit's English without its `{ } [ ] ( )` syntax brackets, with the term's span moved to match:
 * the glossary shows sentences, not grammar markup. Only bracket characters the markup tree names are
 * removed, so an ordinary "(TTFT)" in unmarked English stays.
 */
export function plainSentence(english: string, markup: MarkupNode[], span: Span | null): { text: string; span: Span | null } {
	const removed = new Set<number>();
	const visit = (nodes: MarkupNode[]): void => {
		for (const node of nodes) {
			removed.add(node.start);
			if (english[node.end - 1] === CLOSE[node.kind]) removed.add(node.end - 1);
			visit(node.children);
		}
	};
	visit(markup);
	const valid = span !== null && span.start <= span.end && span.end <= english.length;
	if (removed.size === 0) return { text: english, span: valid ? span : null };

	let text = '';
	const shift: number[] = []; // shift[i] = removed characters before index i
	let dropped = 0;
	for (let i = 0; i <= english.length; i++) {
		shift.push(dropped);
		if (i === english.length) break;
		if (removed.has(i)) dropped++;
		else text += english[i];
	}
	return { text, span: valid ? { start: span.start - shift[span.start], end: span.end - shift[span.end] } : null };
}
