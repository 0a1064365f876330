// The built plugin with the app language set to Simplified Chinese: commands, settings and the glossary speak it.
import { describe, expect, it } from 'vitest';
import { zh } from '../../src/lang/zh';
import { hasChromium } from './browser';
import { LESSON_A, LESSON_B } from './sampleVault';
import { onShim } from './shimPage';
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

	it('writes term notes in Chinese on a first run in zh, and their unit links open the lesson', async () => {
		const page = await shim().open({ note: LESSON_A, lang: 'zh' });
		await onShim(page, (shim) => void shim.runCommand('update-term-notes-for-vault'));
		const modal = page.locator('.modal', { hasText: zh['preview.title'] });
		await modal.getByRole('button', { name: zh['button.apply'] }).click();
		const note = 'Terms/inference layer.md';
		const text = () =>
			onShim(page, (shim, path) => {
				const file = shim.app.vault.getFileByPath(path);
				return file ? shim.app.vault.cachedRead(file) : null;
			}, note);
		await expect.poll(text, { timeout: 10_000 }).toContain('## 释义');
		expect(await text()).toMatch(/\[\[[^\]|]+\|[^\]]+，第 \d+ 单元\]\]/);
		await onShim(page, (shim, path) => shim.app.workspace.getLeaf(false).openFile(shim.app.vault.getFileByPath(path)!), note);
		await onShim(page, (shim) => shim.rendered());
		const link = page.locator('.mod-root .workspace-leaf:not(.is-hidden) .markdown-preview-section a.internal-link', { hasText: '单元' }).first();
		await expect(link.textContent()).resolves.toMatch(/，第 \d+ 单元$/);
		await expect(link.getAttribute('class')).resolves.not.toContain('is-unresolved');
		await link.click();
		await onShim(page, (shim) => shim.rendered());
		await expect(onShim(page, (shim) => shim.app.workspace.getActiveFile()?.path)).resolves.toBe(LESSON_A);
	});
});
