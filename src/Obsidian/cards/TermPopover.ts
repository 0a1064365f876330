import { Keymap } from 'obsidian';
import type { Term } from '../../core/model';
import { termKey } from '../../core/termKey';
import type { PluginContext } from '../context';
import { termsOfSpan } from '../../render/cards/englishDom';
import { renderTermPopover } from '../../render/cards/termPopover';
import { openGlossary } from '../glossary/openGlossary';
import { canSpeak, speak } from '../glossary/speak';
import type { CardBlock } from './CardBlock';
import { placeBy } from './floating';
import { t } from '../../lang/t';

/** How long a mouse rests on a term before its popover opens, or away before it closes (ms). */
const HOVER_DELAY_MS = 300;

/**
 * The one popover of the English's terms: opened by a mouse resting on a term, by a tap or click
 * (which pins it), or by Enter on a focused term (which moves focus into it); closed by Escape,
 * a click elsewhere, scrolling, or the mouse leaving unless it is pinned.
 */
export class TermPopover {
	private el: HTMLElement | null = null;
	private anchor: HTMLElement | null = null;
	private terms: Term[] = [];
	private sourcePath = '';
	private pinned = false;
	private timer: number | null = null;

	constructor(private readonly ctx: PluginContext) {
		ctx.plugin.register(() => this.close());
	}

	/** A mouse came onto or left a term. */
	hover(span: HTMLElement, over: boolean, block: CardBlock): void {
		if (over) this.later(() => this.anchor !== span && this.open(span, block, false));
		else if (!this.pinned) this.later(() => this.close());
	}

	/** A click or tap on a term: its popover pinned open, or closed when it was already. */
	toggle(span: HTMLElement, block: CardBlock): void {
		if (!span.win.getSelection()?.isCollapsed) return; // selecting text, not pointing at a word
		if (this.anchor === span && this.pinned) this.close();
		else this.open(span, block, true);
	}

	key(span: HTMLElement, evt: KeyboardEvent, block: CardBlock): void {
		if (evt.key === 'Enter' || evt.key === ' ') {
			evt.preventDefault();
			this.open(span, block, true);
			this.el?.find('button, a')?.focus();
		} else if (evt.key === 'Escape' && this.anchor === span) {
			evt.preventDefault();
			this.close();
		}
	}

	close(returnFocus = false): void {
		this.cancelTimer();
		const anchor = this.anchor;
		anchor?.removeClass('is-active');
		anchor?.setAttr('aria-expanded', 'false');
		this.el?.detach();
		this.anchor = null;
		this.pinned = false;
		if (returnFocus) anchor?.focus();
	}

	private open(span: HTMLElement, block: CardBlock, pinned: boolean): void {
		this.cancelTimer();
		const unit = block.lesson?.units.find((u) => u.n === Number(span.closest('[data-bl-unit]')?.getAttribute('data-bl-unit')));
		const terms = unit ? termsOfSpan(span, unit) : [];
		if (terms.length === 0) return;
		if (this.anchor !== span) this.close();
		this.anchor = span;
		this.pinned ||= pinned;
		this.terms = terms;
		this.sourcePath = block.sourcePath;
		span.addClass('is-active');
		span.setAttr('aria-expanded', 'true');
		const el = this.element(span.doc);
		el.empty();
		el.setAttr('aria-label', t('popover.about', { terms: terms.map((term) => term.term).join(t('list.separator')) }));
		const { ctx } = this;
		renderTermPopover(el, terms, {
			notePath: (term) => ctx.termNotes.pathFor(termKey(term.term)) ?? null,
			lessonCount: (term) => ctx.glossary.index.entry(termKey(term.term))?.lessonCount ?? 0,
			canSpeak: canSpeak(),
		});
		if (el.parentElement !== span.doc.body) span.doc.body.appendChild(el);
		placeBy(el, span.getClientRects()[0] ?? span.getBoundingClientRect(), span.win);
	}

	/** The popover element, made once, its listeners registered for the plugin's lifetime. */
	private element(doc: Document): HTMLElement {
		if (this.el) return this.el;
		const el = createDiv({ cls: 'bl-popover', attr: { role: 'dialog', tabindex: -1 } });
		const { ctx } = this;
		ctx.plugin.registerDomEvent(el, 'click', (evt) => this.act(evt));
		ctx.plugin.registerDomEvent(el, 'keydown', (evt) => {
			if (evt.key !== 'Escape') return;
			evt.preventDefault();
			this.close(true);
		});
		ctx.plugin.registerDomEvent(el, 'pointerenter', (evt) => evt.pointerType === 'mouse' && this.cancelTimer());
		ctx.plugin.registerDomEvent(el, 'pointerleave', (evt) => evt.pointerType === 'mouse' && !this.pinned && this.later(() => this.close()));
		ctx.plugin.registerDomEvent(el, 'focusout', (evt) => {
			const next = evt.relatedTarget as Node | null;
			if (next && !el.contains(next) && next !== this.anchor) this.close();
		});
		// A click elsewhere or a scroll puts it away (the scroll would leave it floating off its term).
		ctx.plugin.registerDomEvent(doc, 'pointerdown', (evt) => {
			const target = evt.target as Node | null;
			if (this.anchor && !el.contains(target) && !this.anchor.contains(target)) this.close();
		});
		ctx.plugin.registerDomEvent(doc, 'scroll', (evt) => this.anchor && !el.contains(evt.target as Node | null) && this.close(), { capture: true });
		return (this.el = el);
	}

	private act(evt: MouseEvent): void {
		const target = (evt.target as Element | null)?.closest('[data-bl-action]');
		const term = this.terms[Number(target?.getAttribute('data-bl-term'))];
		if (!target || !term) return;
		evt.preventDefault();
		const { app } = this.ctx;
		switch (target.getAttribute('data-bl-action')) {
			case 'speak':
				return speak(term.term);
			case 'note':
				this.close();
				return void app.workspace.openLinkText(target.getAttribute('data-href') ?? '', this.sourcePath, Keymap.isModEvent(evt));
			case 'glossary':
				this.close();
				return void openGlossary(this.ctx.app.workspace, term.term);
		}
	}

	private later(fn: () => void): void {
		this.cancelTimer();
		this.timer = window.setTimeout(() => {
			this.timer = null;
			fn();
		}, HOVER_DELAY_MS);
	}

	private cancelTimer(): void {
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = null;
	}
}
