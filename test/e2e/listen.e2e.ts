// Listening in the built plugin: a unit's time plays exactly its span of a lesson's audio (a WAV
// made at test time), and the unit playing is highlighted, in reading view and in Live Preview.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { keeperLesson, KEEPER, WITH_MEDIA } from '../media/lessons';
import { hasChromium } from './browser';
import { toneWav } from './toneWav';
import { useShim } from './useShim';

const FILES = { [KEEPER]: keeperLesson(WITH_MEDIA), 'Audio/keeper.wav': toneWav(6) };

/** The docked player's audio element: its clock and whether it plays. */
const clock = (page: Page) => page.locator('.bl-player audio').evaluate((el: HTMLAudioElement) => ({ time: el.currentTime, paused: el.paused }));

/** Clicks unit `n`'s time and follows the playing: where it started, that `n` was lit meanwhile, where it stopped. */
async function playUnit(page: Page, scope: string, n: number) {
	await page.locator('.bl-player audio').evaluate((el: HTMLAudioElement) => new Promise((resolve) => (el.readyState >= 1 ? resolve(null) : el.addEventListener('loadedmetadata', resolve, { once: true }))));
	await page.locator(`${scope} [data-bl-play="${n}"]`).click();
	const started = await clock(page);
	await page.waitForFunction(() => (document.querySelector('.bl-player audio') as HTMLAudioElement).currentTime > 0 && !(document.querySelector('.bl-player audio') as HTMLAudioElement).paused);
	const lit = await page.locator(`${scope} .bl-playing`).evaluateAll((els) => els.map((el) => el.getAttribute('data-bl-unit')));
	await page.waitForFunction(() => (document.querySelector('.bl-player audio') as HTMLAudioElement).paused, undefined, { timeout: 5000 });
	const stopped = await clock(page);
	const litAfter = await page.locator(`${scope} .bl-playing`).count();
	return { started, lit, stopped, litAfter };
}

describe.skipIf(!hasChromium)('listening to a lesson', () => {
	const shim = useShim(FILES);

	it('plays a unit from its start to its end when its time is clicked, the unit lit while it plays (reading view)', async () => {
		const page = await shim().open({ note: KEEPER });
		// 1:00:02–1:00:04 with media-offset 1:00:00: seconds 2 to 4 of the file.
		const { started, lit, stopped, litAfter } = await playUnit(page, '.markdown-reading-view', 2);
		expect(started.time).toBeGreaterThanOrEqual(2);
		expect(started.time).toBeLessThan(2.3);
		expect(new Set(lit)).toEqual(new Set(['2']));
		expect(stopped.time).toBeGreaterThan(3.85);
		expect(stopped.time).toBeLessThan(4.15);
		expect(litAfter).toBe(0);
		await expect(page.locator('.bl-player .bl-player-unit').textContent()).resolves.toBe('Unit 2 · 1:00:02–1:00:04');
	});

	it('plays a unit from its card in Live Preview', async () => {
		const page = await shim().open({ note: KEEPER, mode: 'live' });
		const { started, lit, stopped } = await playUnit(page, '.markdown-source-view', 3);
		expect(started.time).toBeGreaterThanOrEqual(4);
		expect(new Set(lit)).toEqual(new Set(['3']));
		expect(stopped.time).toBeGreaterThan(4.85);
		expect(stopped.time).toBeLessThan(5.15);
		// The click played the unit: its card stays a card, the markdown not opened for editing.
		await expect(page.locator('.markdown-source-view .bl-live-card[data-bl-unit="3"]').count()).resolves.toBe(1);
	});
});
