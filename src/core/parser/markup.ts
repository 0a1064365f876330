import type { MarkupKind, MarkupNode } from '../model';
import { opensMarkdown, readInline, type InlineRange } from './inlineMarkdown';

/** A bracket that does not pair: what the unit's diagnostic says of it, without the unit. */
type Problem = { kind: 'closes-nothing'; bracket: string } | { kind: 'not-closed-before'; bracket: string; closer: string } | { kind: 'never-closed'; bracket: string };

/** A problem and the offset in the English of the bracket at fault. */
export type MarkupProblem = Problem & { offset: number };

/** What is off in a unit's markup: found without building the tree. */
export interface MarkupCheck {
	/** The first few problems, in text order; `moreProblems` counts the rest. */
	problems: MarkupProblem[];
	moreProblems: number;
	/** Offset of the first bracket read as text because it would nest deeper than MAX_MARKUP_DEPTH, or -1. */
	tooDeep: number;
}

export interface MarkupResult extends MarkupCheck {
	nodes: MarkupNode[];
}

/**
 * Groups nest at most this deep: deeper brackets are text. Every consumer of the tree may then
 * recurse (the fixtures nest 3 deep; a sentence of real grammar rarely passes 8).
 */
export const MAX_MARKUP_DEPTH = 32;

/** Problems kept per unit: a unit of stray brackets should not make a problem object per bracket. */
export const MAX_MARKUP_PROBLEMS = 5;

const KINDS: MarkupKind[] = ['clause', 'modifier', 'aside'];
/** The children of every group without any: most groups are leaves, and an array each would be most of the tree's weight. */
const NO_CHILDREN = Object.freeze([]) as unknown as MarkupNode[];
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

/** Brackets, and the backtick and backslash that may open Markdown in which brackets are text. */
const BRACKETS = /[{}[\]()`\\]/g;
/** Characters without a bracket read one by one before the scan jumps natively to the next bracket. */
const JUMP_AFTER = 12;

/**
 * The `{ } [ ] ( )` tree over a unit's English, in one pass with an explicit stack.
 * A closer that does not match the innermost group closes the groups inside the one it matches;
 * a closer with no opener is ignored; a group never closed ends at the end of the text.
 */
export function parseMarkup(english: string): MarkupResult {
	const nodes: MarkupNode[] = [];
	return { nodes, ...scanMarkdownAware(english, nodes) };
}

/** The problems `parseMarkup` would find, with no node made: a unit's tree is built only when something draws it. */
export function checkMarkup(english: string): MarkupCheck {
	return scanMarkdownAware(english, null);
}

/** The scan, done again knowing where the English's Markdown is when the first one met some. */
function scanMarkdownAware(english: string, nodes: MarkupNode[] | null): MarkupCheck {
	const first = scan(english, nodes, null);
	if (first !== null) return first;
	if (nodes !== null) nodes.length = 0;
	return scan(english, nodes, readInline(english).opaque) as MarkupCheck;
}

/**
 * The one pass behind both: the groups go into `nodes` unless it is null. Brackets in `opaque` are Markdown's (a link,
 * a footnote mark, code, an escape), no markup. With `opaque` null the scan assumes there is none, and gives up (null)
 * where it meets some: most English has none, and is read once, with no search for them beforehand.
 */
function scan(english: string, nodes: MarkupNode[] | null, opaque: InlineRange[] | null): MarkupCheck | null {
	const result: MarkupCheck = { problems: [], moreProblems: 0, tooDeep: -1 };
	// The open groups, innermost last: their kinds and starts, and their nodes when there is a tree to build.
	const kinds: number[] = [];
	const starts: number[] = [];
	const stack: MarkupNode[] = [];
	const open = [0, 0, 0];
	// Brackets opened beyond the depth cap: read as text, and so are the closers that match them.
	let skipped = 0;

	// Characters are read one by one where brackets are dense; after a run without any, a native
	// search (test() makes no match object) jumps to the next, so plain English is not walked in script.
	let plain = 0;
	let o = 0;
	for (let i = 0; ; i++) {
		if (plain === JUMP_AFTER) {
			BRACKETS.lastIndex = i;
			if (!BRACKETS.test(english)) break;
			i = BRACKETS.lastIndex - 1;
		} else if (i >= english.length) break;
		const code = english.charCodeAt(i);
		const b = bracketIndex(code);
		if (b < 0) {
			if (opaque === null && (code === 96 || code === 92) && opensMarkdown(english, i)) return null; // ` \
			plain++;
			continue;
		}
		plain = 0;
		if (opaque === null) {
			const next = english.charCodeAt(i + 1);
			if (((b === 1 && (next === 91 || next === 94)) || (b === 4 && next === 40)) && opensMarkdown(english, i)) return null; // [[ [^ ](
		} else {
			// A bracket of a link, a footnote mark, code or an escape is Markdown's: text, no markup.
			while (o < opaque.length && opaque[o].end <= i) o++;
			if (o < opaque.length && opaque[o].start <= i) {
				i = opaque[o].end - 1;
				continue;
			}
		}
		if (b < 3) {
			if (kinds.length >= MAX_MARKUP_DEPTH) {
				if (result.tooDeep < 0) result.tooDeep = i;
				skipped++;
				continue;
			}
			if (nodes !== null) {
				const node: MarkupNode = { kind: KINDS[b], start: i, end: english.length, children: NO_CHILDREN };
				if (stack.length === 0) nodes.push(node);
				else {
					const parent = stack[stack.length - 1];
					if (parent.children === NO_CHILDREN) parent.children = [node];
					else parent.children.push(node);
				}
				stack.push(node);
			}
			kinds.push(b);
			starts.push(i);
			open[b]++;
			continue;
		}
		if (skipped > 0) {
			skipped--;
			continue;
		}
		const kind = b - 3;
		if (open[kind] === 0) {
			if (keeps(result)) result.problems.push({ offset: i, kind: 'closes-nothing', bracket: english[i] });
			continue;
		}
		for (;;) {
			const k = kinds.pop() as number;
			const start = starts.pop() as number;
			if (nodes !== null) (stack.pop() as MarkupNode).end = i + 1;
			open[k]--;
			if (k === kind) break;
			if (keeps(result)) result.problems.push({ offset: start, kind: 'not-closed-before', bracket: OPEN_CHAR[k], closer: english[i] });
		}
	}
	for (let d = 0; d < kinds.length; d++) if (keeps(result)) result.problems.push({ offset: starts[d], kind: 'never-closed', bracket: OPEN_CHAR[kinds[d]] });
	return result;
}

/**
 * Whether one more problem is kept, or only counted (past MAX_MARKUP_PROBLEMS). No closure makes the problem: one
 * capturing the scan's index would give every character of the English a context of its own.
 */
function keeps(result: MarkupCheck): boolean {
	if (result.problems.length < MAX_MARKUP_PROBLEMS) return true;
	result.moreProblems++;
	return false;
}
