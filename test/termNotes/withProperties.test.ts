import { describe, expect, it } from 'vitest';
import { withProperties } from '../../src/core/termNotes/withProperties';

const NOTE = [
	'---',
	'term: glaze over # as the lesson had it',
	'meaning: 变得呆滞',
	'review-reps: 2   # mine',
	'tags:',
	'  - bilingual-lessons/term',
	'---',
	'',
	'My own line about eyes glazing over.',
	'',
].join('\r\n');

describe('frontmatter properties set as text', () => {
	it('replaces a value in place, adds the missing ones at the end, and keeps every other byte', () => {
		const next = withProperties(NOTE, { 'review-reps': 3, 'review-due': '2026-12-05T08:00:00Z', 'review-state': 'review' });
		expect(next).toBe(
			[
				'---',
				'term: glaze over # as the lesson had it',
				'meaning: 变得呆滞',
				'review-reps: 3   # mine',
				'tags:',
				'  - bilingual-lessons/term',
				'review-due: "2026-12-05T08:00:00Z"',
				'review-state: review',
				'---',
				'',
				'My own line about eyes glazing over.',
				'',
			].join('\r\n'),
		);
	});

	it('replaces a changed value in place when none is added, every other byte kept', () => {
		expect(withProperties(NOTE, { 'review-reps': 4, meaning: '变得呆滞' })).toBe(NOTE.replace('review-reps: 2   # mine', 'review-reps: 4   # mine'));
	});

	it('returns the note itself when every value is already there', () => {
		const once = withProperties(NOTE, { 'review-reps': 5, 'review-state': 'learning' });
		expect(withProperties(once, { 'review-reps': 5, 'review-state': 'learning' })).toBe(once);
		expect(withProperties(NOTE, {})).toBe(NOTE);
	});

	it('gives a note without frontmatter one at its top', () => {
		expect(withProperties('Just a line.\n', { 'review-lapses': 0 })).toBe('---\nreview-lapses: 0\n---\nJust a line.\n');
		// With the note's line ending, or LF when its one line has none.
		expect(withProperties('Just a line.\r\n', { 'review-lapses': 0 })).toBe('---\r\nreview-lapses: 0\r\n---\r\nJust a line.\r\n');
		expect(withProperties('Just a line.', { 'review-lapses': 0 })).toBe('---\nreview-lapses: 0\n---\nJust a line.');
		expect(withProperties('', { 'review-lapses': 0 })).toBe('---\nreview-lapses: 0\n---\n');
	});
});
