// @vitest-environment happy-dom
// The settings tab, described once as Obsidian 1.13 setting definitions and drawn by hand for older apps.
import { describe, expect, it, vi } from 'vitest';
import BilingualLessonsPlugin from '../../src/main';
import { DEFAULT_SETTINGS } from '../../src/settings';
import { loadPlugin } from '../obsidian-double/harness';
import { DropdownComponent, TextComponent, ToggleComponent } from '../obsidian-double/obsidian';
import { Setting, showSettingTab, type SettingTab } from '../obsidian-double/setting';

async function openTab(appVersion: 'legacy' | 'current', saved?: object) {
	const loaded = await loadPlugin(BilingualLessonsPlugin, saved ? { data: saved } : undefined);
	const tab = loaded.app.registry.settingTabs[0];
	showSettingTab(tab, appVersion);
	return { ...loaded, tab };
}

/** The rows as a person reads them: headings marked with '#'. */
function rows(tab: SettingTab): string[] {
	return Setting.in(tab.containerEl).map((s) => (s.settingEl.hasClass('setting-item-heading') ? '# ' : '') + s.nameEl.textContent);
}

function type(tab: SettingTab, name: string, text: string): void {
	const input = Setting.named(tab.containerEl, name).component(TextComponent).inputEl;
	input.value = text;
	input.dispatchEvent(new Event('input'));
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the settings tab', () => {
	it('draws the same rows from its definitions (Obsidian 1.13+) and by hand (older apps), general settings under "General"', async () => {
		const current = rows((await openTab('current')).tab);
		expect(current).toEqual(rows((await openTab('legacy')).tab));
		expect(current).toEqual([
			'# General',
			'Show lessons as cards',
			'Open lessons in reading view',
			'Start in study mode',
			'Extra analysis label',
			'# Cards',
			'Glosses above terms',
			'Show markup brackets',
			'What the markup means',
			'# Term notes',
			'Term notes folder',
			'Include every glossed term',
			'Update term notes when you leave a lesson',
			'Language of generated notes',
			'# Review',
			'New terms per day',
			'Reviews per day',
			'Card direction',
		]);
	});

	it.each(['current', 'legacy'] as const)('has a control for every setting, each showing its saved value (%s app)', async (appVersion) => {
		const { tab } = await openTab(appVersion, { termFolder: 'Wordbank', reviewNewPerDay: 7, reviewDirection: 'meaning', includeAllTerms: true });
		const keys = tab
			.getSettingDefinitions()
			.flatMap((group) => ('items' in group ? (group.items ?? []) : []))
			.flatMap((item) => ('control' in item && item.control ? [item.control.key] : []));
		expect(keys.sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
		expect(Setting.named(tab.containerEl, 'Term notes folder').component(TextComponent).getValue()).toBe('Wordbank');
		expect(Setting.named(tab.containerEl, 'New terms per day').component(TextComponent).getValue()).toBe('7');
		expect(Setting.named(tab.containerEl, 'New terms per day').component(TextComponent).inputEl.type).toBe('number');
		expect(Setting.named(tab.containerEl, 'Card direction').component(DropdownComponent).getValue()).toBe('meaning');
		expect(Setting.named(tab.containerEl, 'Glosses above terms').component(DropdownComponent).getValue()).toBe('hot');
		expect(Setting.named(tab.containerEl, 'Include every glossed term').component(ToggleComponent).getValue()).toBe(true);
	});

	it.each(['current', 'legacy'] as const)('saves what the user changes (%s app)', async (appVersion) => {
		const { plugin, tab } = await openTab(appVersion);
		Setting.named(tab.containerEl, 'Show lessons as cards').component(ToggleComponent).toggleEl.click();
		Setting.named(tab.containerEl, 'Glosses above terms').component(DropdownComponent).select('hover');
		type(tab, 'Term notes folder', ' Vocabulary ');
		type(tab, 'Reviews per day', '35');
		await flush();
		expect(await plugin.loadData()).toMatchObject({ renderCards: false, glossMode: 'hover', termFolder: 'Vocabulary', reviewReviewsPerDay: 35 });
		expect(plugin.context.settings.get()).toMatchObject({ termFolder: 'Vocabulary', reviewReviewsPerDay: 35 });
	});

	it.each(['current', 'legacy'] as const)('keeps the last good value while a field holds no valid one (%s app)', async (appVersion) => {
		const { plugin, tab } = await openTab(appVersion, { termFolder: 'Wordbank', reviewNewPerDay: 12 });
		const save = vi.spyOn(plugin, 'saveData');
		for (const typed of ['', '-4', '2.5', '100000']) type(tab, 'New terms per day', typed);
		type(tab, 'Term notes folder', '   ');
		await flush();
		expect(save).not.toHaveBeenCalled();
		expect(plugin.context.settings.get()).toMatchObject({ termFolder: 'Wordbank', reviewNewPerDay: 12 });
	});

	it('refuses a value of the wrong kind without falling back to the default, and saves nothing when nothing changes', async () => {
		const { plugin, tab } = await openTab('current', { glossMode: 'always', reviewDirection: 'alternate' });
		const save = vi.spyOn(plugin, 'saveData');
		await tab.setControlValue('glossMode', 'sideways');
		await tab.setControlValue('reviewDirection', 'backwards');
		await tab.setControlValue('renderCards', 'yes');
		await tab.setControlValue('reviewNewPerDay', '30');
		await tab.setControlValue('studyModeDefault', false);
		await tab.setControlValue('notASetting', true);
		expect(save).not.toHaveBeenCalled();
		expect(plugin.context.settings.get()).toEqual({ ...DEFAULT_SETTINGS, glossMode: 'always', reviewDirection: 'alternate' });
		await tab.setControlValue('studyModeDefault', true);
		expect(save).toHaveBeenCalledTimes(1);
		expect(plugin.context.settings.get().studyModeDefault).toBe(true);
	});

	it('draws the markup legend inside its row', async () => {
		const { tab } = await openTab('current');
		const row = Setting.named(tab.containerEl, 'What the markup means');
		expect(row.descEl.querySelectorAll('.bl-legend dt').length).toBeGreaterThan(3);
	});
});
