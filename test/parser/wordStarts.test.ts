// A unit that glosses many terms has its short English's searches filtered by where its words start: same spans, fewer scans.
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { TermLocator } from '../../src/core/parser/TermLocator';
import { WordStarts } from '../../src/core/parser/WordStarts';
import { LESSON_A, LESSON_B } from '../fixtures';

describe('where words may start', () => {
	const starts = new WordStarts("It's x-ray time, 'tis said.", "It's x-ray time, 'tis said.");

	it.each([
		['at the very start', "It'", true],
		['at a word after a space', 'tim', true],
		['after a hyphen', 'ray', true],
		['at an apostrophe after a space', "'ti", true],
		['inside a word', 'ime', false],
		['after an apostrophe inside a word', 's x', false],
		['nowhere', 'abc', false],
		['as a string too short to filter', 'zz', true],
	])('%s: %s → %s', (_, s, may) => expect(starts.mayStart(s)).toBe(may));

	it('are read from the English, the characters from the text given', () => {
		const lowered = new WordStarts('The CAT', 'the cat');
		expect([lowered.mayStart('cat'), lowered.mayStart('CAT'), lowered.mayStart('at')]).toEqual([true, false, true]);
	});
});

/** Terms no English holds, and forms it holds in other cases and inflections: many more than a unit glosses. */
const EXTRA = [
	...Array.from({ length: 30 }, (_, i) => `absent${i} term`),
	'THE', 'model', 'Models', 'studies', 'get something done', 'run into issues', 'kelvin', 'tis', "'tis", 'a', 'go', 'x',
];

/** Each term located by a locator of its own: the first term's search, never filtered. */
const alone = (english: string, terms: readonly string[]) => terms.map((term) => new TermLocator(english).locate(term));

describe('a unit glossing many terms', () => {
	const englishes = [LESSON_A, LESSON_B].flatMap((text) => parseLesson(text).units.map((unit) => ({ english: unit.english, terms: unit.terms.map((t) => t.term) })));
	englishes.push(
		{ english: 'The \u212Aelvin scale starts at absolute zero; \u2019tis said the models study it.', terms: ['kelvin', 'absolute zero'] },
		{ english: "'Tis the season: we kept running into a lot of issues and got something done.", terms: ['tis'] },
	);

	it('finds every term where a locator for that term alone finds it', () => {
		expect(englishes.length).toBeGreaterThan(60);
		for (const { english, terms } of englishes) {
			const all = [...terms, ...EXTRA];
			const locator = new TermLocator(english);
			expect(all.map((term) => locator.locate(term)), english).toEqual(alone(english, all));
		}
	});

	it('still finds the terms its English holds, past the first few', () => {
		const english = 'Studies show the model kept running into a lot of issues.';
		const locator = new TermLocator(english);
		for (let i = 0; i < 20; i++) expect(locator.locate(`absent${i} term`)).toBeNull();
		const found = ['study', 'run into issues', 'THE', 'model'].map((term) => locator.locate(term)).map((span) => span && english.slice(span.start, span.end));
		expect(found).toEqual(['Studies', 'running into a lot of issues', 'the', 'model']);
	});
});
