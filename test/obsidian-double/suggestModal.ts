import type * as O from 'obsidian';
import { Modal } from './modal';

/**
 * Obsidian's `FuzzySuggestModal`: a search box over `getItems()`, each shown by `getItemText` as a
 * `.suggestion-item` (those whose text holds every typed character in order); a click chooses it.
 */
export abstract class FuzzySuggestModal<T> extends Modal implements Pick<O.FuzzySuggestModal<T>, 'inputEl' | 'resultContainerEl' | 'emptyStateText' | 'limit' | 'setPlaceholder' | 'getItems' | 'getItemText' | 'onChooseItem'> {
	inputEl: HTMLInputElement;
	resultContainerEl: HTMLElement;
	emptyStateText = 'No results';
	limit = 100;

	constructor(app: O.App) {
		super(app);
		this.inputEl = this.modalEl.createEl('input', { cls: 'prompt-input', attr: { type: 'text' } });
		this.resultContainerEl = this.modalEl.createDiv({ cls: 'prompt-results' });
		this.inputEl.addEventListener('input', () => this.list());
	}

	abstract getItems(): T[];
	abstract getItemText(item: T): string;
	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;

	setPlaceholder(placeholder: string): void {
		this.inputEl.placeholder = placeholder;
	}

	override onOpen(): void {
		this.list();
	}

	private list(): void {
		this.resultContainerEl.empty();
		const query = this.inputEl.value.toLowerCase();
		const items = this.getItems().filter((item) => fuzzy(this.getItemText(item).toLowerCase(), query)).slice(0, this.limit);
		if (items.length === 0) this.resultContainerEl.createDiv({ cls: 'suggestion-empty', text: this.emptyStateText });
		for (const item of items) {
			const el = this.resultContainerEl.createDiv({ cls: 'suggestion-item', text: this.getItemText(item) });
			el.addEventListener('click', (evt) => {
				this.close();
				this.onChooseItem(item, evt);
			});
		}
	}
}

function fuzzy(text: string, query: string): boolean {
	let at = 0;
	for (const char of query) {
		at = text.indexOf(char, at) + 1;
		if (at === 0) return false;
	}
	return true;
}
