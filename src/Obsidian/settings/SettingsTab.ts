import { debounce, PluginSettingTab, type App, type Plugin, type SettingDefinitionItem } from 'obsidian';
import { settingValue, TEXT_KEYS, type BilingualLessonsSettings, type SettingKey } from '../../settings';
import { drawSettingSections } from './drawSettingSections';
import { settingSections } from './settingSections';
import type { SettingsStore } from './SettingsStore';

/** How long typing in a text setting pauses before it is saved (and what depends on it follows). */
export const TEXT_SAVE_DELAY_MS = 600;

export class SettingsTab extends PluginSettingTab {
	/** Values set and not saved yet (text, until typing pauses): the tab shows them, the features do not see them yet. */
	private typed: Partial<BilingualLessonsSettings> = {};
	private readonly saveSoon = debounce(() => void this.saveTyped(), TEXT_SAVE_DELAY_MS, true);

	constructor(
		app: App,
		plugin: Plugin,
		private readonly settings: SettingsStore,
	) {
		super(app, plugin);
	}

	/** Obsidian 1.13+: the tab drawn (and searchable) from definitions. */
	getSettingDefinitions(): SettingDefinitionItem<SettingKey>[] {
		return settingSections().map((section) => ({ type: 'group', heading: section.heading, items: section.rows }));
	}

	getControlValue(key: string): unknown {
		const name = key as SettingKey;
		return name in this.typed ? this.typed[name] : this.settings.get()[name];
	}

	/** Saves `value` only when it is valid for `key` (as saved data is checked on load), and only when it changes something. */
	async setControlValue(key: string, value: unknown): Promise<void> {
		const name = key as SettingKey;
		const checked = settingValue(name, value);
		if (checked === undefined || checked === this.getControlValue(name)) return;
		this.typed = { ...this.typed, [name]: checked };
		if (TEXT_KEYS.includes(name)) this.saveSoon();
		else await this.saveTyped();
	}

	/** Saves what was set and not saved yet (a switch saves the text typed before it too). */
	private async saveTyped(): Promise<void> {
		this.saveSoon.cancel();
		const typed = this.typed;
		this.typed = {};
		await this.settings.update(typed);
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
