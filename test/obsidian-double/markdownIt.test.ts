// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { markdown, renderTokens } from './markdownIt';

const render = (text: string) => {
	const el = createDiv();
	renderTokens(markdown.parse(text, {}), el, { resolves: (link) => link.startsWith('Lesson') });
	return el.innerHTML;
};

describe('Obsidian-flavoured markdown', () => {
	it('renders wikilinks, resolved or not, highlights, and hides comments and block ids', () => {
		expect(render('See [[Lesson#^unit-1|unit 1]] and [[Nowhere]].')).toBe(
			'<p>See <a data-href="Lesson#^unit-1" href="Lesson#^unit-1" class="internal-link" target="_blank" rel="noopener">unit 1</a> and <a data-href="Nowhere" href="Nowhere" class="internal-link is-unresolved" target="_blank" rel="noopener">Nowhere</a>.</p>',
		);
		expect(render('run the ==**inference** layer==. %% hidden %% ^unit-1')).toBe('<p>run the <mark><strong>inference</strong> layer</mark>. </p>');
	});
});
