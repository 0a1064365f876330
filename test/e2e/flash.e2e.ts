// Opening an occurrence from the glossary: the lesson scrolls to the unit, the whole card flashes and the term is marked.
import { describe, expect, it } from 'vitest';
import { hasChromium } from './browser';
import { LESSON_B } from './sampleVault';
import { onShim } from './shimPage';
import { useShim } from './useShim';

describe.skipIf(!hasChromium)('an occurrence opened from the glossary', () => {
	const shim = useShim();

	it('flashes every block of its unit, marks the term on screen, and lets go after a moment', async () => {
		const page = await shim().open({ note: LESSON_B, command: 'open-glossary' });
		await page.locator('.bl-glossary-search').fill('decent');
		const row = page.locator('.bl-glossary-row[data-key="decent"]');
		await row.locator('.bl-glossary-meaning').click();
		const occurrence = row.locator('.bl-glossary-occurrence', { hasText: 'unit 54' });
		await occurrence.click();
		await onShim(page, (shim) => shim.rendered());

		const leaf = page.locator('.mod-root .workspace-leaf:not(.is-hidden)');
		const blocks = leaf.locator('.bl-card-block[data-bl-unit="54"]');
		const count = await blocks.count();
		expect(count).toBeGreaterThan(1);
		await expect(leaf.locator('.bl-card-block.bl-flash[data-bl-unit="54"]').count()).resolves.toBe(count);
		await expect(leaf.locator('.bl-card-block.bl-flash').count()).resolves.toBe(count);
		const marked = leaf.locator('.bl-term-marked');
		await expect(marked.count()).resolves.toBe(1);
		expect(await marked.textContent()).toMatch(/decent/i);
		// Visibly: the card's background is the highlight, not the card's own, and the term is in view.
		const [flashed, plain] = await leaf.evaluate((el) => [
			getComputedStyle(el.querySelector('.bl-card-block.bl-flash')!).backgroundColor,
			getComputedStyle(el.querySelector('.bl-card-block:not(.bl-flash)')!).backgroundColor,
		]);
		expect(flashed).not.toBe(plain);
		const box = (await marked.boundingBox())!;
		expect(box.y).toBeGreaterThan(0);
		expect(box.y + box.height).toBeLessThan(800);

		await page.waitForTimeout(2800);
		await expect(leaf.locator('.bl-flash, .bl-term-marked').count()).resolves.toBe(0);
	});
});
