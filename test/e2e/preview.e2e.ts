// The HTML preview `npm run demo` writes: it must work opened straight from disk (file://), without a server.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser } from './browser';
import { LESSON_A, sampleVault } from './sampleVault';
import { buildSite, writeSite } from './site';

describe.skipIf(!hasChromium)('the demo HTML preview', () => {
	let dir: string;
	let browser: Awaited<ReturnType<typeof launchBrowser>>;
	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'bl-preview-'));
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await rm(dir, { recursive: true, force: true });
	});

	it('opens from file:// with the first lesson rendered as cards, and lists the vault', async () => {
		const index = await writeSite(dir, await buildSite({ files: sampleVault(), open: LESSON_A }));
		const page = await browser.context.newPage();
		await page.goto(`file://${index}`);
		await page.waitForSelector('body.shim-ready');
		expect(await page.locator('.bl-card-block[data-bl-unit="63"]').count()).toBeGreaterThan(0);
		expect(await page.locator('.nav-file-title').allTextContents()).toEqual(['Lessons/voice-ai-inference-and-evals', 'Lessons/voice-ai-speech-to-speech']);
	});
});
