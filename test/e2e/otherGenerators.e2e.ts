// Lessons other generators write, in the reading view of the built plugin: units as numbered headings with no `---`
// between them, and the analysis in an Obsidian callout.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium } from './browser';
import { onShim } from './shimPage';
import { useShim } from './useShim';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'lessons', name), 'utf8');
const HEADINGS = 'Lessons/Volcanoes.md';
const CALLOUTS = 'Lessons/Sleep.md';
const KEYCAPS = 'Lessons/Rates.md';
const TABLES = 'Lessons/Glaciers.md';
const SIDE_BY_SIDE = 'Lessons/Maps.md';
const UNHEADED = 'Lessons/Night noise.md';
const WORD_CARDS = 'Lessons/Word cards.md';
const FLAGS = 'Lessons/Deep-sea mining.md';
const INLINE = 'Lessons/Coffee roasting.md';
const HOFFMANN = 'People/James Hoffmann.md';

/** Each card's box: from the top of its first block to the bottom of its last. */
const cardBoxes = (page: Page) =>
	page.$$eval('.bl-card-block[data-bl-unit]', (blocks) => {
		const boxes = new Map<string, { top: number; bottom: number }>();
		for (const block of blocks) {
			const unit = block.getAttribute('data-bl-unit')!;
			const rect = block.getBoundingClientRect();
			const box = boxes.get(unit) ?? { top: rect.top, bottom: rect.bottom };
			boxes.set(unit, { top: Math.min(box.top, rect.top), bottom: Math.max(box.bottom, rect.bottom) });
		}
		return [...boxes.entries()];
	});

