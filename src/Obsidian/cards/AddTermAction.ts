import { Notice } from 'obsidian';
import { termFromSelection } from '../../core/cards/addTerm';
import type { PluginContext } from '../context';
import { selectionInEnglish } from '../../render/cards/cardActions';
import { AddTermModal } from './AddTermModal';
import { addTermToLesson } from './addTermToLesson';
import type { CardBlock } from './CardBlock';
import { placeBy } from './floating';
import { t } from '../../lang/t';

interface Selected {
	block: CardBlock;
	unit: number;
	term: string;
}

/**
 * "Add as a term": a button by a selection in a card's English (and a command). It writes
 * nothing itself: it opens the preview, and only the preview's "Add" writes.
 */
export class AddTermAction {
	private button: HTMLElement | null = null;
	private selected: Selected | null = null;

	constructor(private readonly ctx: PluginContext) {
		ctx.plugin.register(() => this.hide());
	}

	/** After a pointer or key released in a block: offers the button when its English holds a selection. */
	check(block: CardBlock): void {
		const selection = block.containerEl.win.getSelection();
		this.selected = this.selectedIn(block, selection);
		if (!this.selected || !selection) return this.hide();
		const button = this.element();
		if (button.parentElement !== block.containerEl.doc.body) block.containerEl.doc.body.appendChild(button);
		const rects = selection.getRangeAt(0).getClientRects();
		placeBy(button, rects[rects.length - 1] ?? selection.getRangeAt(0).getBoundingClientRect(), block.containerEl.win);
	}

	/** Whether a selection in one of `blocks` can be added (for the command's check); opens the preview unless `checking`. */
	run(blocks: Iterable<CardBlock>, checking: boolean): boolean {
		for (const block of blocks) {
			const selected = this.selectedIn(block, block.containerEl.win.getSelection());
			if (!selected) continue;
			if (!checking) this.preview(selected);
			return true;
		}
		return false;
	}

	private selectedIn(block: CardBlock, selection: Selection | null): Selected | null {
		const found = selectionInEnglish(selection);
		if (!found || !block.containerEl.contains(found.english)) return null;
		const term = termFromSelection(found.text);
		const unit = Number(found.english.closest('[data-bl-unit]')?.getAttribute('data-bl-unit'));
		return term && unit ? { block, unit, term } : null;
	}

	private preview({ block, unit, term }: Selected): void {
		this.hide();
		const { ctx } = this;
		const path = block.sourcePath;
		const title = block.lesson?.title ?? path;
		new AddTermModal(ctx.app, term, t('addTerm.place', { unit, title }), (added) => {
			void addTermToLesson(ctx, path, unit, added).then((done) => done && new Notice(t('notice.termAdded', { term: added.term, unit })));
		}).open();
	}

	private hide(): void {
		this.button?.detach();
	}

	private element(): HTMLElement {
		if (this.button) return this.button;
		const button = createEl('button', { cls: 'bl-add-term', text: t('addTerm.title') });
		// Pressing the button must not clear the selection it is for.
		this.ctx.plugin.registerDomEvent(button, 'pointerdown', (evt) => evt.preventDefault());
		this.ctx.plugin.registerDomEvent(button, 'click', () => this.selected && this.preview(this.selected));
		this.ctx.plugin.registerDomEvent(activeDocument, 'scroll', () => this.hide(), { capture: true });
		return (this.button = button);
	}
}
