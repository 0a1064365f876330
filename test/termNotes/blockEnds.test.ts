import { describe, expect, it } from 'vitest';
import { paragraphEnds } from '../../src/core/termNotes/blockEnds';

/** The lines on which paragraphs end, where a ` ^id` would name the paragraph. */
const endsOf = (lines: string[]) => lines.filter((_, i) => paragraphEnds(lines)[i]);

describe('paragraphEnds', () => {
	it('finds the last line of each paragraph, and none inside frontmatter, fences, headings, lists or quotes', () => {
		const lines = [
			'---', 'tags: [a]', '...', '',
			'First paragraph,', 'two lines.', '',
			'```ts', 'const inside = 1;', '', 'still code', '```',
			'After the fence.',
			'~~~~', 'tilde code', '~~~', 'a shorter close is still code', '~~~~',
			'Setext heading', '===',
			'- item', '> quote', '| a | b |',
			'    indented code',
			'Last words.',
		];
		expect(endsOf(lines)).toEqual(['two lines.', 'After the fence.', 'Last words.']);
	});

	it('treats a fence that never closes as code to the end of the note', () => {
		expect(endsOf(['Before.', '', '```', 'never closed', '', 'More code.'])).toEqual(['Before.']);
	});
});
