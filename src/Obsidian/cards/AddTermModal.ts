import { ButtonComponent, Modal, Setting, type App } from 'obsidian';
import { termBullet, termProblem, type NewTerm } from '../../core/cards/addTerm';
import { t } from '../../lang/t';

/**
 * Shows the bullet a selection would become, editable, before anything is written; `onAdd` runs
 * only on "Add".
 */
export class AddTermModal extends Modal {
	private readonly term: NewTerm;

	constructor(
		app: App,
		term: string,
		/** Where it goes, for the reader: "unit 3 of Cooking with heat". */
		private readonly place: string,
		private readonly onAdd: (term: NewTerm) => void,
	) {
		super(app);
		this.term = { term, ipa: '', pos: '', meaning: '', hot: false };
	}

	onOpen(): void {
		this.setTitle(t('addTerm.title'));
		const { contentEl } = this;
		contentEl.createEl('p', { text: t('addTerm.where', { place: this.place }) });
		const field = (name: string, key: 'term' | 'ipa' | 'pos' | 'meaning', placeholder: string) =>
			new Setting(contentEl).setName(name).addText((text) =>
				text
					.setPlaceholder(placeholder)
					.setValue(this.term[key])
					.onChange((value) => {
						this.term[key] = value;
						update();
					}),
			);
		field(t('addTerm.term'), 'term', t('addTerm.termPlaceholder'));
		field(t('addTerm.meaning'), 'meaning', t('addTerm.meaningPlaceholder'));
		field(t('term.pos'), 'pos', t('addTerm.posPlaceholder'));
		field(t('addTerm.ipa'), 'ipa', t('addTerm.ipaPlaceholder'));
		new Setting(contentEl).setName(t('addTerm.hot')).addToggle((toggle) =>
			toggle.setValue(this.term.hot).onChange((value) => {
				this.term.hot = value;
				update();
			}),
		);
		const preview = contentEl.createEl('pre', { cls: 'bl-add-term-preview' });
		const problem = contentEl.createDiv({ cls: 'bl-add-term-problem' });
		const buttons = contentEl.createDiv({ cls: 'modal-button-container' });
		const add = new ButtonComponent(buttons)
			.setButtonText(t('button.add'))
			.setCta()
			.onClick(() => {
				if (termProblem(this.term) !== null) return;
				this.close();
				this.onAdd({ ...this.term });
			});
		new ButtonComponent(buttons).setButtonText(t('button.cancel')).onClick(() => this.close());
		const update = (): void => {
			preview.setText(termBullet(this.term));
			const why = termProblem(this.term);
			problem.setText(why === null ? '' : t(`addTerm.problem.${why}`));
			add.setDisabled(why !== null);
		};
		update();
	}

	onClose(): void {
		this.contentEl.empty();
	}
}
