import { Setting } from 'obsidian';
import type { SettingKey } from '../../settings';
import type { SettingSection } from './settingSections';

/** Where drawn controls read and write their values (the tab's getControlValue / setControlValue). */
export interface ControlValues {
	get(key: SettingKey): unknown;
	set(key: SettingKey, value: unknown): void | Promise<void>;
}

/** Draws `sections` as Setting rows, for Obsidian before 1.13, which has no setting definitions. */
export function drawSettingSections(containerEl: HTMLElement, sections: readonly SettingSection[], values: ControlValues): void {
	for (const section of sections) {
		new Setting(containerEl).setName(section.heading).setHeading();
		for (const row of section.rows) {
			const setting = new Setting(containerEl);
			if (!('control' in row)) {
				row.render(setting);
				continue;
			}
			setting.setName(row.name).setDesc(row.desc ?? '');
			const { control } = row;
			const value = values.get(control.key);
			const save = (next: unknown) => void values.set(control.key, next);
			if (control.type === 'toggle') setting.addToggle((toggle) => toggle.setValue(value === true).onChange(save));
			else if (control.type === 'dropdown') setting.addDropdown((dropdown) => dropdown.addOptions(control.options).setValue(String(value)).onChange(save));
			else if (control.type === 'text') setting.addText((text) => text.setPlaceholder(control.placeholder ?? '').setValue(String(value)).onChange(save));
			else if (control.type === 'number')
				setting.addText((text) => {
					text.inputEl.type = 'number';
					// An empty field is no number (Number('') would be 0).
					text.setValue(String(value)).onChange((typed) => save(typed.trim() === '' ? NaN : Number(typed)));
				});
		}
	}
}
