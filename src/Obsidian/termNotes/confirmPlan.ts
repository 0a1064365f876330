import { ButtonComponent, Modal, type App } from 'obsidian';
import type { TermNotePlan } from '../../core/termNotes/plan';

/** Paths listed per section before "and N more". */
const LISTED = 50;

/** The dry run before a vault-wide run: what would be created, updated and left alone. */
class PreviewModal extends Modal {
	private decided = false;

	constructor(
		app: App,
		private readonly plan: TermNotePlan,
		private readonly decide: (apply: boolean) => void,
	) {
		super(app);
	}

	onOpen(): void {
		const { contentEl, plan } = this;
		this.setTitle('Term notes preview');
		const of = (kind: string) => plan.notes.filter((a) => a.kind === kind).map((a) => a.path);
		const unchanged = of('unchanged').length;
		this.section('Create', of('create'));
		this.section('Update', of('update'));
		this.section('Duplicate notes left alone', plan.duplicates.map((d) => `${d.path} (the term's note is ${d.keptPath})`));
		this.section('Left alone: they list a lesson that could not be read', plan.held.map((h) => `${h.path} (${h.lesson})`));
		contentEl.createEl('p', { text: `${unchanged} term note(s) already up to date will be left alone.` });
		const nothing = unchanged === plan.notes.length;
		const buttons = contentEl.createDiv({ cls: 'modal-button-container' });
		if (!nothing) new ButtonComponent(buttons).setButtonText('Apply').setCta().onClick(() => this.finish(true));
		new ButtonComponent(buttons).setButtonText(nothing ? 'Close' : 'Cancel').onClick(() => this.finish(false));
	}

	onClose(): void {
		this.contentEl.empty();
		this.finish(false);
	}

	private section(title: string, paths: string[]): void {
		if (paths.length === 0) return;
		this.contentEl.createEl('h4', { text: `${title} (${paths.length})` });
		const list = this.contentEl.createEl('ul', { cls: 'bl-term-notes-preview' });
		for (const path of paths.slice(0, LISTED)) list.createEl('li', { text: path });
		if (paths.length > LISTED) list.createEl('li', { text: `… and ${paths.length - LISTED} more` });
	}

	private finish(apply: boolean): void {
		if (this.decided) return;
		this.decided = true;
		this.decide(apply);
		this.close();
	}
}

/** Shows the preview; resolves to true when the user chooses to apply the plan. */
export function confirmPlan(app: App, plan: TermNotePlan): Promise<boolean> {
	return new Promise((resolve) => new PreviewModal(app, plan, resolve).open());
}
