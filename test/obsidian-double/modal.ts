import type * as O from 'obsidian';

/** The open modals, the top one last. */
const openModals: Modal[] = [];

/** Escape closes the top modal, as Obsidian's keymap hands the key to the open modal's scope. */
function closeTopOnEscape(evt: KeyboardEvent): void {
	const top = openModals[openModals.length - 1];
	if (evt.key !== 'Escape' || evt.defaultPrevented || !top) return;
	evt.preventDefault();
	top.close();
}

/** Obsidian's `Modal`, with its element structure; `open()` attaches it to the document. */
export class Modal implements Pick<O.Modal, 'app' | 'containerEl' | 'modalEl' | 'titleEl' | 'contentEl' | 'shouldRestoreSelection' | 'open' | 'close' | 'onOpen' | 'onClose'> {
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	shouldRestoreSelection = false;
	/** Test helper: whether the modal is open. */
	isOpen = false;

	constructor(readonly app: O.App) {
		this.containerEl = createDiv({ cls: 'modal-container mod-dim' });
		this.containerEl.createDiv({ cls: 'modal-bg' }).addEventListener('click', () => this.close());
		this.modalEl = this.containerEl.createDiv({ cls: 'modal' });
		this.modalEl.createDiv({ cls: 'modal-close-button' }).addEventListener('click', () => this.close());
		const header = this.modalEl.createDiv({ cls: 'modal-header' });
		this.titleEl = header.createDiv({ cls: 'modal-title' });
		this.contentEl = this.modalEl.createDiv({ cls: 'modal-content' });
	}

	open(): void {
		if (this.isOpen) return;
		this.isOpen = true;
		if (openModals.push(this) === 1) document.addEventListener('keydown', closeTopOnEscape);
		document.body.appendChild(this.containerEl);
		this.onOpen();
	}

	close(): void {
		if (!this.isOpen) return;
		this.isOpen = false;
		openModals.splice(openModals.indexOf(this), 1);
		if (openModals.length === 0) document.removeEventListener('keydown', closeTopOnEscape);
		this.containerEl.detach();
		this.onClose();
	}

	onOpen(): void {}

	onClose(): void {}

	setTitle(title: string): this {
		this.titleEl.setText(title);
		return this;
	}

	setContent(content: string | DocumentFragment): this {
		this.contentEl.setText(content);
		return this;
	}
}
