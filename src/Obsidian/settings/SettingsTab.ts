import { PluginSettingTab, type App, type SettingDefinitionItem } from 'obsidian';
import type BilingualLessonsPlugin from '../../main';
import { settingValue, type SettingKey } from '../../settings';
import { drawSettingSections } from './drawSettingSections';
import { settingSections } from './settingSections';

export class BilingualLessonsSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		private readonly plugin: BilingualLessonsPlugin,
	) {
		super(app, plugin);
	}

	/** Obsidian 1.13+: the tab drawn (and searchable) from definitions. */
	getSettingDefinitions(): SettingDefinitionItem<SettingKey>[] {
		return settingSections().map((section) => ({ type: 'group', heading: section.heading, items: section.rows }));
	}

	getControlValue(key: string): unknown {
		return this.plugin.settings[key as SettingKey];
	}

	/** Saves `value` only when it is valid for `key` (as saved data is checked on load), and only when it changes something. */
	async setControlValue(key: string, value: unknown): Promise<void> {
		const name = key as SettingKey;
		const checked = settingValue(name, value);
		if (checked === undefined || checked === this.plugin.settings[name]) return;
		this.plugin.settings = { ...this.plugin.settings, [name]: checked };
		await this.plugin.saveSettings();
	}

	/** Obsidian before 1.13: the same rows, drawn by hand. */
	display(): void {
		this.containerEl.empty();
		drawSettingSections(this.containerEl, settingSections(), { get: (key) => this.getControlValue(key), set: (key, value) => this.setControlValue(key, value) });
	}
}
