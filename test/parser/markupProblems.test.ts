// The problems a unit's brackets make, read straight from the scan (markup.test.ts checks that checkMarkup finds what
// parseMarkup does; this checks what both find).
import { describe, expect, it } from 'vitest';
import type { MarkupNode } from '../../src/core/model';
import { checkMarkup, MAX_MARKUP_DEPTH, MAX_MARKUP_PROBLEMS, parseMarkup } from '../../src/core/parser/markup';

/** Each group as its kind and the text it spans, children inside. */
function shape(english: string, nodes: MarkupNode[]): unknown[] {
	return nodes.map((n) => (n.children.length === 0 ? [n.kind, english.slice(n.start, n.end)] : [n.kind, english.slice(n.start, n.end), shape(english, n.children)]));
}

describe('the problems of a unit’s brackets', () => {
	it('finds none in balanced markup, whose groups each span their brackets, by kind', () => {
		const english = '{When it rains [hard (very hard)], we (stay) in.}';
		const result = parseMarkup(english);
		expect(result).toMatchObject({ problems: [], moreProblems: 0, tooDeep: -1 });
		expect(shape(english, result.nodes)).toEqual([
			['clause', english, [['modifier', '[hard (very hard)]', [['aside', '(very hard)']]], ['aside', '(stay)']]],
		]);
	});

	it('reports each closer that closes nothing, at its place, and leaves it out of the tree', () => {
		const english = 'a } b ] c ) d';
		expect(parseMarkup(english)).toEqual({
			nodes: [],
			problems: [
				{ offset: 2, kind: 'closes-nothing', bracket: '}' },
				{ offset: 6, kind: 'closes-nothing', bracket: ']' },
				{ offset: 10, kind: 'closes-nothing', bracket: ')' },
			],
			moreProblems: 0,
			tooDeep: -1,
		});
	});

	it('reports a closer whose kind is not open as closing nothing, though another group is open', () => {
		const english = '(a ] b)';
		const result = parseMarkup(english);
		expect(result.problems).toEqual([{ offset: 3, kind: 'closes-nothing', bracket: ']' }]);
		expect(shape(english, result.nodes)).toEqual([['aside', '(a ] b)']]);
	});

	it('reports each bracket never closed, outermost first, and ends its group at the end of the English', () => {
		const english = '{a [b (c';
		const result = parseMarkup(english);
		expect(result.problems).toEqual([
			{ offset: 0, kind: 'never-closed', bracket: '{' },
			{ offset: 3, kind: 'never-closed', bracket: '[' },
			{ offset: 6, kind: 'never-closed', bracket: '(' },
		]);
		expect(shape(english, result.nodes)).toEqual([['clause', english, [['modifier', '[b (c', [['aside', '(c']]]]]]);
	});

	it('closes the groups left open inside the one a closer matches, innermost first, each a problem naming that closer', () => {
		const english = '{a [b (c} d';
		const result = parseMarkup(english);
		expect(result.problems).toEqual([
			{ offset: 6, kind: 'not-closed-before', bracket: '(', closer: '}' },
			{ offset: 3, kind: 'not-closed-before', bracket: '[', closer: '}' },
		]);
		expect(shape(english, result.nodes)).toEqual([['clause', '{a [b (c}', [['modifier', '[b (c}', [['aside', '(c}']]]]]]);
	});

	it(`keeps the first ${MAX_MARKUP_PROBLEMS} problems of each sort and counts the rest`, () => {
		const cases: [string, number][] = [
			['}'.repeat(MAX_MARKUP_PROBLEMS), 0],
			['}'.repeat(MAX_MARKUP_PROBLEMS + 1), 1],
			['('.repeat(MAX_MARKUP_PROBLEMS + 2), 2],
			[`{${'['.repeat(MAX_MARKUP_PROBLEMS + 3)}}`, 3],
		];
		for (const [english, more] of cases) {
			const { problems, moreProblems } = checkMarkup(english);
			expect(problems, english).toHaveLength(MAX_MARKUP_PROBLEMS);
			expect(moreProblems, english).toBe(more);
		}
		// The ones kept are the first in text order.
		expect(checkMarkup('(((((((').problems.map((p) => p.offset)).toEqual([0, 1, 2, 3, 4]);
		expect(checkMarkup('}]})]}]').problems.map((p) => p.bracket)).toEqual(['}', ']', '}', ')', ']']);
	});

	it('counts problems of different sorts together against the cap', () => {
		const { problems, moreProblems } = checkMarkup('} ] ) {a [b} (c (d');
		expect(problems.map((p) => p.kind)).toEqual(['closes-nothing', 'closes-nothing', 'closes-nothing', 'not-closed-before', 'never-closed']);
		expect(moreProblems).toBe(1);
	});

	it('reads brackets past the depth cap as text, the closers that match them too, and names the first of them', () => {
		const deep = `${'['.repeat(MAX_MARKUP_DEPTH + 2)}x${']'.repeat(MAX_MARKUP_DEPTH + 2)}`;
		expect(checkMarkup(deep)).toEqual({ problems: [], moreProblems: 0, tooDeep: MAX_MARKUP_DEPTH });
		// One closer more than the brackets opened: it, the last, closes nothing.
		expect(checkMarkup(`${deep}]`)).toEqual({ problems: [{ offset: deep.length, kind: 'closes-nothing', bracket: ']' }], moreProblems: 0, tooDeep: MAX_MARKUP_DEPTH });
		expect(checkMarkup('['.repeat(MAX_MARKUP_DEPTH)).tooDeep).toBe(-1);
	});

	it('finds brackets after long runs of plain English as after short ones, and the last at the very end', () => {
		for (const run of [1, 11, 12, 13, 40]) {
			const plain = 'x'.repeat(run);
			const english = `${plain}(a)${plain}[b${plain}]${plain}}`;
			const result = parseMarkup(english);
			expect(shape(english, result.nodes), `${run}`).toEqual([['aside', '(a)'], ['modifier', `[b${plain}]`]]);
			expect(result.problems, `${run}`).toEqual([{ offset: english.length - 1, kind: 'closes-nothing', bracket: '}' }]);
		}
		expect(parseMarkup(`${'x'.repeat(12)}`)).toEqual({ nodes: [], problems: [], moreProblems: 0, tooDeep: -1 });
	});
});
