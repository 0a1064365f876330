import { ButtonComponent, Setting, type App } from 'obsidian';
import type { EncodingRepair } from '../../core/repair/repairEncoding';
import { t } from '../../lang/t';
import { renderRepairPreview } from '../../render/repair/repairPreviewDom';
import { ChoiceModal } from '../ChoiceModal';

/** What the user chose in the preview: null for cancel. */
export type RepairChoice = { keepCopy: boolean } | null;

/** The repaired note shown before anything is written, with Accept / Cancel and the "keep the original" toggle. */
class RepairModal extends ChoiceModal<RepairChoice> {
	private keepCopy = false;

	constructor(
		app: App,
		private readonly repair: EncodingRepair,
		private readonly copyWord: string,
	) {
		super(app, null);
	}

	onOpen(): void {
		const { contentEl } = this;
		this.setTitle(t('repair.title'));
		this.modalEl.addClass('bl-repair-modal');
		renderRepairPreview(contentEl, this.repair);
		new Setting(contentEl)
			.setName(t('repair.keepCopy'))
			.setDesc(t('repair.keepCopyDesc', { copy: `(${this.copyWord})` }))
			.addToggle((toggle) => toggle.setValue(this.keepCopy).onChange((on) => (this.keepCopy = on)));
		const buttons = contentEl.createDiv({ cls: 'modal-button-container' });
		new ButtonComponent(buttons).setButtonText(t('button.accept')).setCta().onClick(() => this.choose({ keepCopy: this.keepCopy }));
		new ButtonComponent(buttons).setButtonText(t('button.cancel')).onClick(() => this.choose(null));
	}
}

/** Shows the preview, the kept original named `(copyWord)` as it would be; resolves to the user's choice. */
export function confirmRepair(app: App, repair: EncodingRepair, copyWord: string): Promise<RepairChoice> {
	return new RepairModal(app, repair, copyWord).ask();
}
