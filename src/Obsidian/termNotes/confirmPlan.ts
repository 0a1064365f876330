import { ButtonComponent, type App } from 'obsidian';
import type { TermNotePlan } from '../../core/termNotes/plan';
import { t } from '../../lang/t';
import { ChoiceModal } from '../ChoiceModal';

/** Paths listed per section before "and N more". */
const LISTED = 50;

/** The dry run before a vault-wide run: what would be created, updated and left alone. */
class PreviewModal extends ChoiceModal<boolean> {
	constructor(
		app: App,
		private readonly plan: TermNotePlan,
	) {
		super(app, false);
	}

	onOpen(): void {
		const { contentEl, plan } = this;
		this.setTitle(t('preview.title'));
		const of = (kind: string) => plan.notes.filter((a) => a.kind === kind).map((a) => a.path);
		const unchanged = of('unchanged').length;
		this.section(t('preview.create'), of('create'));
		this.section(t('preview.update'), of('update'));
		this.section(t('preview.duplicates'), plan.duplicates.map((d) => t('preview.duplicate', { path: d.path, kept: d.keptPath })));
		this.section(t('preview.held'), plan.held.map((h) => t('preview.heldNote', { path: h.path, lesson: h.lesson })));
		contentEl.createEl('p', { text: t('preview.unchanged', { count: unchanged }) });
		const nothing = unchanged === plan.notes.length;
		const buttons = contentEl.createDiv({ cls: 'modal-button-container' });
		if (!nothing) new ButtonComponent(buttons).setButtonText(t('button.apply')).setCta().onClick(() => this.choose(true));
		new ButtonComponent(buttons).setButtonText(t(nothing ? 'button.close' : 'button.cancel')).onClick(() => this.choose(false));
	}

	private section(title: string, paths: string[]): void {
		if (paths.length === 0) return;
		this.contentEl.createEl('h4', { text: t('preview.section', { title, count: paths.length }) });
		const list = this.contentEl.createEl('ul', { cls: 'bl-term-notes-preview' });
		for (const path of paths.slice(0, LISTED)) list.createEl('li', { text: path });
		if (paths.length > LISTED) list.createEl('li', { text: t('preview.more', { count: paths.length - LISTED }) });
	}
}

/** Shows the preview; resolves to true when the user chooses to apply the plan. */
export function confirmPlan(app: App, plan: TermNotePlan): Promise<boolean> {
	return new PreviewModal(app, plan).ask();
}
