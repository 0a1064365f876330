// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import BilingualLessonsPlugin from '../../src/main';
import { loadPlugin } from '../obsidian-double/harness';
import { showSettingTab } from '../obsidian-double/setting';
import { setAppLanguage, Setting, ToggleComponent } from '../obsidian-double/obsidian';

const commandName = (app: Awaited<ReturnType<typeof loadPlugin>>['app'], id: string): string | undefined =>
	[...app.registry.commands.values()].find((c) => c.id.endsWith(`:${id}`))?.name;

describe('the plugin in the app language', () => {
	afterEach(() => setAppLanguage('en'));

	it('names its commands and settings in Simplified Chinese when the app speaks zh', async () => {
		setAppLanguage('zh');
		const { app, plugin } = await loadPlugin(BilingualLessonsPlugin);
		expect(commandName(app, 'open-glossary')).toBe('Bilingual Lessons: 打开词汇表');
		expect(commandName(app, 'toggle-study-mode')).toBe('Bilingual Lessons: 切换学习模式');

		const tab = app.registry.settingTabs[0];
		showSettingTab(tab);
		const names = Setting.in(tab.containerEl).map((s) => s.nameEl.textContent);
		expect(names).toContain('词条笔记文件夹');
		expect(names.join('')).not.toMatch(/[A-Za-z]{4,}/);
		expect(tab.containerEl.querySelector('.bl-legend dd')?.textContent).toBe('句子或从句，笔记中写作 { }');
		// The description names the block ids command by its name in the same language.
		expect(Setting.named(tab.containerEl, '离开课文时更新词条笔记').descEl.textContent).toContain('“为本课文的单元添加块 ID”命令');
		Setting.named(tab.containerEl, '以卡片显示课文').component(ToggleComponent).toggleEl.click();
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(await plugin.loadData()).toMatchObject({ renderCards: false });
	});

	it('uses Traditional Chinese for Hong Kong and English for a language it does not speak', async () => {
		setAppLanguage('zh-HK');
		const hk = await loadPlugin(BilingualLessonsPlugin);
		expect(commandName(hk.app, 'update-term-notes-for-vault')).toBe('Bilingual Lessons: 建立或更新儲存庫中所有課文的詞條筆記');
		setAppLanguage('de');
		const de = await loadPlugin(BilingualLessonsPlugin);
		expect(commandName(de.app, 'update-term-notes-for-vault')).toBe('Bilingual Lessons: Create or update term notes for all lessons in the vault');
	});
});
