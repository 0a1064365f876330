// The built plugin at phone width (375 px, Obsidian mobile's one-pane layout): nothing overflows sideways.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium } from './browser';
import { LESSON_A, LESSON_B } from './sampleVault';
import { onShim } from './shimPage';
import { useShim } from './useShim';

const PHONE = { width: 375, height: 812 };

/** How far the shown view's content is wider than the screen (0 when it fits). */
const overflow = (page: Page, type: string) =>
	page.locator(`.workspace-leaf-content[data-type="${type}"] .view-content`).evaluate((el) => el.scrollWidth - el.clientWidth);

describe.skipIf(!hasChromium)('at phone width', () => {
	const shim = useShim();

	it.each([LESSON_A, LESSON_B])('the cards of %s fit the screen', async (note) => {
		const page = await shim().open({ note, phone: '1' }, PHONE);
		expect(await page.locator('.bl-card-block').count()).toBeGreaterThan(0);
		expect(await overflow(page, 'markdown')).toBe(0);
	});

	it('the glossary opens as a drawer that fits the screen, and an occurrence closes it on the lesson', async () => {
		const page = await shim().open({ note: LESSON_B, phone: '1', command: 'open-glossary' }, PHONE);
		const glossary = page.locator('.bl-glossary');
		await expect(glossary.isVisible()).resolves.toBe(true);
		expect(await overflow(page, 'bl-glossary')).toBe(0);

		const row = page.locator('.bl-glossary-row').first();
		await row.locator('.bl-glossary-meaning').click();
		expect(await overflow(page, 'bl-glossary')).toBe(0);
		await row.locator('.bl-glossary-occurrence').first().click();
		await onShim(page, (shim) => shim.rendered());
		await expect(glossary.isVisible()).resolves.toBe(false);
		await expect(page.locator('.mod-root .workspace-leaf:not(.is-hidden) .is-flashing').isVisible()).resolves.toBe(true);
	});
});
