// @vitest-environment happy-dom
import { EditorSelection, EditorState, StateEffect, StateField, type Extension, type TransactionSpec } from '@codemirror/state';
import { EditorView, type Decoration, type WidgetType } from '@codemirror/view';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { liveCardsField, refreshCards, type LiveCardSource } from '../../src/Obsidian/livePreview/cardField';
import { BEES, BEES_MISCOUNTED } from './lessons';

const toggleLive = StateEffect.define<boolean>();
/** An effect of some other extension's. */
const elsewhere = StateEffect.define<null>();
const live = StateField.define<boolean>({ create: () => true, update: (on, tr) => tr.effects.find((e) => e.is(toggleLive))?.value ?? on });

/** A source keyed by what the test can see: the unit's English and translation, and a generation. */
function source(): LiveCardSource & { generation: number; parses: number; mounted: Set<HTMLElement> } {
	const mount = (el: HTMLElement) => {
		s.mounted.add(el);
		return () => s.mounted.delete(el);
	};
	const estimatedHeight = 100;
	const s = {
		generation: 0,
		parses: 0,
		/** The card elements mounted and not yet unmounted. */
		mounted: new Set<HTMLElement>(),
		livePreview: (state: EditorState) => state.field(live),
		lesson(state: EditorState) {
			s.parses++;
			const lesson = parseLesson(state.doc.toString());
			return lesson.isLesson ? { path: 'bees.md', lesson } : null;
		},
		unitCard: (_path: string, _lesson: unknown, unit: { n: number; english: string; translation: string }) => ({ key: `${s.generation} ${unit.n} ${unit.english} ${unit.translation}`, estimatedHeight, mount }),
		diagnosticsCard: () => ({ key: `${s.generation} diagnostics`, estimatedHeight, mount }),
	};
	return s;
}

interface Shown {
	from: number;
	to: number;
	block: boolean;
	widget: WidgetType;
}

function setup(doc: string, extra: Extension[] = []) {
	const src = source();
	const field = liveCardsField(src);
	let state = EditorState.create({ doc, extensions: [live, field, ...extra] });
	const shown = (): Shown[] => {
		const out: Shown[] = [];
		for (const set of state.facet(EditorView.decorations)) {
			if (typeof set === 'function') continue;
			set.between(0, state.doc.length, (from, to, deco: Decoration) => {
				const spec = deco.spec as { block?: boolean; widget: WidgetType };
				out.push({ from, to, block: spec.block === true, widget: spec.widget });
			});
		}
		return out;
	};
	return {
		src,
		get state() {
			return state;
		},
		shown,
		text: () => shown().map((d) => state.doc.sliceString(d.from, d.to).split('\n')[0]),
		update: (spec: TransactionSpec) => (state = state.update(spec).state),
	};
}

const cursor = (pos: number) => ({ selection: EditorSelection.cursor(pos) });

