// Writes docs/screenshots/*.png: a sample lesson and the glossary, light and dark, desktop and phone widths.
// Run with `npm run screenshots` (needs Chromium and, for the Chinese text, fonts-noto-cjk and fonts-noto-color-emoji).
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { planTermNotes } from '../../src/core/termNotes/plan';
import { MIS_ENCODED, repairVault } from './repairVault';
import { LESSON_B, sampleVault } from './sampleVault';
import { startShim } from './shimPage';
import { startReview } from './startReview';
import { toneWav } from './toneWav';

const OUT = new URL('../../docs/screenshots/', import.meta.url);
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 375, height: 812 } };
/** The sample vault with lesson B's recording named (a WAV of tones, made here): its times play. */
function listeningVault(): Record<string, string> {
	const files = sampleVault();
	files[LESSON_B] = `---\nmedia: "[[interview.wav]]"\nmedia-offset: "20:20"\n---\n${files[LESSON_B]}`;
	return { ...files, 'Audio/interview.wav': toneWav(40) };
}
/** The sample vault with its 🔥 terms' notes, written as the plugin writes them with the notes' language zh. */
function chineseTermNotes(): Record<string, string> {
	const files = sampleVault();
	const lessons = Object.entries(files).map(([path, text]) => ({ path, text, lesson: parseLesson(text) }));
	const plan = planTermNotes({ lessons, notes: [], paths: Object.keys(files), options: { folder: 'Terms', includeAllTerms: false, language: 'zh' } });
	for (const note of plan.notes) files[note.path] = note.after;
	return files;
}
/**
 * The review at its first card that has a sentence to blank (a card whose term is in no lesson's English asks from
 * its meaning; those before it are answered Good), the term-notes notice clicked away as a person would.
 */
const reviewFront = async (page: Page) => {
	await startReview(page);
	for (const notice of await page.locator('.notice').all()) await notice.click();
	while ((await page.locator('.bl-review-front .bl-review-blank').count()) === 0) {
		await page.locator('.bl-review-reveal').click();
		await page.locator('[data-answer="good"]').click();
		await page.waitForSelector('.bl-review-card[data-side="front"]');
	}
};
/** Playing unit 2 from its time: the docked player, the unit lit. */
const playUnit2 = async (page: Page) => {
	await page.locator('[data-bl-play="2"]').first().click();
	await page.waitForTimeout(800);
};

/** Each shot: the shim page's parameters, what to do on the page before the picture, and its vault (the sample one unless told). */
const SHOTS: Record<string, { params: Record<string, string>; prepare?: (page: Page) => Promise<void>; files?: () => Record<string, string> }> = {
	lesson: { params: { note: LESSON_B } },
	study: { params: { note: LESSON_B, command: 'toggle-study-mode' } },
	// A term's popover, opened as a tap would: its meaning, IPA, speech and links.
	popover: {
		params: { note: LESSON_B },
		prepare: async (page) => {
			const box = (await page.locator('.bl-card-block[data-bl-unit="1"] .bl-english .bl-term-hot').first().boundingBox())!;
			await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
		},
	},
	glossary: { params: { note: LESSON_B, command: 'open-glossary' } },
	// The interface in Simplified Chinese (the app language zh): the glossary, the settings, a mis-encoded lesson's diagnostic.
	'zh-glossary': { params: { note: LESSON_B, command: 'open-glossary', lang: 'zh' } },
	'zh-settings': { params: { note: LESSON_B, settings: '1', lang: 'zh' } },
	'zh-diagnostics': { params: { note: MIS_ENCODED, lang: 'zh' }, files: repairVault },
	// A term note written in Simplified Chinese (the language of generated notes), in reading view.
	'zh-term-note': { params: { note: 'Terms/tackle.md', lang: 'zh' }, files: chineseTermNotes },
	// The review of the vault's term notes: a card's front (the sentence with the term blanked), then its back.
	'review-front': { params: { note: LESSON_B }, prepare: reviewFront },
	'review-back': {
		params: { note: LESSON_B },
		prepare: async (page) => {
			await reviewFront(page);
			await page.locator('.bl-review-reveal').click();
		},
	},
	'live-preview': { params: { note: LESSON_B, mode: 'live' } },
	// Unit 1 clicked: its markdown open for editing, the next unit still a card below it.
	'live-editing': { params: { note: LESSON_B, mode: 'live' }, prepare: (page) => page.locator('.bl-live-card[data-bl-unit="1"] .bl-card-header').click() },
	listen: { params: { note: LESSON_B }, prepare: playUnit2, files: listeningVault },
	// A lesson that arrived mis-encoded: the repair's preview, opened from its diagnostic, uncertain characters marked.
	repair: {
		params: { note: MIS_ENCODED },
		files: repairVault,
		prepare: async (page) => {
			await page.locator('.bl-diagnostic-repair').first().click();
			await page.locator('.bl-repair-modal .bl-repair-uncertain').first().scrollIntoViewIfNeeded();
		},
	},
};
/** `npm run screenshots -- repair lesson` takes only those shots. */
const only = process.argv.slice(2);

await mkdir(OUT, { recursive: true });
for (const [shot, { params, prepare, files = sampleVault }] of Object.entries(SHOTS).filter(([name]) => only.length === 0 || only.includes(name))) {
	const shim = await startShim(files());
	try {
		for (const theme of ['light', 'dark']) {
			for (const [width, viewport] of Object.entries(VIEWPORTS)) {
				const page = await shim.open({ ...params, theme, ...(width === 'phone' ? { phone: '1' } : {}) }, viewport);
				await prepare?.(page);
				const path = new URL(`${shot}-${theme}-${width}.png`, OUT).pathname;
				await page.screenshot({ path });
				await page.close();
				console.log(`wrote ${path}`);
			}
		}
	} finally {
		await shim.close();
	}
}
