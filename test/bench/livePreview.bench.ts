import { readFileSync } from 'node:fs';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { Window } from 'happy-dom';
import { cardHeight, unitCardKey, unitPlan } from '../../src/core/cards/liveRanges';
import { StudyState } from '../../src/core/cards/StudyState';
import { LessonCache } from '../../src/core/LessonCache';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { liveCards, liveCardsField, refreshCards, type LiveCardSource } from '../../src/Obsidian/livePreview/cardField';
import type { CardEnv } from '../../src/render/cards/cardEnv';
import { renderBlock } from '../../src/render/cards/renderBlock';
import { installDomHelpers } from '../obsidian-double/dom';
import { markdown, renderTokens } from '../obsidian-double/markdownIt';
import { useAsGlobalWindow } from '../obsidian-double/nodeGlobals';
import { medianMs, withinBudget, type Bench } from './bench';

const BUDGET_MS = 16;
const KEYSTROKES = 200;
const WARMUP = 20;
const LESSON_A = readFileSync(new URL('../fixtures/voice-ai-inference-and-evals.md', import.meta.url), 'utf8');

/** A happy-dom window as the process's browser, with Obsidian's DOM helpers. */
function installWindow(): Window {
	const happyDom = new Window({ width: 1280, height: 800 });
	const win = happyDom as unknown as Parameters<typeof installDomHelpers>[0];
	installDomHelpers(win);
	useAsGlobalWindow(win);
	return happyDom;
}

/**
 * Typing in Live Preview, in variant A (63 units): a real CodeMirror view (in happy-dom) with the
 * cards field, fed as the plugin feeds it (the lesson cache, keys from the units' markdown, cards
 * drawn by the reading view's renderer). Each keystroke is one transaction typed into unit 1
 * (its markdown is open), timed from dispatch to the view's DOM updated; the worst of them is the
 * budget's figure. Then the cursor leaves the unit, and its card is drawn anew.
 */
export const livePreviewBench: Bench = {
	name: 'live-preview',
	run() {
		const happyDom = installWindow();
		const cache = new LessonCache(() => ({}));
		const env: CardEnv = { glossMode: 'hot', showBrackets: false, study: new StudyState(false), notePath: () => null, renderMarkdown: (text, el) => renderTokens(markdown.parse(text, {}), el, {}) };
		let drawn = 0;
		const source: LiveCardSource = {
			livePreview: () => true,
			lesson: (state) => ({ path: 'a.md', lesson: cache.get('a.md', state.doc.toString()) }),
			unitCard(_path, lesson, unit, text) {
				const plan = unitPlan(lesson, unit);
				return {
					key: unitCardKey(unit, text, (term) => env.notePath(term)),
					estimatedHeight: cardHeight(unit),
					mount(el) {
						drawn++;
						renderBlock(el, plan, lesson, env);
						return () => undefined;
					},
				};
			},
			diagnosticsCard: () => ({ key: '', estimatedHeight: 0, mount: () => () => undefined }),
		};
		const parent = document.body.createDiv();
		// Unit 2, so that unit 1's card stands above it in the few lines happy-dom draws (it has no layout to scroll by).
		const at = LESSON_A.indexOf('(2)') + 20;
		const view = new EditorView({ state: EditorState.create({ doc: LESSON_A, selection: { anchor: at }, extensions: [liveCards(liveCardsField(source)), EditorView.lineWrapping] }), parent });
		const cards = () => parent.querySelectorAll('.bl-live-card').length;
		const shownAtStart = cards();

		const times: number[] = [];
		let pos = at;
		drawn = 0;
		for (let i = -WARMUP; i < KEYSTROKES; i++) {
			const t0 = performance.now();
			view.dispatch({ changes: { from: pos, insert: i % 8 === 7 ? ' ' : 'e' }, selection: { anchor: pos + 1 } });
			if (i >= 0) times.push(performance.now() - t0);
			pos++;
		}
		const redrawnWhileTyping = drawn;
		times.sort((a, b) => a - b);
		const worst = times[times.length - 1];
		const median = times[Math.floor(times.length / 2)];
		const timed = (spec: Parameters<EditorView['dispatch']>[0]) => {
			const t0 = performance.now();
			view.dispatch(spec);
			return performance.now() - t0;
		};
		// The typing pauses: the lesson is parsed again (the cursor still in the unit, no card drawn).
		const settle = timed({ effects: refreshCards.of(null) });
		timed({ changes: { from: pos, insert: 'e' }, selection: { anchor: pos + 1 } });
		// The cursor leaves at once: parse, and the unit's card drawn anew.
		drawn = 0;
		const leave = timed({ selection: { anchor: view.state.doc.toString().indexOf('(3)') - 1 } });
		const drawnOnLeaving = drawn;
		// A fresh text each time, as each keystroke makes one.
		let version = 0;
		const parseMs = medianMs(() => parseLesson(`${view.state.doc.toString()}${version++}`), 15, 3);
		view.destroy();
		void happyDom.happyDOM.close();
		return [
			withinBudget(
				`keystroke in unit 2 of 63 (worst of ${KEYSTROKES}; median ${median.toFixed(2)} ms, ${(median / parseMs).toFixed(2)}× one parse of the lesson, ${parseMs.toFixed(2)} ms; ${redrawnWhileTyping} cards redrawn)`,
				worst,
				BUDGET_MS,
				shownAtStart > 0 && redrawnWhileTyping === 0,
			),
			withinBudget('typing pauses: the lesson parsed again', settle, BUDGET_MS),
			withinBudget(`cursor leaves the unit: parsed, ${drawnOnLeaving} card drawn anew`, leave, BUDGET_MS, drawnOnLeaving === 1),
		];
	},
};
