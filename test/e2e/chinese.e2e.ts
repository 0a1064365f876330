// The built plugin with the app language set to Simplified Chinese: commands, settings and the glossary speak it.
import { describe, expect, it } from 'vitest';
import { zh } from '../../src/lang/zh';
import { hasChromium } from './browser';
import { LESSON_B } from './sampleVault';
import { useShim } from './useShim';

describe.skipIf(!hasChromium)('the interface in Chinese (app language zh)', () => {
	const shim = useShim();

	it('names its commands in Chinese in the command palette', async () => {
		const page = await shim().open({ note: LESSON_B, lang: 'zh' });
		await page.locator('.side-dock-ribbon-action[aria-label="Open command palette"]').click();
		// The palette shows each command after the plugin's name, as Obsidian does.
		const names = (await page.locator('.suggestion-item').allTextContents()).map((name) => name.replace(/^Bilingual Lessons: /, ''));
		expect(names).toEqual(expect.arrayContaining([zh['command.openGlossary'], zh['command.toggleStudyMode'], zh['command.updateTermNotesForVault']]));
		expect(names.filter((name) => !/\p{Script=Han}/u.test(name))).toEqual([]);
	});

	it('shows its settings in Chinese', async () => {
		const page = await shim().open({ note: LESSON_B, lang: 'zh', settings: '1' });
		const names = await page.locator('.mod-settings .setting-item-name').allTextContents();
		expect(names).toEqual(expect.arrayContaining([zh['settings.renderCards.name'], zh['settings.termFolder.name'], zh['settings.reviewDirection.name']]));
		expect(names.filter((name) => name !== '' && !/\p{Script=Han}/u.test(name))).toEqual([]);
	});

	it('labels the glossary controls in Chinese, and its search still finds by Chinese meaning', async () => {
		const page = await shim().open({ note: LESSON_B, lang: 'zh', command: 'open-glossary' });
		const search = page.locator('.bl-glossary-search');
		await expect(search.getAttribute('placeholder')).resolves.toBe(zh['glossary.searchPlaceholder']);
		await expect(search.getAttribute('aria-label')).resolves.toBe(zh['glossary.search']);
		const sorts = await page.locator(`.bl-glossary-filters select[aria-label="${zh['glossary.sortBy']}"] option`).allTextContents();
		expect(sorts).toEqual([zh['glossary.sort.az'], zh['glossary.sort.lessons'], zh['glossary.sort.recent']]);
		await search.fill('延迟');
		await expect(page.locator('.bl-glossary-row').first().getAttribute('data-key')).resolves.toBe('latency');
	});
});
