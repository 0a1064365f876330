// The built plugin's review in headless Chromium: a session by keyboard writes the review properties and nothing else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BEEKEEPING, HIVE_CHECKS } from '../review/lessons';
import { hasChromium } from './browser';
import { onShim, startShim, type ShimSession } from './shimPage';
import { startReview } from './startReview';

const FILES = { 'Bees/Beekeeping.md': BEEKEEPING, 'Bees/Hive checks.md': HIVE_CHECKS };

const texts = (page: Page) => onShim(page, (shim) => Object.fromEntries(shim.app.vault.getMarkdownFiles().map((f) => [f.path, shim.app.vault.peek(f) ?? ''])));

describe.skipIf(!hasChromium)('review', () => {
	let shim: ShimSession;
	beforeAll(async () => (shim = await startShim(FILES)));
	afterAll(() => shim?.close());

	it('runs a session by keyboard and writes the review properties, and nothing else, into each term note', async () => {
		const page = await shim.open({ note: 'Bees/Beekeeping.md' });
		await startReview(page);
		const before = await texts(page);
		const notes = Object.keys(before).filter((p) => p.startsWith('Terms/'));
		expect(notes).toHaveLength(5);
		const card = page.locator('.bl-review-card');
		const seen: string[] = [];
		while ((await card.getAttribute('data-side')) === 'front') {
			await page.keyboard.press('Space');
			await page.waitForSelector('.bl-review-card[data-side="back"]');
			seen.push((await page.locator('.bl-review-term').textContent()) ?? '');
			await page.keyboard.press('4');
			await page.waitForFunction((n) => document.querySelector('.bl-review-progress')?.textContent !== `${6 - n} cards left` || document.querySelector('[data-side="done"]'), seen.length);
			await page.waitForSelector('.bl-review-card[data-side="front"], .bl-review-card[data-side="done"]');
		}
		expect(seen).toEqual(['bounce back', 'keep tabs on', 'kick in', 'nectar flow', 'swarm']);
		await expect(page.locator('.bl-review-facts dd').allTextContents()).resolves.toEqual(['5', '5 (100%)', expect.stringMatching(/^In \d+ days$/)]);
		await onShim(page, (shim) => shim.rendered());
		const after = await texts(page);
		const review = /^review-[a-z]+: .*\n/gm;
		for (const path of Object.keys(before)) {
			expect(after[path].replace(review, '')).toBe(before[path]);
			if (!notes.includes(path)) expect(after[path]).toBe(before[path]);
		}
		for (const path of notes) {
			expect(after[path].match(review)?.map((line) => line.split(':')[0])).toEqual(['review-due', 'review-state', 'review-stability', 'review-difficulty', 'review-reps', 'review-lapses', 'review-step', 'review-last', 'review-first']);
			expect(after[path]).toContain('\nreview-state: review\nreview-stability: ');
			expect(after[path]).toContain('\nreview-reps: 1\nreview-lapses: 0\n');
		}
		expect(shim.takeErrors()).toEqual([]);
	});
});
