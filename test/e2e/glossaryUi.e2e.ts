// The glossary's small things in the built plugin: typing on a row, menus that fit the sidebar, the vocabulary table's links.
import { describe, expect, it } from 'vitest';
import { hasChromium } from './browser';
import { LESSON_A, LESSON_B } from './sampleVault';
import { onShim } from './shimPage';
import { useShim } from './useShim';

describe.skipIf(!hasChromium)('the glossary', () => {
	const shim = useShim();

	it('takes what is typed on a focused row into its search box', async () => {
		const page = await shim().open({ note: LESSON_B, command: 'open-glossary' });
		await page.locator('.bl-glossary-search').press('ArrowDown');
		await expect(page.evaluate(() => document.activeElement?.classList.contains('bl-glossary-row'))).resolves.toBe(true);
		await page.keyboard.type('latency');
		await expect(page.locator('.bl-glossary-search').inputValue()).resolves.toBe('latency');
		await expect(page.locator('.bl-glossary-row').first().getAttribute('data-key')).resolves.toBe('latency');
	});

	it.each([
		['lat', 'a prefix of the term'],
		['延迟', 'its meaning'],
	])('ranks latency first for "%s" (%s), not A–Z', async (query) => {
		const page = await shim().open({ note: LESSON_B, command: 'open-glossary' });
		await page.locator('.bl-glossary-search').fill(query);
		const rows = page.locator('.bl-glossary-row');
		await expect(rows.first().getAttribute('data-key')).resolves.toBe('latency');
		// More than one term matches, so the order is the ranking's, not the only row left.
		await expect(rows.count()).resolves.toBeGreaterThan(1);
	});

	it.each([
		['desktop', { width: 1280, height: 800 }, {}],
		['phone', { width: 375, height: 812 }, { phone: '1' }],
	])('shows its menus whole in the sidebar (%s)', async (_name, viewport, params) => {
		const page = await shim().open({ note: LESSON_B, command: 'open-glossary', ...params }, viewport);
		// Each menu as wide as it would be on its own, unless wider than the bar.
		const cut = await page.$$eval('.bl-glossary-filters select', (selects) =>
			selects.flatMap((select) => {
				const shown = select.getBoundingClientRect().width;
				const copy = select.cloneNode(true) as HTMLSelectElement;
				copy.classList.add('bl-measure');
				document.body.appendChild(copy);
				const natural = copy.getBoundingClientRect().width;
				copy.remove();
				const bar = select.parentElement!.getBoundingClientRect().width;
				return shown + 1 < Math.min(natural, bar) ? [`${select.getAttribute('aria-label')}: ${shown} < ${natural}`] : [];
			}),
		);
		expect(cut).toEqual([]);
	});

	it("links the vocabulary table's terms to their term notes and to the glossary", async () => {
		const page = await shim().open({ note: LESSON_A });
		await onShim(page, async (shim) => {
			await shim.app.vault.createFolder('Terms').catch(() => undefined);
			await shim.app.vault.create('Terms/proxy.md', '---\nterm: proxy\ntags: [bilingual-lessons/term]\n---\n# proxy\n');
			await new Promise((resolve) => setTimeout(resolve, 400));
			await shim.rendered();
		});
		const table = page.locator('.bl-lesson-vocabulary');
		const link = table.locator('a.bl-vocab-link');
		await expect(link.textContent()).resolves.toBe('proxy');
		await link.click();
		await onShim(page, (shim) => shim.rendered());
		await expect(onShim(page, (shim) => shim.app.workspace.getActiveFile()?.path)).resolves.toBe('Terms/proxy.md');
		await onShim(page, (shim) => shim.openNote('Lessons/voice-ai-inference-and-evals.md'));
		await table.locator('.bl-vocab-glossary').first().click();
		await onShim(page, (shim) => shim.rendered());
		await expect(page.locator('.bl-glossary-search').inputValue()).resolves.toBe('inference layer');
	});
});
