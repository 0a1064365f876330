import type { MarkupKind, MarkupNode } from '../model';

export interface MarkupProblem {
	/** Offset in the English of the bracket at fault. */
	offset: number;
	message: string;
}

const OPENERS: Record<string, MarkupKind> = { '{': 'clause', '[': 'modifier', '(': 'aside' };
const CLOSERS: Record<string, MarkupKind> = { '}': 'clause', ']': 'modifier', ')': 'aside' };
const BRACKET: Record<MarkupKind, string> = { clause: '{', modifier: '[', aside: '(' };

/**
 * The `{ } [ ] ( )` tree over a unit's English, in one pass with an explicit stack.
 * A closer that does not match the innermost group closes the groups inside the one it matches;
 * a closer with no opener is ignored; a group never closed ends at the end of the text.
 */
export function parseMarkup(english: string): { nodes: MarkupNode[]; problems: MarkupProblem[] } {
	const roots: MarkupNode[] = [];
	const stack: MarkupNode[] = [];
	const problems: MarkupProblem[] = [];
	const open = new Map<MarkupKind, number>([
		['clause', 0],
		['modifier', 0],
		['aside', 0],
	]);

	// A native scan jumps from bracket to bracket; most of the English is never looked at in script.
	const brackets = /[{}[\]()]/g;
	for (let match = brackets.exec(english); match; match = brackets.exec(english)) {
		const i = match.index;
		const ch = match[0];
		const opening = OPENERS[ch];
		if (opening) {
			const node: MarkupNode = { kind: opening, start: i, end: english.length, children: [] };
			(stack.length ? stack[stack.length - 1].children : roots).push(node);
			stack.push(node);
			open.set(opening, (open.get(opening) ?? 0) + 1);
			continue;
		}
		const closing = CLOSERS[ch];
		if (!closing) continue;
		if ((open.get(closing) ?? 0) === 0) {
			problems.push({ offset: i, message: `'${ch}' closes nothing` });
			continue;
		}
		for (;;) {
			const node = stack.pop() as MarkupNode;
			open.set(node.kind, (open.get(node.kind) ?? 0) - 1);
			node.end = i + 1;
			if (node.kind === closing) break;
			problems.push({ offset: node.start, message: `'${BRACKET[node.kind]}' is not closed before '${ch}'` });
		}
	}
	for (const node of stack) problems.push({ offset: node.start, message: `'${BRACKET[node.kind]}' is never closed` });
	return { nodes: roots, problems };
}
