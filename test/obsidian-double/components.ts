import type * as O from 'obsidian';
import { setIcon } from './util';

/** Obsidian's setting controls. Each keeps its value, so tests can read what a settings tab shows. */
export abstract class BaseComponent implements O.BaseComponent {
	disabled = false;

	then(cb: (component: this) => unknown): this {
		cb(this);
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}
}

export abstract class ValueComponent<T> extends BaseComponent {
	protected changeCallback: ((value: T) => unknown) | null = null;

	abstract getValue(): T;
	abstract setValue(value: T): this;

	onChange(callback: (value: T) => unknown): this {
		this.changeCallback = callback;
		return this;
	}

	registerOptionListener(listeners: Record<string, (value?: T) => T>, key: string): this {
		listeners[key] = (value?: T) => {
			if (value !== undefined) this.setValue(value);
			return this.getValue();
		};
		return this;
	}

	/** Sets the value as a user would: the change callback runs. */
	protected change(value: T): void {
		this.setValue(value);
		void this.changeCallback?.(value);
	}
}

export class ToggleComponent extends ValueComponent<boolean> implements Pick<O.ToggleComponent, 'toggleEl' | 'getValue' | 'setValue' | 'onClick' | 'onChange' | 'setDisabled'> {
	toggleEl: HTMLElement;
	private value = false;

	constructor(containerEl: HTMLElement) {
		super();
		this.toggleEl = containerEl.createDiv({ cls: 'checkbox-container' });
		this.toggleEl.createEl('input', { type: 'checkbox', attr: { tabindex: 0 } });
		this.toggleEl.addEventListener('click', () => this.onClick());
	}

	getValue(): boolean {
		return this.value;
	}

	setValue(on: boolean): this {
		this.value = on;
		this.toggleEl.toggleClass('is-enabled', on);
		(this.toggleEl.querySelector('input') as HTMLInputElement).checked = on;
		return this;
	}

	onClick(): void {
		if (!this.disabled) this.change(!this.value);
	}

	setTooltip(tooltip: string): this {
		this.toggleEl.setAttr('aria-label', tooltip);
		return this;
	}
}

export class TextComponent extends ValueComponent<string> implements Pick<O.TextComponent, 'inputEl' | 'getValue' | 'setValue' | 'setPlaceholder' | 'onChange' | 'onChanged'> {
	readonly inputEl: HTMLInputElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.inputEl = containerEl.createEl('input', { type: 'text', attr: { spellcheck: 'false' } });
		this.inputEl.addEventListener('input', () => this.onChanged());
	}

	getValue(): string {
		return this.inputEl.value;
	}

	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}

	setPlaceholder(placeholder: string): this {
		this.inputEl.placeholder = placeholder;
		return this;
	}

	override setDisabled(disabled: boolean): this {
		this.inputEl.disabled = disabled;
		return super.setDisabled(disabled);
	}

	onChanged(): void {
		void this.changeCallback?.(this.inputEl.value);
	}

	/** Test helper: types `value` as a user would (the change callback runs). */
	type(value: string): void {
		this.change(value);
	}
}

export class DropdownComponent extends ValueComponent<string> implements Pick<O.DropdownComponent, 'selectEl' | 'addOption' | 'addOptions' | 'getValue' | 'setValue' | 'onChange' | 'setDisabled'> {
	selectEl: HTMLSelectElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.selectEl = containerEl.createEl('select', { cls: 'dropdown' });
		this.selectEl.addEventListener('change', () => void this.changeCallback?.(this.selectEl.value));
	}

	addOption(value: string, display: string): this {
		this.selectEl.createEl('option', { text: display, value });
		return this;
	}

	addOptions(options: Record<string, string>): this {
		for (const [value, display] of Object.entries(options)) this.addOption(value, display);
		return this;
	}

	getValue(): string {
		return this.selectEl.value;
	}

	setValue(value: string): this {
		this.selectEl.value = value;
		return this;
	}

	override setDisabled(disabled: boolean): this {
		this.selectEl.disabled = disabled;
		return super.setDisabled(disabled);
	}

	/** Test helper: picks `value` as a user would (the change callback runs). */
	select(value: string): void {
		this.change(value);
	}
}

export class ButtonComponent extends BaseComponent implements Pick<O.ButtonComponent, 'buttonEl' | 'setButtonText' | 'setCta' | 'removeCta' | 'setWarning' | 'setIcon' | 'setClass' | 'setTooltip' | 'onClick' | 'setDisabled'> {
	buttonEl: HTMLButtonElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.buttonEl = containerEl.createEl('button');
	}

	setButtonText(name: string): this {
		this.buttonEl.setText(name);
		return this;
	}

	setCta(): this {
		this.buttonEl.addClass('mod-cta');
		return this;
	}

	removeCta(): this {
		this.buttonEl.removeClass('mod-cta');
		return this;
	}

	setWarning(): this {
		this.buttonEl.addClass('mod-warning');
		return this;
	}

	setDestructive(): this {
		this.buttonEl.addClass('mod-destructive');
		return this;
	}

	removeDestructive(): this {
		this.buttonEl.removeClass('mod-destructive');
		return this;
	}

	setIcon(icon: string): this {
		setIcon(this.buttonEl, icon);
		return this;
	}

	setClass(cls: string): this {
		this.buttonEl.addClass(cls);
		return this;
	}

	setTooltip(tooltip: string): this {
		this.buttonEl.setAttr('aria-label', tooltip);
		return this;
	}

	override setDisabled(disabled: boolean): this {
		this.buttonEl.disabled = disabled;
		return super.setDisabled(disabled);
	}

	onClick(callback: (evt: MouseEvent) => unknown): this {
		this.buttonEl.addEventListener('click', (evt) => void callback(evt));
		return this;
	}
}
