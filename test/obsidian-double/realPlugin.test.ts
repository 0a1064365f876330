// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import BilingualLessonsPlugin from '../../src/main';
import { loadPlugin } from './harness';
import { showSettingTab } from './setting';
import { DropdownComponent, Setting, ToggleComponent } from './obsidian';

describe('the plugin on the double', () => {
	it('loads saved settings, and its settings tab changes and saves them', async () => {
		const { app, plugin } = await loadPlugin(BilingualLessonsPlugin, { data: { glossMode: 'always' } });
		expect(plugin.context.settings.get().glossMode).toBe('always');

		const tab = app.registry.settingTabs[0];
		showSettingTab(tab);
		Setting.named(tab.containerEl, 'Show lessons as cards').component(ToggleComponent).toggleEl.click();
		Setting.named(tab.containerEl, 'Glosses above terms').component(DropdownComponent).select('hover');
		await new Promise((resolve) => setTimeout(resolve, 0));

		expect(await plugin.loadData()).toMatchObject({ renderCards: false, glossMode: 'hover' });
	});
});