describe('the Live Preview cards field', () => {
	it('replaces each unit outside the selection by a block widget over its lines', () => {
		const t = setup(BEES);
		expect(t.text()).toEqual(['(1) [00:05-00:12] **A healthy hive hums at a steady pitch.**', '(2)', '(3) [00:40-00:51] **Smoke calms the bees before you open the lid.**', '(4) [01:02-01:10] **Harvest only what the colony can spare.**']);
		expect(t.shown().every((d) => d.block)).toBe(true);
		expect(t.shown()[0]).toMatchObject({ from: BEES.indexOf('(1)'), to: BEES.indexOf('\n', BEES.indexOf('- **pitch**')) });
	});

	it('gives the markdown back while the cursor is in a unit, and the card once it leaves', () => {
		const t = setup(BEES);
		t.update(cursor(BEES.indexOf('Smoke')));
		expect(t.text().map((line) => line.slice(0, 3))).toEqual(['(1)', '(2)', '(4)']);
		t.update(cursor(BEES.length));
		expect(t.text().map((line) => line.slice(0, 3))).toEqual(['(1)', '(2)', '(3)', '(4)']);
	});

	it('parses only when the text changes, not when the cursor moves', () => {
		const t = setup(BEES);
		const parses = t.src.parses;
		t.update(cursor(BEES.indexOf('Smoke')));
		t.update(cursor(0));
		expect(t.src.parses).toBe(parses);
		t.update({ changes: { from: 0, insert: 'x' } });
		expect(t.src.parses).toBe(parses + 1);
	});

	it('parses no keystroke typed in an open unit, and once when the cursor moves; an edit elsewhere at once', () => {
		const t = setup(BEES);
		let at = BEES.indexOf('lid.');
		t.update(cursor(at));
		const parses = t.src.parses;
		for (const letter of 'hive ') t.update({ changes: { from: at, insert: letter }, ...cursor(++at) });
		expect(t.src.parses).toBe(parses);
		// Nor does another extension's transaction that changes neither text nor selection.
		t.update({ effects: elsewhere.of(null) });
		expect(t.src.parses).toBe(parses);
		expect(t.text().map((line) => line.slice(0, 3))).toEqual(['(1)', '(2)', '(4)']);
		t.update(cursor(at + 1));
		expect(t.src.parses).toBe(parses + 1);
		// The title is in no unit: the edit is parsed at once, the cursor staying where it was.
		t.update({ changes: { from: 2, insert: '!' } });
		expect(t.src.parses).toBe(parses + 2);
	});

	it('parses a note that is no lesson when the typing pauses, not on each keystroke; a note loaded whole at once', () => {
		const t = setup('# Shopping\n\n- eggs\n');
		const parses = t.src.parses;
		for (const letter of 'milk') t.update({ changes: { from: t.state.doc.length, insert: letter } });
		expect(t.src.parses).toBe(parses);
		t.update({ effects: refreshCards.of(null) });
		expect(t.src.parses).toBe(parses + 1);
		t.update({ changes: { from: 0, to: t.state.doc.length, insert: BEES } });
		expect(t.src.parses).toBe(parses + 2);
		expect(t.shown()).toHaveLength(4);
	});

	it('keeps the widget of every unit but the one typed in, at its mapped place', () => {
		const t = setup(BEES);
		const before = t.shown();
		const at = BEES.indexOf('lid.');
		t.update({ changes: { from: at, insert: 'hive ' }, ...cursor(at + 5) });
		t.update(cursor(0));
		const after = t.shown();
		expect(after).toHaveLength(4);
		expect(after.map((d, i) => d.widget.eq(before[i].widget))).toEqual([true, true, false, true]);
		expect(after[3].from).toBe(before[3].from + 5);
		expect(t.state.doc.sliceString(after[2].from, after[2].to)).toContain('open the hive lid.');
	});

	it('shows nothing in source mode, nor for a note that is not a lesson', () => {
		const t = setup(BEES);
		t.update({ effects: toggleLive.of(false) });
		expect(t.shown()).toEqual([]);
		t.update({ effects: toggleLive.of(true) });
		expect(t.shown()).toHaveLength(4);
		expect(setup('# Shopping\n\n- **eggs**: 12\n- (1) bread').shown()).toEqual([]);
	});

	it('redraws every card on a refresh whose keys changed, and none when they did not', () => {
		const t = setup(BEES);
		const before = t.shown();
		t.update({ effects: refreshCards.of(null) });
		expect(t.shown().every((d, i) => d.widget.eq(before[i].widget))).toBe(true);
		t.src.generation++;
		t.update({ effects: refreshCards.of(null) });
		expect(t.shown().some((d, i) => d.widget.eq(before[i].widget))).toBe(false);
	});

	it('undoes what a card mounted when the editor drops it: the unit the cursor enters, and every card when the editor goes', () => {
		const src = source();
		const view = new EditorView({ state: EditorState.create({ doc: BEES, extensions: [live, liveCardsField(src)] }), parent: document.body });
		const inView = () => [...src.mounted].filter((el) => el.isConnected);
		expect(src.mounted.size).toBe(4);
		expect(inView()).toHaveLength(4);
		view.dispatch(cursor(BEES.indexOf('Smoke')));
		expect(src.mounted.size).toBe(3);
		expect(inView()).toHaveLength(3);
		view.destroy();
		expect(src.mounted.size).toBe(0);
		document.body.empty();
	});

	it('puts the diagnostics below the title, where no cursor hides them', () => {
		const t = setup(BEES_MISCOUNTED);
		const titleEnd = BEES_MISCOUNTED.indexOf('\n');
		expect(t.shown()[0]).toMatchObject({ from: titleEnd, to: titleEnd, block: true });
		t.update(cursor(3));
		expect(t.shown()).toHaveLength(5);
	});
});
