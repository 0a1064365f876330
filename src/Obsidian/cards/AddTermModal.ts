import { ButtonComponent, Modal, Setting, type App } from 'obsidian';
import { termBullet, termProblem, type NewTerm } from '../../core/cards/addTerm';

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
		this.setTitle('Add as a term');
		const { contentEl } = this;
		contentEl.createEl('p', { text: `A bullet at the end of the analysis list of ${this.place}.` });
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
		field('Term', 'term', 'as written in the English');
		field('Meaning', 'meaning', '中文释义');
		field('Part of speech', 'pos', '名词, 动词, 短语 …');
		field('IPA', 'ipa', 'without slashes');
		new Setting(contentEl).setName('Key term 🔥').addToggle((toggle) =>
			toggle.setValue(this.term.hot).onChange((value) => {
				this.term.hot = value;
				update();
			}),
		);
		const preview = contentEl.createEl('pre', { cls: 'bl-add-term-preview' });
		const problem = contentEl.createDiv({ cls: 'bl-add-term-problem' });
		const buttons = contentEl.createDiv({ cls: 'modal-button-container' });
		const add = new ButtonComponent(buttons)
			.setButtonText('Add')
			.setCta()
			.onClick(() => {
				if (termProblem(this.term) !== null) return;
				this.close();
				this.onAdd({ ...this.term });
			});
		new ButtonComponent(buttons).setButtonText('Cancel').onClick(() => this.close());
		const update = (): void => {
			preview.setText(termBullet(this.term));
			const why = termProblem(this.term);
			problem.setText(why ?? '');
			add.setDisabled(why !== null);
		};
		update();
	}

	onClose(): void {
		this.contentEl.empty();
	}
}
