// Study mode in the built plugin: translation and glosses revealed apart and hidden again, keys, cloze.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium } from './browser';
import { LESSON_A } from './sampleVault';
import { onShim } from './shimPage';
import { useShim } from './useShim';

const unit = (page: Page, n: number) => page.locator(`.bl-card-block[data-bl-unit="${n}"]`);
const translation = (page: Page, n: number) => unit(page, n).locator('p', { hasText: /[\u4e00-\u9fff]/ }).first();
const gloss = (page: Page, n: number) => unit(page, n).locator('.bl-english .bl-gloss').first();
const button = (page: Page, n: number, name: string) => unit(page, n).locator('[data-bl-study]', { hasText: name });
const focusedUnit = (page: Page) => page.evaluate(() => document.activeElement?.closest('[data-bl-unit]')?.getAttribute('data-bl-unit'));

describe.skipIf(!hasChromium)('study mode', () => {
	const shim = useShim();

	it('reveals the translation and the glosses of a unit separately, and hides them again; a click in the English reveals nothing', async () => {
		const page = await shim().open({ note: LESSON_A, command: 'toggle-study-mode' });
		await expect(translation(page, 1).isVisible()).resolves.toBe(false);
		await expect(gloss(page, 1).isVisible()).resolves.toBe(false);

		await unit(page, 1).locator('.bl-english').click({ position: { x: 5, y: 12 } });
		await expect(translation(page, 1).isVisible()).resolves.toBe(false);

		await button(page, 1, 'Show translation').click();
		await expect(translation(page, 1).isVisible()).resolves.toBe(true);
		await expect(gloss(page, 1).isVisible()).resolves.toBe(false);
		await button(page, 1, 'Show glosses').click();
		await expect(gloss(page, 1).isVisible()).resolves.toBe(true);
		await button(page, 1, 'Hide translation').click();
		await expect(translation(page, 1).isVisible()).resolves.toBe(false);
		await expect(gloss(page, 1).isVisible()).resolves.toBe(true);
		await expect(translation(page, 2).isVisible()).resolves.toBe(false);
	});

	it('moves to the next unit, reveals and hides it from the keyboard', async () => {
		const page = await shim().open({ note: LESSON_A, command: 'toggle-study-mode' });
		await button(page, 1, 'Show glosses').focus();
		await page.keyboard.press('n');
		await expect(focusedUnit(page)).resolves.toBe('2');
		await page.keyboard.press('r');
		await expect(translation(page, 2).isVisible()).resolves.toBe(true);
		await expect(gloss(page, 2).isVisible()).resolves.toBe(true);
		await page.keyboard.press('h');
		await expect(translation(page, 2).isVisible()).resolves.toBe(false);
		await page.keyboard.press('p');
		await expect(focusedUnit(page)).resolves.toBe('1');
	});

	it('in cloze mode, blanks the 🔥 terms of the English until they are shown', async () => {
		const page = await shim().open({ note: LESSON_A, command: 'toggle-study-mode' });
		await onShim(page, (shim) => shim.runCommand('toggle-cloze-mode'));
		const hot = unit(page, 1).locator('.bl-english .bl-term-hot').first();
		const colour = () => hot.evaluate((el) => getComputedStyle(el).color);
		expect(await colour()).toBe('rgba(0, 0, 0, 0)');
		// Its width is kept: the blank does not tell the term by its length alone, nor move the line.
		const blankWidth = (await hot.boundingBox())!.width;
		await button(page, 1, 'Show 🔥 terms').click();
		expect(await colour()).not.toBe('rgba(0, 0, 0, 0)');
		expect((await hot.boundingBox())!.width).toBeCloseTo(blankWidth, 1);
		await expect(unit(page, 2).locator('.bl-english .bl-term-hot').first().evaluate((el) => getComputedStyle(el).color)).resolves.toBe('rgba(0, 0, 0, 0)');
	});
});
