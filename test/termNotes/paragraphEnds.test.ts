import { describe, expect, it } from 'vitest';
import { paragraphEnds } from '../../src/core/termNotes/blockEnds';

/** The lines on which paragraphs end, where a ` ^id` would name the paragraph. */
const endsOf = (lines: string[]) => lines.filter((_, i) => paragraphEnds(lines)[i]);

describe('where a paragraph ends', () => {
	it('says, line by line, true where a paragraph ends and false elsewhere, and nothing for no lines', () => {
		expect(paragraphEnds(['One,', 'two.', '', '# Heading', 'Three.'])).toEqual([false, true, false, false, true]);
		expect(paragraphEnds([])).toEqual([]);
	});

	it('ends a paragraph at a line of only spaces, as at an empty one', () => {
		expect(endsOf(['First.', '   ', 'Second.'])).toEqual(['First.', 'Second.']);
	});

	it('takes a line indented by fewer than four spaces, or holding a tab or four spaces inside it, as a paragraph, not code', () => {
		expect(endsOf([' One space in.', '', '   Three spaces in.', '', 'A\ttab and    four spaces inside.'])).toEqual([' One space in.', '   Three spaces in.', 'A\ttab and    four spaces inside.']);
		expect(endsOf(['\tTab-indented code.', '', '    Four spaces in: code.'])).toEqual([]);
	});

	it('starts a new paragraph below a setext heading, not one that runs into the heading', () => {
		expect(endsOf(['Title', '===', 'First line,', 'second line.'])).toEqual(['second line.']);
		expect(endsOf(['Title', '---', 'First line,', 'second line.'])).toEqual(['second line.']);
	});

	it('skips frontmatter with blank lines in it, to its closing --- or ..., and frontmatter after a byte order mark', () => {
		const yaml = ['a: 1', '', 'b: 2', '', 'c: 3'];
		expect(endsOf(['---', ...yaml, '---', 'Body.'])).toEqual(['Body.']);
		expect(endsOf(['---', ...yaml, '...', 'Body.'])).toEqual(['Body.']);
		expect(endsOf(['\uFEFF---', ...yaml, '---', 'Body.'])).toEqual(['Body.']);
	});

	it('takes a byte order mark only at the very start: a first line with one among its dashes opens no frontmatter', () => {
		expect(endsOf(['-\uFEFF--', 'a: 1', '', 'Body.', '---'])).toEqual(['a: 1']);
	});
});
