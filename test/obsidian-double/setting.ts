import type * as O from 'obsidian';
import { ButtonComponent, DropdownComponent, TextComponent, ToggleComponent, type BaseComponent } from './components';

const settingOfElement = new WeakMap<Element, Setting>();

type SettingKeys = 'settingEl' | 'infoEl' | 'nameEl' | 'descEl' | 'controlEl';

/** Obsidian's `Setting` row: name, description and controls, with Obsidian's class names. */
export class Setting implements Pick<O.Setting, SettingKeys> {
	settingEl: HTMLElement;
	infoEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	components: BaseComponent[] = [];

	constructor(containerEl: HTMLElement) {
		this.settingEl = containerEl.createDiv({ cls: 'setting-item' });
		this.infoEl = this.settingEl.createDiv({ cls: 'setting-item-info' });
		this.nameEl = this.infoEl.createDiv({ cls: 'setting-item-name' });
		this.descEl = this.infoEl.createDiv({ cls: 'setting-item-description' });
		this.controlEl = this.settingEl.createDiv({ cls: 'setting-item-control' });
		settingOfElement.set(this.settingEl, this);
	}

	/** Test helper: the settings rendered in `containerEl`, in order. */
	static in(containerEl: HTMLElement): Setting[] {
		return Array.from(containerEl.querySelectorAll('.setting-item'), (el) => settingOfElement.get(el)).filter((s): s is Setting => s !== undefined);
	}

	/** Test helper: the setting in `containerEl` whose name is `name`. */
	static named(containerEl: HTMLElement, name: string): Setting {
		const found = Setting.in(containerEl).find((s) => s.nameEl.textContent === name);
		if (!found) throw new Error(`No setting named "${name}"`);
		return found;
	}

	setName(name: string | DocumentFragment): this {
		this.nameEl.setText(name);
		return this;
	}

	setDesc(desc: string | DocumentFragment): this {
		this.descEl.setText(desc);
		return this;
	}



	setHeading(): this {
		this.settingEl.addClass('setting-item-heading');
		return this;
	}


	addButton(cb: (component: ButtonComponent) => unknown): this {
		return this.add(new ButtonComponent(this.controlEl), cb);
	}


	addToggle(cb: (component: ToggleComponent) => unknown): this {
		return this.add(new ToggleComponent(this.controlEl), cb);
	}

	addText(cb: (component: TextComponent) => unknown): this {
		return this.add(new TextComponent(this.controlEl), cb);
	}



	addDropdown(cb: (component: DropdownComponent) => unknown): this {
		return this.add(new DropdownComponent(this.controlEl), cb);
	}

	then(cb: (setting: this) => unknown): this {
		cb(this);
		return this;
	}

	clear(): this {
		this.controlEl.empty();
		this.components = [];
		return this;
	}

	/** Test helper: the setting's one component of `type`. */
	component<T extends BaseComponent>(type: abstract new (...args: never[]) => T): T {
		const found = this.components.find((c): c is T => c instanceof type);
		if (!found) throw new Error(`Setting "${this.nameEl.textContent}" has no ${type.name}`);
		return found;
	}

	private add<T extends BaseComponent>(component: T, cb: (component: T) => unknown): this {
		this.components.push(component);
		cb(component);
		return this;
	}
}

/** Obsidian's `SettingTab`: `display()` fills `containerEl`, `hide()` empties it. */
export abstract class SettingTab implements Pick<O.SettingTab, 'display' | 'hide' | 'getSettingDefinitions' | 'getControlValue' | 'setControlValue'> {
	private element: HTMLElement | null = null;

	constructor(readonly app: O.App) {}

	/** Created on first use, so a plugin can load in tests without a DOM. */
	get containerEl(): HTMLElement {
		this.element ??= createDiv({ cls: 'vertical-tab-content' });
		return this.element;
	}

	/** Since 1.13: none by default, so the app calls `display()`. */
	getSettingDefinitions(): O.SettingDefinitionItem[] {
		return [];
	}

	abstract getControlValue(key: string): unknown;
	abstract setControlValue(key: string, value: unknown): void | Promise<void>;

	/** Deprecated since 1.13; what the app calls when a tab has no definitions, or the app is older. */
	display(): void {}

	hide(): void {
		this.containerEl.empty();
	}
}

export abstract class PluginSettingTab extends SettingTab {
	constructor(
		app: O.App,
		readonly plugin: O.Plugin,
	) {
		super(app);
	}

	/** Obsidian's default: the plugin's `settings` field. */
	getControlValue(key: string): unknown {
		return (this.plugin as unknown as { settings: Record<string, unknown> }).settings[key];
	}

	setControlValue(key: string, value: unknown): void | Promise<void> {
		(this.plugin as unknown as { settings: Record<string, unknown> }).settings[key] = value;
		return this.plugin.saveData((this.plugin as unknown as { settings: unknown }).settings);
	}
}

/**
 * Opens `tab` as the app's settings window does: Obsidian 1.13+ draws its definitions when it has
 * any, binding each control to `getControlValue` / `setControlValue`; an older app (`appVersion`
 * below 1.13) and a tab without definitions get `display()`.
 */
export function showSettingTab(tab: SettingTab, appVersion: 'legacy' | 'current' = 'current'): void {
	const items = appVersion === 'current' ? tab.getSettingDefinitions() : [];
	if (items.length === 0) {
		tab.display();
		return;
	}
	tab.containerEl.empty();
	for (const item of items) drawItem(tab, item);
}

function drawItem(tab: SettingTab, item: O.SettingDefinitionItem): void {
	const { containerEl } = tab;
	if ('type' in item) {
		const heading = item.type === 'page' ? item.name : item.heading;
		if (heading) new Setting(containerEl).setName(heading).setHeading();
		for (const child of item.items ?? []) drawItem(tab, child);
		return;
	}
	const setting = new Setting(containerEl);
	if (item.render) {
		item.render(setting as unknown as O.Setting, null as unknown as O.SettingGroup);
		return;
	}
	setting.setName(item.name).setDesc(item.desc ?? '');
	const control = item.control;
	if (!control) return;
	const value = tab.getControlValue(control.key) ?? control.defaultValue;
	const shown = typeof value === 'string' ? value : '';
	const save = (next: unknown) => void tab.setControlValue(control.key, next);
	if (control.type === 'toggle') setting.addToggle((toggle) => toggle.setValue(value === true).onChange(save));
	else if (control.type === 'dropdown') setting.addDropdown((dropdown) => dropdown.addOptions(control.options).setValue(shown).onChange(save));
	else if (control.type === 'text') setting.addText((text) => text.setPlaceholder(control.placeholder ?? '').setValue(shown).onChange(save));
	else if (control.type === 'number')
		setting.addText((text) => {
			text.inputEl.type = 'number';
			text.setValue(typeof value === 'number' ? String(value) : '').onChange((typed) => save(typed.trim() === '' ? NaN : Number(typed)));
		});
	else throw new Error(`The test double draws no ${control.type} control`);
}
