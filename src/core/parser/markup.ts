import type { MarkupKind, MarkupNode } from '../model';

export interface MarkupProblem {
	/** Offset in the English of the bracket at fault. */
	offset: number;
	message: string;
}

export interface MarkupResult {
	nodes: MarkupNode[];
	/** The first few problems, in text order; `moreProblems` counts the rest. */
	problems: MarkupProblem[];
	moreProblems: number;
	/** Offset of the first bracket read as text because it would nest deeper than MAX_MARKUP_DEPTH, or -1. */
	tooDeep: number;
}

/**
 * Groups nest at most this deep: deeper brackets are text. Every consumer of the tree may then
 * recurse (the fixtures nest 3 deep; a sentence of real grammar rarely passes 8).
 */
export const MAX_MARKUP_DEPTH = 32;

/** Problems kept per unit: a unit of stray brackets should not make a problem object per bracket. */
export const MAX_MARKUP_PROBLEMS = 5;

const KINDS: MarkupKind[] = ['clause', 'modifier', 'aside'];
const OPEN_CHAR = ['{', '[', '('];

/** 0, 1, 2 for `{ [ (`, 3, 4, 5 for `} ] )`, -1 for anything else. */
function bracketIndex(code: number): number {
	switch (code) {
		case 123: return 0;
		case 91: return 1;
		case 40: return 2;
		case 125: return 3;
		case 93: return 4;
		case 41: return 5;
		default: return -1;
	}
}

const BRACKETS = /[{}[\]()]/g;

/**
 * The `{ } [ ] ( )` tree over a unit's English, in one pass with an explicit stack.
 * A closer that does not match the innermost group closes the groups inside the one it matches;
 * a closer with no opener is ignored; a group never closed ends at the end of the text.
 */
export function parseMarkup(english: string): MarkupResult {
	const result: MarkupResult = { nodes: [], problems: [], moreProblems: 0, tooDeep: -1 };
	const problem = (offset: number, message: () => string) => {
		if (result.problems.length < MAX_MARKUP_PROBLEMS) result.problems.push({ offset, message: message() });
		else result.moreProblems++;
	};
	const stack: MarkupNode[] = [];
	const open = [0, 0, 0];
	// Brackets opened beyond the depth cap: read as text, and so are the closers that match them.
	let skipped = 0;

	// A native scan jumps from bracket to bracket (test() makes no match object); most of the English is never looked at in script.
	BRACKETS.lastIndex = 0;
	while (BRACKETS.test(english)) {
		const i = BRACKETS.lastIndex - 1;
		const b = bracketIndex(english.charCodeAt(i));
		if (b < 3) {
			if (stack.length >= MAX_MARKUP_DEPTH) {
				if (result.tooDeep < 0) result.tooDeep = i;
				skipped++;
				continue;
			}
			const node: MarkupNode = { kind: KINDS[b], start: i, end: english.length, children: [] };
			(stack.length ? stack[stack.length - 1].children : result.nodes).push(node);
			stack.push(node);
			open[b]++;
			continue;
		}
		if (skipped > 0) {
			skipped--;
			continue;
		}
		const kind = b - 3;
		if (open[kind] === 0) {
			problem(i, () => `'${english[i]}' closes nothing`);
			continue;
		}
		for (;;) {
			const node = stack.pop() as MarkupNode;
			const k = KINDS.indexOf(node.kind);
			open[k]--;
			node.end = i + 1;
			if (k === kind) break;
			problem(node.start, () => `'${OPEN_CHAR[k]}' is not closed before '${english[i]}'`);
		}
	}
	for (const node of stack) problem(node.start, () => `'${OPEN_CHAR[KINDS.indexOf(node.kind)]}' is never closed`);
	return result;
}
