// The built plugin's glossary in headless Chromium: opens in the side dock, filters, opens a lesson at a unit.
import { describe, expect, it } from 'vitest';
import { hasChromium } from './browser';
import { LESSON_B } from './sampleVault';
import { onShim } from './shimPage';
import { useShim } from './useShim';

describe.skipIf(!hasChromium)('glossary view', () => {
	const shim = useShim();

	it('opens in the right sidebar, filters by search, and opens a lesson at the unit of an occurrence', async () => {
		const page = await shim().open({ note: LESSON_B, command: 'open-glossary' });
		const glossary = page.locator('.mod-right-split .bl-glossary');
		await expect(glossary.isVisible()).resolves.toBe(true);
		await expect(glossary.locator('.bl-glossary-totals').textContent()).resolves.toMatch(/2 lessons/);
		// Nothing sticks out of the sidebar: every control lies within the panel.
		const outside = await glossary.evaluate((root) => {
			const right = root.getBoundingClientRect().right;
			return [...root.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > right + 0.5).map((el) => el.className);
		});
		expect(outside).toEqual([]);
		const rows = glossary.locator('.bl-glossary-row');
		const before = await rows.count();
		expect(before).toBeGreaterThan(5);

		await glossary.locator('.bl-glossary-search').fill('latency');
		await page.waitForFunction((n) => document.querySelectorAll('.bl-glossary-row').length < n, before);
		// Every row left matches in its term, meaning or IPA, and the match is marked.
		const texts = await rows.allTextContents();
		expect(texts.length).toBeGreaterThan(0);
		for (const text of texts) expect(text.toLowerCase()).toMatch(/latency|延迟/);
		await expect(rows.first().locator('mark.bl-glossary-match').count()).resolves.toBeGreaterThan(0);

		const row = rows.filter({ has: page.locator('.bl-glossary-term', { hasText: /^latency$/ }) });
		// A click on the row outside its buttons expands it.
		await row.locator('.bl-glossary-meaning').click();
		const occurrence = row.locator('.bl-glossary-occurrence').first();
		const source = (await occurrence.locator('.bl-glossary-occurrence-source').textContent()) ?? '';
		const unit = /unit (\d+)/.exec(source)?.[1];
		expect(unit).toBeDefined();
		await occurrence.click();
		await onShim(page, (shim) => shim.rendered());

		const opened = await onShim(page, (shim) => shim.app.workspace.getActiveFile()?.path);
		expect(opened).toBe('Lessons/voice-ai-inference-and-evals.md');
		const flashing = page.locator('.mod-root .workspace-leaf:not(.is-hidden) .is-flashing');
		await expect(flashing.getAttribute('data-bl-unit')).resolves.toBe(unit);
		const top = await flashing.evaluate((el) => el.getBoundingClientRect().top);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(400);
	});

	it('is usable from the keyboard, and its virtual list scrolls to the end', async () => {
		const page = await shim().open({ note: LESSON_B, command: 'open-glossary' });
		const glossary = page.locator('.mod-right-split .bl-glossary');
		const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-index') ?? document.activeElement?.className ?? '');

		await glossary.locator('.bl-glossary-search').focus();
		await page.keyboard.press('ArrowDown');
		expect(await focused()).toBe('0');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		expect(await focused()).toBe('2');
		const row = glossary.locator('.bl-glossary-row[data-index="2"]');
		await page.keyboard.press('Enter');
		await expect(row.getAttribute('aria-expanded')).resolves.toBe('true');
		await expect(row.locator('.bl-glossary-occurrence').count()).resolves.toBeGreaterThan(0);
		await page.keyboard.press('Escape');
		await expect(row.getAttribute('aria-expanded')).resolves.toBe('false');
		await page.keyboard.press('Escape');
		expect(await focused()).toContain('bl-glossary-search');

		// 312 terms, a few dozen rows in the DOM: End reaches the last one, rendered and in view.
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('End');
		expect(await focused()).toBe('311');
		expect(await glossary.locator('.bl-glossary-row').count()).toBeLessThan(100);
		await page.waitForTimeout(100); // the scroll event, after which the row must still be there and focused
		expect(await focused()).toBe('311');
		const last = glossary.locator('.bl-glossary-row[data-index="311"]');
		const list = await glossary.locator('.bl-glossary-list').boundingBox();
		const box = await last.boundingBox();
		expect(list && box && box.y >= list.y && box.y + box.height <= list.y + list.height + 1).toBe(true);
	});
});
