import { MarkdownRenderChild, type HoverParent, type HoverPopover, type MarkdownPostProcessorContext } from 'obsidian';
import type { Lesson } from '../../core/model';
import { actionFor, chipLinkAt, termSpanAt, type CardAction } from '../../render/cards/cardActions';

/** What a card block hands back to the feature: the clicks and hovers it cannot act on alone. */
export interface CardBlockHost {
	act(action: CardAction, evt: MouseEvent, block: CardBlock): void;
	hover(link: HTMLElement, evt: MouseEvent, block: CardBlock): void;
	/** A mouse pointer came onto (`over`) or left a term of the English. */
	termHover(term: HTMLElement, over: boolean, block: CardBlock): void;
	/** A key pressed on a focused term of the English. */
	termKey(term: HTMLElement, evt: KeyboardEvent, block: CardBlock): void;
	/** A key pressed in the block that is not a term's (study mode's keys). */
	studyKey(evt: KeyboardEvent, block: CardBlock): void;
	/** A pointer or key was released in the block: the selection may have changed. */
	selectionChanged(block: CardBlock): void;
	/** The block is on screen (load) or gone (unload). */
	track(block: CardBlock, alive: boolean): void;
}

/**
 * The lifetime of one rendered block of a lesson. Its listeners live on the block itself and
 * go with it when Obsidian re-renders or drops the section.
 */
export class CardBlock extends MarkdownRenderChild implements HoverParent {
	hoverPopover: HoverPopover | null = null;
	/** What the block was rendered from (see core/cards/blockSignature). */
	signature = '';
	/** The lesson the block was rendered from. */
	lesson: Lesson | null = null;

	constructor(
		containerEl: HTMLElement,
		/**
		 * Kept to ask for the block's lines again later: they move when lines above are edited.
		 * A Live Preview card has no section (its getSectionInfo answers null).
		 */
		readonly ctx: Pick<MarkdownPostProcessorContext, 'sourcePath' | 'getSectionInfo'>,
		private readonly host: CardBlockHost,
	) {
		super(containerEl);
	}

	get sourcePath(): string {
		return this.ctx.sourcePath;
	}

	onload(): void {
		this.host.track(this, true);
		this.registerDomEvent(this.containerEl, 'click', (evt) => {
			const action = actionFor(evt.target);
			if (!action) return;
			// Ours alone: the reading view would otherwise open a chip's link a second time.
			evt.preventDefault();
			evt.stopPropagation();
			this.host.act(action, evt, this);
		});
		this.registerDomEvent(this.containerEl, 'mouseover', (evt) => {
			const link = chipLinkAt(evt.target);
			if (link) this.host.hover(link, evt, this);
		});
		// Pointer events tell a mouse from a finger: a tap is a click, handled above.
		const termHover = (evt: PointerEvent, over: boolean): void => {
			const term = evt.pointerType === 'mouse' ? termSpanAt(evt.target) : null;
			if (term && !term.contains(evt.relatedTarget as Node | null)) this.host.termHover(term, over, this);
		};
		this.registerDomEvent(this.containerEl, 'pointerover', (evt) => termHover(evt, true));
		this.registerDomEvent(this.containerEl, 'pointerout', (evt) => termHover(evt, false));
		this.registerDomEvent(this.containerEl, 'pointerup', () => this.host.selectionChanged(this));
		this.registerDomEvent(this.containerEl, 'keyup', () => this.host.selectionChanged(this));
		this.registerDomEvent(this.containerEl, 'keydown', (evt) => {
			const term = termSpanAt(evt.target);
			if (term) this.host.termKey(term, evt, this);
			if (!evt.defaultPrevented) this.host.studyKey(evt, this);
		});
	}

	onunload(): void {
		this.host.track(this, false);
	}
}
