import { ButtonComponent, Modal, Setting, type App } from 'obsidian';
import type { EncodingRepair } from '../../core/repair/repairEncoding';
import { t } from '../../lang/t';
import { renderRepairPreview } from '../../render/repair/repairPreviewDom';

/** What the user chose in the preview: null for cancel. */
export type RepairChoice = { keepCopy: boolean } | null;

/** The repaired note shown before anything is written, with Accept / Cancel and the "keep the original" toggle. */
class RepairModal extends Modal {
	private keepCopy = false;
	private decided = false;

	constructor(
		app: App,
		private readonly repair: EncodingRepair,
		private readonly decide: (choice: RepairChoice) => void,
	) {
		super(app);
	}

	onOpen(): void {
		const { contentEl } = this;
		this.setTitle(t('repair.title'));
		this.modalEl.addClass('bl-repair-modal');
		renderRepairPreview(contentEl, this.repair);
		new Setting(contentEl)
			.setName(t('repair.keepCopy'))
			.setDesc(t('repair.keepCopyDesc'))
			.addToggle((toggle) => toggle.setValue(this.keepCopy).onChange((on) => (this.keepCopy = on)));
		const buttons = contentEl.createDiv({ cls: 'modal-button-container' });
		new ButtonComponent(buttons).setButtonText(t('button.accept')).setCta().onClick(() => this.finish({ keepCopy: this.keepCopy }));
		new ButtonComponent(buttons).setButtonText(t('button.cancel')).onClick(() => this.finish(null));
	}

	onClose(): void {
		this.contentEl.empty();
		this.finish(null);
	}

	private finish(choice: RepairChoice): void {
		if (this.decided) return;
		this.decided = true;
		this.decide(choice);
		this.close();
	}
}

/** Shows the preview; resolves to the user's choice. */
export function confirmRepair(app: App, repair: EncodingRepair): Promise<RepairChoice> {
	return new Promise((resolve) => new RepairModal(app, repair, resolve).open());
}
