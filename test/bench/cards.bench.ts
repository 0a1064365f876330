import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Window } from 'happy-dom';
import { planBlock } from '../../src/core/cards/blockPlan';
import { StudyState } from '../../src/core/cards/studyState';
import { parseLesson } from '../../src/core/parser/parseLesson';
import type { CardEnv } from '../../src/render/cards/cardEnv';
import { renderBlock } from '../../src/render/cards/renderBlock';
import { installDomHelpers } from '../obsidian-double/dom';
import { markdown, markdownSections, renderTokens } from '../obsidian-double/markdownIt';
import { medianMs, type Bench } from './bench';

const BUDGET_MS = 30;
const RUNS = 25;
const WARMUP = 3;
// `../fixtures` resolves to the folder, not fixtures.ts, when tsx runs the benches as ES modules.
const LESSON_A = readFileSync(new URL('../fixtures/voice-ai-inference-and-evals.md', import.meta.url), 'utf8');
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** All 63 cards of variant A from Obsidian's rendered blocks (parse cached, as in the plugin). */
export const cardsBench: Bench = {
	name: 'cards',
	run() {
		const happyDom = new Window();
		const win = happyDom as unknown as Parameters<typeof installDomHelpers>[0];
		installDomHelpers(win);
		const lesson = parseLesson(LESSON_A);
		const sections = markdownSections(LESSON_A);
		const rendered = sections.map((section) => {
			const el = win.createDiv();
			renderTokens(section.tokens, el, {});
			return el;
		});
		const env: CardEnv = {
			glossMode: 'hot',
			showBrackets: false,
			study: new StudyState(false),
			notePath: (term) => (term.hot ? `Terms/${term.term}.md` : null),
			renderMarkdown: (text, el) => renderTokens(markdown.parse(text, {}), el, {}),
		};
		let cards = 0;
		// Obsidian's own rendering is not ours to time: each run gets fresh copies of its blocks, untimed.
		const times = Array.from({ length: RUNS + WARMUP }, () => {
			const blocks = rendered.map((el) => el.cloneNode(true) as HTMLElement);
			collectGarbage(); // the earlier runs' garbage is not this render's cost
			const ms = medianMs(() => sections.forEach((s, i) => renderBlock(blocks[i], planBlock(lesson, s.lineStart, s.lineEnd), lesson, env)), 1, 0);
			cards = blocks.filter((el) => el.classList.contains('bl-card-first')).length;
			return ms;
		}).slice(WARMUP);
		const ms = times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
		void happyDom.happyDOM.close();
		return [{ label: `render ${cards} cards of variant A (${sections.length} blocks)`, value: `${ms.toFixed(1)} ms`, budget: `≤ ${BUDGET_MS} ms`, ok: ms <= BUDGET_MS && cards === lesson.units.length }];
	},
};
