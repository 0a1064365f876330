import { ButtonComponent, Modal, type App } from 'obsidian';
import { t } from '../../lang/t';

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
		this.setTitle(t('createNote.title'));
		this.contentEl.createEl('p', { text: t('createNote.body', { term: this.term }) });
		const buttons = this.contentEl.createDiv({ cls: 'modal-button-container' });
		new ButtonComponent(buttons)
			.setButtonText(t('button.create'))
			.setCta()
			.onClick(() => {
				this.close();
				this.onConfirm();
			});
		new ButtonComponent(buttons).setButtonText(t('button.cancel')).onClick(() => this.close());
	}

	onClose(): void {
		this.contentEl.empty();
	}
}
