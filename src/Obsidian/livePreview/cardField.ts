// Obsidian's global DOM helpers (createDiv), typed by its declarations.
import type {} from 'obsidian';
import { StateEffect, StateField, type ChangeSet, type EditorState, type Extension, type Range } from '@codemirror/state';
import { Decoration, EditorView, ViewPlugin, WidgetType, type DecorationSet } from '@codemirror/view';
import { cardSpans, diagnosticsAnchor, editsWithin, lineToEdit, openSpans, unitSpans, type ClickedPart, type LineOffsets, type TextSpan, type UnitSpan } from '../../core/cards/liveRanges';
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
	/** The card of `unit`, whose markdown (its lines, header to last) is `markdown`. */
	unitCard(path: string, lesson: Lesson, unit: Unit, markdown: string): LiveCard;
	diagnosticsCard(path: string, lesson: Lesson): LiveCard;
}

/** Redraws the cards from the plugin's state (settings, term notes); cards whose key is unchanged stay. */
export const refreshCards = StateEffect.define<null>();

type CardSpan = UnitSpan & { deco: Decoration };

export interface Cards {
	units: CardSpan[];
	diagnostics: Range<Decoration>[];
	decorations: DecorationSet;
	/** The text changed inside open units only, and the spans were mapped over it: the lesson is to parse again. */
	stale: boolean;
}

const NO_CARDS: Cards = { units: [], diagnostics: [], decorations: Decoration.none, stale: false };
const STALE_NONE: Cards = { ...NO_CARDS, stale: true };

/** While typing in a unit, the lesson is parsed again once the typing pauses this long (or the cursor moves). */
export const SETTLE_MS = 400;

/**
 * The lesson cards of a Live Preview editor, as block decorations (CodeMirror takes block widgets
 * from a state field only). Typing in a unit whose markdown is open changes no card: the cards are
 * mapped over the change, and the note is parsed again (once per version of its text, through the
 * plugin's lesson cache) when the cursor moves or the typing pauses. Any other change parses at
 * once. Each unit's card is keyed by what it shows, and CodeMirror keeps the element of every card
 * whose key did not change, so an edit redraws the units it touched alone. A selection change only
 * swaps cards and markdown where the cursor enters or leaves a unit.
 */
export function liveCardsField(source: LiveCardSource): StateField<Cards> {
	const build = (state: EditorState): Cards => {
		const found = source.livePreview(state) ? source.lesson(state) : null;
		if (!found) return NO_CARDS;
		const { path, lesson } = found;
		const lines = lineOffsets(state);
		const units = unitSpans(lesson, lines).map((span) => ({ ...span, deco: cardDecoration(source.unitCard(path, lesson, span.unit, state.doc.sliceString(span.from, span.to))) }));
		const anchor = diagnosticsAnchor(lesson, lines);
		const diagnostics = anchor ? [Decoration.widget({ widget: new CardWidget(source.diagnosticsCard(path, lesson)), block: true, side: anchor.side }).range(anchor.pos)] : [];
		return withSelection({ units, diagnostics, decorations: Decoration.none, stale: false }, state);
	};
	return StateField.define<Cards>({
		create: build,
		update(cards, tr) {
			const modeChanged = source.livePreview(tr.startState) !== source.livePreview(tr.state);
			if (modeChanged || tr.effects.some((e) => e.is(refreshCards))) return build(tr.state);
			if (tr.docChanged) {
				if (withinOpenUnits(cards, tr.startState, tr.changes)) return withSelection(mapped(cards, tr.changes), tr.state);
				// Typing in a note that is no lesson parses nothing until it pauses; a note loaded into the editor is parsed at once.
				if (cards.units.length === 0 && !replacesAll(tr.changes, tr.startState)) return STALE_NONE;
				return build(tr.state);
			}
			if (!tr.selection) return cards;
			return cards.stale ? build(tr.state) : withSelection(cards, tr.state);
		},
		provide: (field) => EditorView.decorations.from(field, (cards) => cards.decorations),
	});
}

/** The field, and the timer that parses the lesson again once typing in a unit pauses. */
export function liveCards(field: StateField<Cards>): Extension {
	const settle = ViewPlugin.define((view) => {
		let timer: number | undefined;
		return {
			update(update) {
				if (!update.docChanged) return;
				window.clearTimeout(timer);
				if (update.state.field(field).stale) timer = window.setTimeout(() => view.dispatch({ effects: refreshCards.of(null) }), SETTLE_MS);
			},
			destroy: () => window.clearTimeout(timer),
		};
	});
	return [field, settle];
}

/** Whether every change falls inside a unit whose markdown is open (no card shows over it). */
function withinOpenUnits(cards: Cards, state: EditorState, changes: ChangeSet): boolean {
	const edits: TextSpan[] = [];
	changes.iterChangedRanges((from, to) => edits.push({ from, to }));
	return editsWithin(edits, openSpans(cards.units, state.selection.ranges));
}

/** Whether `changes` replace the whole text (a note loaded into the editor). */
function replacesAll(changes: ChangeSet, state: EditorState): boolean {
	let all = false;
	changes.iterChangedRanges((from, to) => {
		all ||= from === 0 && to === state.doc.length;
	});
	return all;
}

/** The cards moved over `changes`: what is typed at a unit's edge belongs to that unit. */
function mapped(cards: Cards, changes: ChangeSet): Cards {
	const units = cards.units.map((span) => ({ ...span, from: changes.mapPos(span.from, -1), to: changes.mapPos(span.to, 1) }));
	const diagnostics = cards.diagnostics.map((d) => d.value.range(changes.mapPos(d.from, d.value.startSide < 0 ? -1 : 1)));
	return { units, diagnostics, decorations: cards.decorations, stale: true };
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
