// Obsidian's global DOM helpers (createDiv), typed by its declarations.
import type {} from 'obsidian';
import { StateEffect, StateField, type EditorState, type Range } from '@codemirror/state';
import { Decoration, EditorView, WidgetType, type DecorationSet } from '@codemirror/view';
import { cardSpans, diagnosticsAnchor, lineToEdit, unitSpans, type ClickedPart, type LineOffsets, type UnitSpan } from '../../core/cards/liveRanges';
import type { Lesson, Unit } from '../../core/model';

/** A card as the field sees it: a key, equal whenever two cards look the same, and how to draw it. */
export interface LiveCard {
	key: string;
	/** Its height in pixels, roughly, until CodeMirror measures it (for the scrollbar of a long lesson). */
	estimatedHeight: number;
	/** Draws the card into `el`, the widget's element in `view`; returns what to do when it goes. */
	mount(el: HTMLElement, view: EditorView): () => void;
}

/** What the field asks of the plugin (registerLivePreview.ts; the bench brings its own). */
export interface LiveCardSource {
	/** Whether `state` is a Live Preview editor: in source mode the note stays raw. */
	livePreview(state: EditorState): boolean;
	/** The lesson `state` holds, with its note's path; null when it holds none. */
	lesson(state: EditorState): { path: string; lesson: Lesson } | null;
	unitCard(path: string, lesson: Lesson, unit: Unit): LiveCard;
	diagnosticsCard(path: string, lesson: Lesson): LiveCard;
}

/** Redraws the cards from the plugin's state (settings, term notes); cards whose key is unchanged stay. */
export const refreshCards = StateEffect.define<null>();

type CardSpan = UnitSpan & { deco: Decoration };

export interface Cards {
	units: CardSpan[];
	diagnostics: Range<Decoration>[];
	decorations: DecorationSet;
}

const NO_CARDS: Cards = { units: [], diagnostics: [], decorations: Decoration.none };

/**
 * The lesson cards of a Live Preview editor, as block decorations (CodeMirror takes block widgets
 * from a state field only). The note is parsed once per version of its text (the plugin's lesson
 * cache); on every change each unit's card is keyed anew, and CodeMirror keeps the element of every
 * card whose key did not change, so typing in one unit redraws that unit alone. A selection change
 * only swaps cards and markdown where the cursor enters or leaves a unit.
 */
export function liveCardsField(source: LiveCardSource): StateField<Cards> {
	const build = (state: EditorState): Cards => {
		const found = source.livePreview(state) ? source.lesson(state) : null;
		if (!found) return NO_CARDS;
		const { path, lesson } = found;
		const lines = lineOffsets(state);
		const units = unitSpans(lesson, lines).map((span) => ({ ...span, deco: cardDecoration(source.unitCard(path, lesson, span.unit)) }));
		const anchor = diagnosticsAnchor(lesson, lines);
		const diagnostics = anchor ? [Decoration.widget({ widget: new CardWidget(source.diagnosticsCard(path, lesson)), block: true, side: anchor.side }).range(anchor.pos)] : [];
		return withSelection({ units, diagnostics, decorations: Decoration.none }, state);
	};
	return StateField.define<Cards>({
		create: build,
		update(cards, tr) {
			const modeChanged = source.livePreview(tr.startState) !== source.livePreview(tr.state);
			if (tr.docChanged || modeChanged || tr.effects.some((e) => e.is(refreshCards))) return build(tr.state);
			return tr.selection ? withSelection(cards, tr.state) : cards;
		},
		provide: (field) => EditorView.decorations.from(field, (cards) => cards.decorations),
	});
}

/**
 * Puts the cursor into the card drawn at `pos` (a widget's start), on the line of the part clicked,
 * so that its markdown opens for editing.
 */
export function editCardAt(view: EditorView, field: StateField<Cards>, pos: number, part: ClickedPart): void {
	const span = view.state.field(field, false)?.units.find((u) => u.from === pos);
	if (!span) return;
	const line = view.state.doc.line(lineToEdit(span.unit, part) + 1);
	view.dispatch({ selection: { anchor: line.to }, scrollIntoView: true });
	view.focus();
}

function withSelection(cards: Cards, state: EditorState): Cards {
	if (cards.units.length === 0 && cards.diagnostics.length === 0) return NO_CARDS;
	const shown = cardSpans(cards.units, state.selection.ranges).map((span) => span.deco.range(span.from, span.to));
	return { ...cards, decorations: Decoration.set([...shown, ...cards.diagnostics], true) };
}

function cardDecoration(card: LiveCard): Decoration {
	return Decoration.replace({ widget: new CardWidget(card), block: true });
}

/** CodeMirror lines are 1-based; the lesson model's are 0-based. */
function lineOffsets(state: EditorState): LineOffsets {
	return { start: (line) => state.doc.line(line + 1).from, end: (line) => state.doc.line(line + 1).to };
}

/** What a card's element leaves behind to be undone when CodeMirror drops it. */
const unmounts = new WeakMap<HTMLElement, () => void>();

class CardWidget extends WidgetType {
	constructor(readonly card: LiveCard) {
		super();
	}

	eq(other: CardWidget): boolean {
		return other.card.key === this.card.key;
	}

	get estimatedHeight(): number {
		return this.card.estimatedHeight;
	}

	toDOM(view: EditorView): HTMLElement {
		const el = createDiv({ cls: 'bl-live-card' });
		unmounts.set(el, this.card.mount(el, view));
		return el;
	}

	destroy(dom: HTMLElement): void {
		unmounts.get(dom)?.();
		unmounts.delete(dom);
	}
}
