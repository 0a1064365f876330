import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { planBlock } from '../../src/core/cards/blockPlan';
import { StudyState } from '../../src/core/cards/StudyState';
import { parseLesson } from '../../src/core/parser/parseLesson';
import type { CardEnv } from '../../src/render/cards/cardEnv';
import { renderBlock } from '../../src/render/cards/renderBlock';
import { installDomHelpers } from '../obsidian-double/dom';
import { markdown, markdownSections, renderTokens } from '../obsidian-double/markdownIt';
import { medianMs, withinBudget, type Bench } from './bench';

const BUDGET_MS = 30;
// `../fixtures` resolves to the folder, not fixtures.ts, when tsx runs the benches as ES modules.
const LESSON_A = readFileSync(new URL('../fixtures/voice-ai-inference-and-evals.md', import.meta.url), 'utf8');

/**
 * All 63 cards of variant A, block by block as the reading view hands them over (the parse is
 * cached, as in the plugin). Each block gets a fresh section element: Obsidian's own markdown
 * rendering into it is not ours to time, and our cost does not depend on it (we clear it, or
 * keep it as it is).
 */
export const cardsBench: Bench = {
	name: 'cards',
	run() {
		const happyDom = new Window();
		const win = happyDom as unknown as Parameters<typeof installDomHelpers>[0];
		installDomHelpers(win);
		const lesson = parseLesson(LESSON_A);
		const sections = markdownSections(LESSON_A);
		const env: CardEnv = {
			glossMode: 'hot',
			showBrackets: false,
			study: new StudyState(false),
			notePath: (term) => (term.hot ? `Terms/${term.term}.md` : null),
			renderMarkdown: (text, el) => renderTokens(markdown.parse(text, {}), el, {}),
		};
		let cards = 0;
		const ms = medianMs(() => {
			const blocks = sections.map((s) => {
				const el = win.createDiv();
				renderBlock(el, planBlock(lesson, s.lineStart, s.lineEnd), lesson, env);
				return el;
			});
			cards = blocks.filter((el) => el.hasClass('bl-card-first')).length;
		});
		void happyDom.happyDOM.close();
		return [withinBudget(`render ${cards} cards of variant A (${sections.length} blocks)`, ms, BUDGET_MS, cards === lesson.units.length)];
	},
};
