// The HTML preview `npm run demo` writes: it must work opened straight from disk (file://), without a server,
// at a phone's width without being told, with Obsidian's icons, a drawer that closes and modals that Escape closes.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IconNodes } from '../obsidian-double/util';
import { hasChromium, launchBrowser } from './browser';
import { LESSON_A, LESSON_B, sampleVault } from './sampleVault';
import { buildSite, writeSite } from './site';

const PHONE = { width: 375, height: 812 };

describe.skipIf(!hasChromium)('the demo HTML preview', () => {
	let dir: string;
	let index: string;
	let browser: Awaited<ReturnType<typeof launchBrowser>>;
	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'bl-preview-'));
		index = await writeSite(dir, await buildSite({ files: sampleVault(), open: LESSON_A }));
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await rm(dir, { recursive: true, force: true });
	});

	/** Opens the written preview from disk with these parameters, in a window of this size. */
	async function open(query = '', viewport = { width: 1280, height: 800 }): Promise<Page> {
		const page = await browser.context.newPage();
		await page.setViewportSize(viewport);
		await page.goto(`file://${index}${query}`);
		await page.waitForSelector('body.shim-ready');
		return page;
	}

	it('opens from file:// with the first lesson rendered as cards, and lists the vault', async () => {
		const page = await open();
		expect(await page.locator('.bl-card-block[data-bl-unit="63"]').count()).toBeGreaterThan(0);
		expect(await page.locator('.nav-file-title').allTextContents()).toEqual(['Lessons/voice-ai-inference-and-evals', 'Lessons/voice-ai-speech-to-speech']);
		expect(await page.evaluate(() => document.body.classList.contains('is-phone'))).toBe(false);
	});

	it('at 375 px, without ?phone=1, lays out as a phone: the note the whole width above a bar of the ribbon, no file list, nothing overflowing', async () => {
		const page = await open('', PHONE);
		expect(await page.evaluate(() => [...document.body.classList].filter((c) => c.startsWith('is-')))).toEqual(['is-mobile', 'is-phone']);
		await expect(page.locator('.nav-files-container').isVisible()).resolves.toBe(false);
		const note = (await page.locator('.mod-root .workspace-leaf:not(.is-hidden) .view-content').boundingBox())!;
		const ribbon = (await page.locator('.workspace-ribbon').boundingBox())!;
		expect([note.x, note.width, ribbon.x, ribbon.width]).toEqual([0, PHONE.width, 0, PHONE.width]);
		expect(ribbon.y).toBeGreaterThanOrEqual(note.y + note.height);
		expect(ribbon.y + ribbon.height).toBe(PHONE.height);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(PHONE.width);
		expect(await page.locator('.mod-root .view-content').first().evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
		// ?phone=0 keeps the desktop layout in a narrow window.
		const desktop = await open('?phone=0', PHONE);
		await expect(desktop.locator('.nav-files-container').isVisible()).resolves.toBe(true);
	});

	it("draws each icon as Obsidian does, Lucide's SVG: the ribbon's and the plugin's", async () => {
		const lucide = JSON.parse(await readFile(createRequire(import.meta.url).resolve('lucide-static/icon-nodes.json'), 'utf8')) as IconNodes;
		const page = await open();
		const ribbon = await page.$$eval('.side-dock-ribbon-action', (actions) =>
			actions.map((el) => {
				const svg = el.querySelector(':scope > svg.svg-icon')!;
				return { label: el.getAttribute('aria-label'), icon: svg.getAttribute('data-icon')!, drawn: [...svg.children].map((c) => [c.tagName, c.getAttribute('d') ?? c.getAttribute('x') ?? c.getAttribute('cx')]) };
			}),
		);
		expect(ribbon.map((r) => [r.label, r.icon])).toEqual([
			['Open settings', 'settings'],
			['Open command palette', 'square-terminal'],
			['Open glossary', 'book-open'],
			['Review due terms · No terms due', 'layers'],
		]);
		for (const { icon, drawn } of ribbon) expect(drawn).toEqual(lucide[icon].map(([tag, attrs]) => [tag, attrs.d ?? attrs.x ?? attrs.cx]));
	});

	it("opens the glossary as a drawer from the ribbon's bar, and closes it by its close button, back to the lesson", async () => {
		const page = await open(`?note=${encodeURIComponent(LESSON_B)}`, PHONE);
		const glossary = page.locator('.bl-glossary');
		const close = page.locator('.shim-drawer-close');
		await expect(close.isVisible()).resolves.toBe(false);
		await page.locator('.side-dock-ribbon-action[aria-label="Open glossary"]').click();
		await expect(glossary.isVisible()).resolves.toBe(true);
		await expect(page.locator('.mod-root').isVisible()).resolves.toBe(false);
		await expect(close.getAttribute('aria-label')).resolves.toBe('Close');
		expect(await close.locator('svg.svg-icon').getAttribute('data-icon')).toBe('x');
		await close.click();
		await expect(glossary.isVisible()).resolves.toBe(false);
		await expect(close.isVisible()).resolves.toBe(false);
		await expect(page.locator('.mod-root .bl-card-block').first().isVisible()).resolves.toBe(true);
	});

	it('closes the top modal on Escape: the settings, then the command palette', async () => {
		const page = await open('?settings=1');
		await expect(page.locator('.modal.mod-settings').isVisible()).resolves.toBe(true);
		await page.keyboard.press('Escape');
		await expect(page.locator('.modal-container').count()).resolves.toBe(0);
		await page.locator('.side-dock-ribbon-action[aria-label="Open command palette"]').click();
		await expect(page.locator('.modal .suggestion-item').count()).resolves.toBeGreaterThan(0);
		await page.keyboard.press('Escape');
		await expect(page.locator('.modal-container').count()).resolves.toBe(0);
	});
});
