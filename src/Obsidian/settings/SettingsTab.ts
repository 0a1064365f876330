import { debounce, PluginSettingTab, type App, type SettingDefinitionItem } from 'obsidian';
import type BilingualLessonsPlugin from '../../main';
import { settingValue, TEXT_KEYS, type SettingKey } from '../../settings';
import { drawSettingSections } from './drawSettingSections';
import { settingSections } from './settingSections';

/** How long typing in a text setting pauses before it is saved (and what depends on it follows). */
export const TEXT_SAVE_DELAY_MS = 600;

export class BilingualLessonsSettingTab extends PluginSettingTab {
	private readonly saveSoon = debounce(() => void this.plugin.saveSettings(), TEXT_SAVE_DELAY_MS, true);

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
		if (TEXT_KEYS.includes(name)) this.saveSoon();
		else await this.plugin.saveSettings();
	}

	/** Closing the tab saves what was typed last. */
	hide(): void {
		this.saveSoon.run();
		super.hide();
	}

	/** Obsidian before 1.13: the same rows, drawn by hand. */
	display(): void {
		this.containerEl.empty();
		drawSettingSections(this.containerEl, settingSections(), { get: (key) => this.getControlValue(key), set: (key, value) => this.setControlValue(key, value) });
	}
}
