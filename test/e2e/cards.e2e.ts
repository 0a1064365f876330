// The built plugin in headless Chromium: loading, settings, and lesson cards in the reading view.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium } from './browser';
import { LESSON_A, LESSON_B } from './sampleVault';
import { onShim } from './shimPage';
import { useShim } from './useShim';

const unitsShown = (page: Page) => page.$$eval('.bl-card-block[data-bl-unit]', (blocks) => new Set(blocks.map((b) => b.getAttribute('data-bl-unit'))).size);

describe.skipIf(!hasChromium)('cards in the reading view', () => {
	const shim = useShim();

	it('render every unit of both sample lessons as cards', async () => {
		const page = await shim().open({ note: LESSON_A });
		expect(await unitsShown(page)).toBe(63);
		await onShim(page, (shim, path) => shim.openNote(path), LESSON_B);
		expect(await unitsShown(page)).toBe(37);
		await expect(page.locator('.bl-card-block[data-bl-unit="1"] .bl-unit-number').textContent()).resolves.toBe('1');
	});

	it('come out the same when the blocks are post-processed out of order', async () => {
		const html = async (params: Record<string, string>) => (await shim().open(params)).locator('.markdown-preview-section').innerHTML();
		const inOrder = await html({ note: LESSON_B });
		expect(inOrder).toContain('data-bl-unit="37"');
		expect(await html({ note: LESSON_B, order: 'reverse' })).toBe(inOrder);
	});

	it('set a ruby gloss above its term', async () => {
		const page = await shim().open({ note: LESSON_A });
		const term = page.locator('.bl-card-block[data-bl-unit="1"] ruby.bl-term', { hasText: 'inference layer' }).first();
		const text = (await term.locator('.bl-term-text').boundingBox())!;
		const gloss = (await term.locator('rt.bl-gloss').boundingBox())!;
		expect(await term.locator('rt.bl-gloss').textContent()).toContain('推理层');
		// Above: the gloss ends before the middle of the term's line box (which includes the leading).
		expect(gloss.y).toBeLessThan(text.y);
		expect(gloss.y + gloss.height).toBeLessThanOrEqual(text.y + text.height / 2);
		expect(Math.abs(gloss.x + gloss.width / 2 - (text.x + text.width / 2))).toBeLessThan(text.width);
	});

	it('hide translations in study mode and reveal one unit on click', async () => {
		const page = await shim().open({ note: LESSON_A });
		const translation = page.locator('.bl-card-block[data-bl-unit="1"] p', { hasText: '好的，如果你想要速度' });
		await expect(translation.isVisible()).resolves.toBe(true);

		await onShim(page, (shim) => shim.runCommand('toggle-study-mode'));
		await expect(translation.isVisible()).resolves.toBe(false);
		await expect(page.locator('.bl-card-block[data-bl-unit="2"] .bl-reveal').isVisible()).resolves.toBe(true);

		await page.locator('.bl-card-block[data-bl-unit="1"] .bl-reveal').click();
		await expect(translation.isVisible()).resolves.toBe(true);
		await expect(page.locator('.bl-card-block[data-bl-unit="2"] .bl-reveal').isVisible()).resolves.toBe(true);
	});

	it('follow the settings tab: turning cards off shows the plain note', async () => {
		const page = await shim().open({ note: LESSON_A, settings: '1' });
		const toggle = page.locator('.setting-item', { hasText: 'Show lessons as cards' }).locator('.checkbox-container');
		await expect(toggle.getAttribute('class')).resolves.toContain('is-enabled');
		await toggle.click();
		await onShim(page, (shim) => shim.rendered());
		expect(await unitsShown(page)).toBe(0);
		await expect(page.locator('.markdown-preview-section').textContent()).resolves.toContain('(1) [15:09-15:22]');
		expect(await onShim(page, (shim) => shim.plugin.loadData())).toMatchObject({ renderCards: false });
	});
});