describe.skipIf(!hasChromium)('lessons from other generators in the reading view', () => {
	const shim = useShim({
		[HEADINGS]: fixture('volcano-heading-units.md'),
		[CALLOUTS]: fixture('sleep-callouts.md'),
		[KEYCAPS]: fixture('rates-keycaps.md'),
		[TABLES]: fixture('glaciers-bold-units.md'),
		[SIDE_BY_SIDE]: fixture('maps-side-by-side.md'),
		[UNHEADED]: fixture('night-noise-unheaded.md'),
		[WORD_CARDS]: fixture('word-cards-headings.md'),
		[FLAGS]: fixture('deep-sea-flags.md'),
		[INLINE]: fixture('coffee-roasting-inline.md'),
		[HOFFMANN]: '# James Hoffmann\n',
	});

	it('show `## n. [time]` headings as cards, set apart though no `---` separates them', async () => {
		const page = await shim().open({ note: HEADINGS });
		const boxes = await cardBoxes(page);
		expect(boxes.map(([unit]) => unit)).toEqual(['1', '2', '3']);
		for (let k = 1; k < boxes.length; k++) expect(boxes[k][1].top - boxes[k - 1][1].bottom).toBeGreaterThanOrEqual(4);
		await expect(page.locator('.bl-card-block[data-bl-unit="2"] .bl-card-header').textContent()).resolves.toContain('02:25');
		// The numbered headings became cards: none is left as a heading.
		expect(await page.locator('.markdown-preview-section h2').count()).toBe(0);
	});

	it('show a callout analysis as the card\'s term chips, the callout itself gone', async () => {
		const page = await shim().open({ note: CALLOUTS });
		expect((await cardBoxes(page)).map(([unit]) => unit)).toEqual(['1', '2', '3']);
		const chips = page.locator('.bl-card-block[data-bl-unit="2"] .bl-chip');
		await expect(chips.allTextContents()).resolves.toEqual([expect.stringContaining('strengthen'), expect.stringContaining('encode')]);
		expect(await page.locator('.markdown-preview-section blockquote').count()).toBe(0);
		await expect(page.locator('.bl-card-block[data-bl-unit="3"] .bl-english .bl-term-hot').textContent()).resolves.toContain('a good chunk of');
	});

	it('show keycap-numbered units with dash-separated terms as cards, the English without its keycap', async () => {
		const page = await shim().open({ note: KEYCAPS });
		expect((await cardBoxes(page)).map(([unit]) => unit)).toEqual(['1', '2', '10']);
		const english = await page.locator('.bl-card-block[data-bl-unit="1"] .bl-english').textContent();
		expect(english).toContain('The central bank surprised markets');
		expect(english).not.toContain('1️⃣');
		await expect(page.locator('.bl-card-block[data-bl-unit="2"] .bl-chip').allTextContents()).resolves.toEqual([
			expect.stringContaining('quarter-point'),
			expect.stringContaining('cite'),
			expect.stringContaining('cooling inflation'),
		]);
	});

	it('show `**Unit n** ⏱ time` units with a term table as cards, the tables gone', async () => {
		const page = await shim().open({ note: TABLES });
		expect((await cardBoxes(page)).map(([unit]) => unit)).toEqual(['1', '2', '3']);
		await expect(page.locator('.bl-card-block[data-bl-unit="3"] .bl-card-header').textContent()).resolves.toContain('00:00:43');
		await expect(page.locator('.bl-card-block[data-bl-unit="2"] .bl-english .bl-term-hot').textContent()).resolves.toContain('Under its own weight');
		expect(await page.locator('.markdown-preview-section table').count()).toBe(0);
	});

	it('show units whose English and translation sit side by side in a table as cards; the lesson\'s vocabulary table stays', async () => {
		const page = await shim().open({ note: SIDE_BY_SIDE });
		expect((await cardBoxes(page)).map(([unit]) => unit)).toEqual(['1', '2']);
		await expect(page.locator('.bl-card-block[data-bl-unit="2"] .bl-english').textContent()).resolves.toContain(', showing who owned what.');
		await expect(page.locator('.bl-card-block[data-bl-unit="2"] .bl-translation').textContent()).resolves.toContain('它们是权力的宣示');
		await expect(page.locator('.markdown-preview-section table').allTextContents()).resolves.toEqual([expect.stringContaining('get anywhere')]);
	});

	it('show units with no header, only `---` between them, as cards numbered in turn; title, intro and summary stay', async () => {
		const page = await shim().open({ note: UNHEADED });
		expect((await cardBoxes(page)).map(([unit]) => unit)).toEqual(['1', '2']);
		await expect(page.locator('.bl-card-block.bl-translation[data-bl-unit="2"]').textContent()).resolves.toContain('卡车在午夜之后送货');
		const rest = await page.locator('.markdown-preview-section > div:not(:has(.bl-card-block))').allTextContents();
		expect(rest.join('\n')).toMatch(/Why cities are louder at night[\s\S]*来源：一期城市声学播客[\s\S]*小结[\s\S]*夜晚的城市噪音/);
	});

	it('show word cards under `### 1. word` headings as one card each, the headings kept and the 🇬🇧 / 🇨🇳 flags off', async () => {
		const page = await shim().open({ note: WORD_CARDS });
		expect((await cardBoxes(page)).map(([unit]) => unit)).toEqual(['1', '2', '3']);
		await expect(page.locator('.markdown-preview-section h3').allTextContents()).resolves.toEqual(['1. serendipity', '2. ubiquitous', '3. procrastinate']);
		const english = await page.locator('.bl-card-block[data-bl-unit="2"] .bl-english').textContent();
		expect(english).toMatch(/^\s*Phones are .*ubiquitous now, even on mountain trails\./);
		expect(english).not.toContain('🇬🇧');
		await expect(page.locator('.bl-card-block[data-bl-unit="2"] .bl-translation').textContent()).resolves.toMatch(/^\s*如今手机无处不在/);
	});

	it('show flag-labelled lines under `### Unit n ⏱ time` headings as cards, a `(phr. v.)` term glossed in place', async () => {
		const page = await shim().open({ note: FLAGS });
		expect((await cardBoxes(page)).map(([unit]) => unit)).toEqual(['1', '2', '3']);
		await expect(page.locator('.bl-card-block[data-bl-unit="3"] .bl-card-header').textContent()).resolves.toContain('00:41');
		await expect(page.locator('.bl-card-block[data-bl-unit="3"] .bl-english .bl-term-hot').allTextContents()).resolves.toEqual([expect.stringContaining('stripped away')]);
		expect(await page.locator('.markdown-preview-section').textContent()).not.toMatch(/🇬🇧|🇨🇳/);
	});

	it('draw the Markdown written in the English as the note would: emphasis, highlight, code, links, no markers; a wikilink opens its note', async () => {
		const page = await shim().open({ note: INLINE });
		const english = page.locator('.bl-card-block[data-bl-unit="2"] .bl-english');
		const text = (await english.textContent()) ?? '';
		expect(text).toMatch(/which pros call (余温效应)?carry-over, as James Hoffmann explains\.1/);
		expect(text).not.toMatch(/==|\*|\[\[|`/);
		await expect(english.locator('mark').textContent()).resolves.toContain('a little earlier');
		await expect(english.locator('code').textContent()).resolves.toBe('pros');
		await expect(english.locator('em').textContent()).resolves.toContain('carry-over');
		await expect(page.locator('.bl-card-block[data-bl-unit="1"] .bl-english a.external-link').getAttribute('href')).resolves.toBe('https://en.wikipedia.org/wiki/Coffee_roasting');
		await expect(page.locator('.bl-card-block[data-bl-unit="3"] .bl-english u').textContent()).resolves.toContain('taste the origin');
		await english.locator('a.bl-english-link').click();
		await expect.poll(() => onShim(page, (s) => s.app.workspace.getActiveFile()?.path)).toBe(HOFFMANN);
	});
});
