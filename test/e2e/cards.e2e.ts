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

	it("set a gloss above its term, the term's line box unwidened and its words at their normal gap", async () => {
		const page = await shim().open({ note: LESSON_A });
		const term = page.locator('.bl-card-block[data-bl-unit="1"] .bl-term', { hasText: 'inference layer' }).first();
		const gloss = term.locator('.bl-gloss');
		expect(await gloss.textContent()).toBe('推理层');
		const [text, above] = [(await term.boundingBox())!, (await gloss.boundingBox())!];
		expect(above.y + above.height).toBeLessThanOrEqual(text.y + 2);
		expect(above.x).toBeCloseTo(text.x, 0);
		// Every glossed term of the lesson on one line, however wide its gloss, is as wide as its own
		// words: the width of its text alone, measured in a copy of it without the gloss.
		const widths = await page.$$eval('.bl-english .bl-term:has(.bl-gloss)', (terms) =>
			terms.flatMap((el) => {
				const bare = el.cloneNode(true) as HTMLElement;
				bare.querySelector('.bl-gloss')?.remove();
				el.after(bare);
				const oneLine = el.getClientRects().length === 1 && bare.getClientRects().length === 1;
				const widths = [el.getBoundingClientRect().width, bare.getBoundingClientRect().width, el.querySelector('.bl-gloss')!.getBoundingClientRect().width];
				bare.remove();
				return oneLine ? [widths] : [];
			}),
		);
		expect(widths.length).toBeGreaterThan(50);
		expect(widths.filter(([term, bare]) => Math.abs(term - bare) > 0.5)).toEqual([]);
		expect(widths.some(([term, , gloss]) => gloss > term)).toBe(true);
		// The gap between the two words of the term is a plain space's, as between "run" and "the" before
		// it (within a fraction of a pixel: the term is semibold; a gloss's spread would be many pixels).
		const gaps = await term.evaluate((el) => {
			const english = el.closest('.bl-english')!;
			const gapAfter = (node: Node, word: string): number => {
				const text = node.textContent ?? '';
				const at = text.indexOf(word);
				const range = document.createRange();
				range.setStart(node, at + word.length);
				range.setEnd(node, at + word.length + 1);
				return range.getBoundingClientRect().width;
			};
			const walker = document.createTreeWalker(english, NodeFilter.SHOW_TEXT);
			let plain = 0;
			for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.textContent?.includes('to run the')) plain = gapAfter(node, 'run');
			return [gapAfter(el.lastChild!, 'inference'), plain];
		});
		expect(gaps[1]).toBeGreaterThan(0);
		expect(Math.abs(gaps[0] - gaps[1])).toBeLessThan(0.5);
	});

	it('keep the gloss of a term broken across lines whole, above its first part', async () => {
		const page = await shim().open({ note: LESSON_A }, { width: 420, height: 800 });
		const split = await page.$$eval('.bl-english .bl-term:has(.bl-gloss)', (terms) =>
			terms
				.filter((el) => el.getClientRects().length > 1)
				.map((el) => {
					const [first] = el.getClientRects();
					const gloss = el.querySelector('.bl-gloss')!;
					return { first: first.toJSON() as DOMRect, gloss: gloss.getBoundingClientRect().toJSON() as DOMRect, parts: gloss.getClientRects().length };
				}),
		);
		expect(split.length).toBeGreaterThan(0);
		for (const { first, gloss, parts } of split) {
			expect(parts).toBe(1);
			expect(gloss.left).toBeCloseTo(first.left, 0);
			expect(gloss.bottom).toBeLessThanOrEqual(first.top + 2);
		}
	});

	it('label the 🔥 count of a card, with a tooltip and for screen readers, and the lesson count of a glossary row', async () => {
		const page = await shim().open({ note: LESSON_A, command: 'open-glossary' });
		const header = page.locator('.bl-card-block[data-bl-unit="1"] .bl-card-header');
		await expect(header.getAttribute('title')).resolves.toBe('2 key terms (🔥) in this unit');
		expect(await header.ariaSnapshot()).toContain('2 key terms');
		expect(await header.ariaSnapshot()).not.toContain('🔥 2');
		await page.locator('.bl-glossary-search').fill('latency');
		const row = page.locator('.bl-glossary-row[data-key="latency"]');
		await expect(row.locator('.bl-glossary-count').getAttribute('title')).resolves.toBe('Glossed in 1 lesson');
		expect(await row.getAttribute('aria-label')).toContain('latency, key term, in 1 lesson: ');
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
