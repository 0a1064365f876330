// A term's popover in the built plugin: by mouse hover, by tap (touch), by keyboard; and what it offers.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium } from './browser';
import { LESSON_A } from './sampleVault';
import { onShim } from './shimPage';
import { useShim } from './useShim';

const term = (page: Page, text: string, unit = 1) => page.locator(`.bl-card-block[data-bl-unit="${unit}"] .bl-english .bl-term`, { hasText: text }).first();
const popover = (page: Page) => page.locator('.bl-popover');

/** The mouse onto the middle of the element (as a reader's pointer, without Playwright's actionability retries). */
async function pointAt(page: Page, el: ReturnType<typeof term>): Promise<void> {
	await el.scrollIntoViewIfNeeded();
	const box = (await el.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
}

/** A finger's tap at the middle of the element, through Chromium's touch input (the page has no mouse then). */
async function tap(page: Page, selector: ReturnType<typeof term>): Promise<void> {
	const box = (await selector.boundingBox())!;
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
	const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	await cdp.detach();
}

describe.skipIf(!hasChromium)('term popovers', () => {
	const shim = useShim();

	it('open when the mouse rests on a term, showing what is known of it, and close when it leaves', async () => {
		const page = await shim().open({ note: LESSON_A });
		const inference = term(page, 'inference layer');
		await pointAt(page, inference);
		await popover(page).waitFor({ state: 'visible' });
		const text = await popover(page).textContent();
		for (const part of ['inference layer', '🔥', '/ˈɪnfərəns/', '推理层，模型训练完后实际执行预测的部分', '🔊 Listen']) expect(text).toContain(part);
		expect(await popover(page).locator('.bl-popover-glossary').textContent()).toBe('In the glossary');
		// The popover stands below the term's line, not over it.
		const [termBox, popoverBox] = [(await inference.boundingBox())!, (await popover(page).boundingBox())!];
		expect(popoverBox.y).toBeGreaterThanOrEqual(termBox.y + termBox.height);
		await page.mouse.move(5, 5);
		await popover(page).waitFor({ state: 'detached' });
	});

	it('open on a tap, and close on a second tap', async () => {
		const page = await shim().open({ note: LESSON_A });
		const outsource = term(page, 'outsource');
		await tap(page, outsource);
		await popover(page).waitFor({ state: 'visible' });
		expect(await popover(page).locator('.bl-popover-term').textContent()).toBe('outsource');
		await expect(outsource.getAttribute('class')).resolves.toContain('is-active');
		await tap(page, outsource);
		await popover(page).waitFor({ state: 'detached' });
	});

	it('open by keyboard: Tab to a term, Enter opens it with focus inside, Escape closes it and returns focus', async () => {
		const page = await shim().open({ note: LESSON_A });
		await term(page, 'inference layer').focus();
		await page.keyboard.press('Tab');
		await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('outsource');
		await page.keyboard.press('Enter');
		await popover(page).waitFor({ state: 'visible' });
		await expect(page.evaluate(() => document.activeElement?.closest('.bl-popover') !== null)).resolves.toBe(true);
		await page.keyboard.press('Escape');
		await popover(page).waitFor({ state: 'detached' });
		await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('outsource');
	});

	it('say in how many other lessons the term is glossed, and link to the glossary searching for it', async () => {
		const page = await shim().open({ note: LESSON_A });
		await pointAt(page, term(page, 'decent', 54));
		await page.mouse.down();
		await page.mouse.up();
		const link = popover(page).locator('.bl-popover-glossary');
		await expect(link.textContent()).resolves.toBe('Also in 1 other lesson');
		await link.click();
		await onShim(page, (shim) => shim.rendered());
		await expect(page.locator('.bl-glossary-search').inputValue()).resolves.toBe('decent');
		await expect(page.locator('.bl-glossary-row').first().getAttribute('data-key')).resolves.toBe('decent');
		await expect(popover(page).count()).resolves.toBe(0);
	});

	it('show the gloss of a term in "on hover" mode when it has keyboard focus or was tapped, not only under a mouse', async () => {
		const page = await shim().open({ note: LESSON_A });
		await onShim(page, async (shim) => {
			await (shim.plugin as unknown as { context: { settings: { update(patch: { glossMode: string }): Promise<void> } } }).context.settings.update({ glossMode: 'hover' });
			await shim.rendered();
		});
		const gloss = term(page, 'inference layer').locator('.bl-gloss');
		await expect(gloss.isVisible()).resolves.toBe(false);
		await term(page, 'inference layer').focus();
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Tab');
		await expect(gloss.isVisible()).resolves.toBe(true);
		await page.keyboard.press('Shift+Tab');
		await expect(gloss.isVisible()).resolves.toBe(false);
		await tap(page, term(page, 'inference layer'));
		await expect(gloss.isVisible()).resolves.toBe(true);
	});
});
