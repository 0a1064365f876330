// Readable in both themes: the text of cards and glossary against what is behind it (WCAG contrast ratios).
import { describe, expect, it } from 'vitest';
import { hasChromium } from './browser';
import { contrastOf } from './contrast';
import { LESSON_A, LESSON_B } from './sampleVault';
import { useShim } from './useShim';

/** Text read as prose: WCAG AA for normal text. */
const PROSE = ['.bl-english', '.bl-clause', '.bl-modifier', '.bl-aside', '.bl-translation p', '.bl-gloss', '.bl-chip-term', '.bl-chip-meaning', '.bl-glossary-term', '.bl-glossary-meaning'];
/** Accented labels (bold, coloured by the theme's accent): WCAG AA for large or bold text and UI. */
const ACCENTS = ['.bl-term-hot', '.bl-unit-number'];

describe.skipIf(!hasChromium)('contrast', () => {
	const shim = useShim();

	it.each(['light', 'dark'])('every kind of card and glossary text is readable in the %s theme', async (theme) => {
		const ratios: Record<string, number> = {};
		for (const note of [LESSON_A, LESSON_B]) {
			const page = await shim().open({ note, theme, command: 'open-glossary' });
			for (const selector of [...PROSE, ...ACCENTS]) {
				const found = page.locator(`${selector}:visible`).first();
				if ((await found.count()) > 0) ratios[selector] = Math.min(ratios[selector] ?? Infinity, await contrastOf(found));
			}
			await page.close();
		}
		expect(Object.keys(ratios).sort()).toEqual([...PROSE, ...ACCENTS].sort());
		const low = Object.entries(ratios).filter(([selector, ratio]) => ratio < (ACCENTS.includes(selector) ? 3 : 4.5));
		expect(low.map(([selector, ratio]) => `${selector} ${ratio.toFixed(2)}`)).toEqual([]);
	});
});
