import type * as O from 'obsidian';

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
		document.body.appendChild(this.containerEl);
		this.onOpen();
	}

	close(): void {
		if (!this.isOpen) return;
		this.isOpen = false;
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
