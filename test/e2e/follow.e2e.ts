// Follow-along in the built plugin, where a card is not drawn until it is near the viewport: the
// reading view drawn lazily (the shim's `lazy`, as Obsidian draws blocks near the viewport) and Live
// Preview (CodeMirror draws only its viewport). Listening on past a unit plays into one far below,
// whose card the player scrolls to, then lights once drawn.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium } from './browser';
import { toneWav } from './toneWav';
import { useShim } from './useShim';

const LESSON = 'Lessons/Canal locks.md';
const UNITS = 30;

/** A canal boat talk: unit 1 timed 0:00–0:01, units 2–29 untimed, unit 30 at 0:01–0:03 of the recording. */
function canalLesson(): string {
	const unit = (n: number) => {
		const time = n === 1 ? ' [0:00-0:01]' : n === UNITS ? ' [0:01-0:03]' : '';
		return [`(${n})${time} **Lock ${n} lifts the narrowboat about two metres before the next pound opens.**`, '', `第 ${n} 道船闸把窄船抬高约两米，然后下一段河道才打开。`, '', '解析：', `- **narrowboat** /ˈnærəʊbəʊt/：名词，窄船${n === 1 ? ' 🔥' : ''}`, '', '---', ''].join('\n');
	};
	return ['---', 'media: "[[locks.wav]]"', '---', '# 🚤 运河船闸 英语段落翻译', '', '---', '', ...Array.from({ length: UNITS }, (_, i) => unit(i + 1))].join('\n');
}

const FILES = { [LESSON]: canalLesson(), 'Audio/locks.wav': toneWav(3) };

/** Plays unit 1 from its time, waits for it to stop at its end, then presses the player's play to listen on. */
async function listenOnFromUnit1(page: Page, scope: string): Promise<void> {
	await page.locator('.bl-player audio').evaluate((el: HTMLAudioElement) => new Promise((resolve) => (el.readyState >= 1 ? resolve(null) : el.addEventListener('loadedmetadata', resolve, { once: true }))));
	await page.locator(`${scope} [data-bl-play="1"]`).click();
	await page.waitForFunction(() => {
		const audio = document.querySelector('.bl-player audio') as HTMLAudioElement;
		return audio.paused && audio.currentTime > 0.9;
	});
	await page.locator('.bl-player [data-bl-player="toggle"]').click();
}

/** Whether unit `n`'s lit card is on screen, in the view's scroller. */
const litOnScreen = (page: Page, scope: string, n: number) =>
	page.locator(`${scope} .bl-playing[data-bl-unit="${n}"]`).first().evaluate((card) => {
		const box = card.getBoundingClientRect();
		return box.top >= 0 && box.top < window.innerHeight;
	});

describe.skipIf(!hasChromium)('following a unit whose card is not drawn yet', () => {
	const shim = useShim(FILES);

	it('scrolls a lazily drawn reading view to the unit playing, and lights its card once drawn', async () => {
		const page = await shim().open({ note: LESSON, lazy: '12' });
		const scope = '.markdown-reading-view';
		expect(await page.locator(`${scope} .bl-card-block[data-bl-unit="1"]`).count()).toBeGreaterThan(0);
		expect(await page.locator(`${scope} .bl-card-block[data-bl-unit="${UNITS}"]`).count()).toBe(0);
		await listenOnFromUnit1(page, scope);
		await page.waitForSelector(`${scope} .bl-playing[data-bl-unit="${UNITS}"]`);
		expect(await litOnScreen(page, scope, UNITS)).toBe(true);
		await expect(page.locator('.bl-player .bl-player-unit').textContent()).resolves.toBe(`Unit ${UNITS} · 0:01–0:03`);
	});

	it('scrolls Live Preview to the unit playing, the cursor left where it was, and lights its card once CodeMirror draws it', async () => {
		const page = await shim().open({ note: LESSON, mode: 'live' });
		const scope = '.markdown-source-view';
		expect(await page.locator(`${scope} .bl-live-card[data-bl-unit="${UNITS}"]`).count()).toBe(0);
		await listenOnFromUnit1(page, scope);
		await page.waitForSelector(`${scope} .bl-playing[data-bl-unit="${UNITS}"]`);
		expect(await litOnScreen(page, scope, UNITS)).toBe(true);
		// Still a card, not opened for editing: the scroll moved no cursor into it.
		expect(await page.locator(`${scope} .bl-live-card[data-bl-unit="${UNITS}"]`).count()).toBe(1);
	});
});
