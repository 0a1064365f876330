// Renders a lesson note block by block, as Obsidian's reading view does, through the card renderers.
import { planBlock } from '../../src/core/cards/blockPlan';
import { StudyState } from '../../src/core/cards/StudyState';
import type { Lesson } from '../../src/core/model';
import { parseLesson } from '../../src/core/parser/parseLesson';
import type { CardEnv } from '../../src/render/cards/cardEnv';
import { renderBlock } from '../../src/render/cards/renderBlock';
import { markdown, markdownSections, renderTokens, type MarkdownSection } from '../obsidian-double/markdownIt';

export function testEnv(overrides: Partial<CardEnv> = {}): CardEnv {
	return {
		glossMode: 'hot',
		showBrackets: false,
		study: new StudyState(false),
		notePath: () => null,
		renderMarkdown: (text, el) => renderTokens(markdown.parse(text, {}), el, {}),
		...overrides,
	};
}

export interface RenderedNote {
	lesson: Lesson;
	container: HTMLElement;
	sections: MarkdownSection[];
}

/**
 * Each block gets its own element holding the markdown rendering of its lines, is post-processed
 * while detached, then takes its place in the container. `order` lists the blocks in the order
 * they are processed, `chunk` how many are processed before they are attached (lazy rendering).
 */
export function renderNote(text: string, env: CardEnv = testEnv(), order?: number[], chunk = Infinity): RenderedNote {
	const lesson = parseLesson(text);
	const sections = markdownSections(text);
	const container = createDiv({ cls: 'markdown-preview-section' });
	const slots = sections.map(() => container.createDiv({ cls: 'bl-test-slot' }));
	const sequence = order ?? sections.map((_, i) => i);
	for (let from = 0; from < sequence.length; from += chunk) {
		const batch = sequence.slice(from, from + chunk).map((i) => {
			const el = createDiv();
			renderTokens(sections[i].tokens, el, {});
			renderBlock(el, planBlock(lesson, sections[i].lineStart, sections[i].lineEnd), lesson, env);
			return { i, el };
		});
		for (const { i, el } of batch) slots[i].replaceWith(el);
	}
	return { lesson, container, sections };
}

/** The card blocks of unit `n`, in document order. */
export function blocksOf(container: HTMLElement, n: number): HTMLElement[] {
	return container.findAll(`.bl-card-block[data-bl-unit="${n}"]`);
}
