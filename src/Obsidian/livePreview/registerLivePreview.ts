import type { EditorView } from '@codemirror/view';
import { ViewPlugin } from '@codemirror/view';
import { debounce, editorInfoField, editorLivePreviewField } from 'obsidian';
import { cardHeight, unitCardKey, unitPlan, type ClickedPart } from '../../core/cards/liveRanges';
import type { Term } from '../../core/model';
import type { PluginContext } from '../context';
import type { CardEnv } from '../../render/cards/cardEnv';
import { renderDiagnostics } from '../../render/cards/diagnosticsDom';
import { renderBlock } from '../../render/cards/renderBlock';
import { CardBlock, type CardBlockHost } from '../cards/CardBlock';
import { editCardAt, liveCards, liveCardsField, refreshCards, type LiveCardSource } from './cardField';
import { registerOpenInReadingView } from './openInReadingView';
import type { MediaAccess } from '../media/registerMedia';
import { CARD_KEYS } from '../../settings';

/** How long cache events are gathered into one refresh of the cards in the editors. */
const NOTE_CHANGES_MS = 50;

/** What the reading view's cards share with Live Preview's. */
export interface CardsShared {
	host: CardBlockHost;
	envFor(block: CardBlock): CardEnv;
	notePath: (term: Term) => string | null;
	media: MediaAccess;
}

/**
 * Lesson cards in Live Preview: an editor extension that shows each unit of a lesson as its card
 * (the same card the reading view draws, with the same clicks and study mode) until the cursor
 * enters it. Source mode stays raw.
 */
export function registerLivePreview(ctx: PluginContext, shared: CardsShared): void {
	const editors = new Set<EditorView>();
	// Bumped by a settings change: every card is drawn anew (gloss mode, brackets, study default).
	let generation = 0;
	const source: LiveCardSource = {
		livePreview: (state) => state.field(editorLivePreviewField, false) ?? false,
		lesson(state) {
			const path = state.field(editorInfoField, false)?.file?.path;
			if (!path || !ctx.settings.get().renderCards) return null;
			const lesson = ctx.lessons.get(path, state.doc.toString());
			return lesson.isLesson ? { path, lesson } : null;
		},
		unitCard(path, lesson, unit, markdown) {
			const plan = unitPlan(lesson, unit);
			return {
				key: `${generation} ${shared.media.listen(path) ?? ''} ${unitCardKey(unit, markdown, shared.notePath)}`,
				estimatedHeight: cardHeight(unit),
				mount(el, view) {
					const block = mountCard(el, path, shared, (b) => {
						b.lesson = lesson; // for its terms' popovers
						renderBlock(el, plan, lesson, shared.envFor(b));
					});
					shared.media.rendered(block);
					// After the card's own handler: a click that is not one of its actions (reveal, chip,
					// diagnostic) opens the unit's markdown.
					block.registerDomEvent(el, 'click', (evt) => {
						if (!evt.defaultPrevented) editCardAt(view, field, view.posAtDOM(el), clickedPart(evt.target));
					});
					return () => block.unload();
				},
			};
		},
		diagnosticsCard(path, lesson) {
			const diagnostics = lesson.diagnostics;
			return {
				key: `${generation} ${JSON.stringify(diagnostics)}`,
				estimatedHeight: 40,
				mount(el) {
					const block = mountCard(el, path, shared, () => renderDiagnostics(el, diagnostics));
					return () => block.unload();
				},
			};
		},
	};
	const field = liveCardsField(source);
	const tracker = ViewPlugin.define((view) => {
		editors.add(view);
		return { destroy: () => editors.delete(view) };
	});
	ctx.plugin.registerEditorExtension([liveCards(field), tracker]);

	const refresh = (): void => {
		for (const view of editors) view.dispatch({ effects: refreshCards.of(null) });
	};
	// A term note made, removed or renamed changes where chips link: one refresh for a burst of them (a vault-wide run
	// writes thousands of notes, each a cache event; one refresh each cost more than the run's writes).
	const refreshSoon = debounce(refresh, NOTE_CHANGES_MS);
	ctx.plugin.register(() => refreshSoon.cancel());
	const { app } = ctx;
	ctx.plugin.registerEvent(app.metadataCache.on('changed', () => refreshSoon()));
	ctx.plugin.registerEvent(app.metadataCache.on('deleted', () => refreshSoon()));
	ctx.plugin.registerEvent(app.vault.on('rename', () => refreshSoon()));
	// A mode switch is a layout change.
	ctx.plugin.registerEvent(app.workspace.on('layout-change', refresh));
	ctx.settings.on(CARD_KEYS, () => {
		generation++;
		refresh();
	});
	registerOpenInReadingView(ctx);
}

/** Draws a card into `el` and gives it its lifetime (the card's clicks, hovers, study mode); unload it when it goes. */
function mountCard(el: HTMLElement, path: string, shared: CardsShared, draw: (block: CardBlock) => void): CardBlock {
	const block = new CardBlock(el, { sourcePath: path, getSectionInfo: () => null }, shared.host);
	draw(block);
	block.load();
	return block;
}

function clickedPart(target: EventTarget | null): ClickedPart {
	const el = target as Element | null;
	if (typeof el?.closest !== 'function') return null;
	if (el.closest('.bl-english')) return 'english';
	if (el.closest('.bl-translation')) return 'translation';
	if (el.closest('.bl-chips')) return 'terms';
	return null;
}
