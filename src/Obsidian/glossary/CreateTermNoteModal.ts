import { ButtonComponent, Modal, type App } from 'obsidian';

/** Asks before creating a term note; `onConfirm` runs only on "Create". */
export class CreateTermNoteModal extends Modal {
	constructor(
		app: App,
		private readonly term: string,
		private readonly onConfirm: () => void,
	) {
		super(app);
	}

	onOpen(): void {
		this.setTitle('Create term note?');
		this.contentEl.createEl('p', { text: `“${this.term}” has no term note yet. Create one from the lessons that gloss it?` });
		const buttons = this.contentEl.createDiv({ cls: 'modal-button-container' });
		new ButtonComponent(buttons)
			.setButtonText('Create')
			.setCta()
			.onClick(() => {
				this.close();
				this.onConfirm();
			});
		new ButtonComponent(buttons).setButtonText('Cancel').onClick(() => this.close());
	}

	onClose(): void {
		this.contentEl.empty();
	}
}
