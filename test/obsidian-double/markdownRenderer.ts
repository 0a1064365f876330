import type * as O from 'obsidian';
import { Component } from './component';
import { markdown, renderTokens } from './markdownIt';

/** Obsidian's `MarkdownRenderChild`: a component tied to a rendered element. */
export class MarkdownRenderChild extends Component implements O.MarkdownRenderChild {
	constructor(public containerEl: HTMLElement) {
		super();
	}
}

/** The host parts a render needs: registered post-processors and link resolution. */
export interface RenderHost {
	postProcessors(): O.MarkdownPostProcessor[];
	/** The order the reading view post-processes a note's blocks in: `reverse` stands for lazy, out-of-order rendering. */
	sectionOrder: 'document' | 'reverse';
	/** Null: the reading view draws every block; N: the first N, then more as it scrolls (Obsidian's lazy rendering). */
	lazySections: number | null;
	resolves(linktext: string, sourcePath: string): boolean;
}

/** Runs `processors` (sorted by `sortOrder`) on `el`; a failing one is logged, like Obsidian does. */
export async function postProcess(processors: O.MarkdownPostProcessor[], el: HTMLElement, ctx: O.MarkdownPostProcessorContext): Promise<void> {
	const sorted = [...processors].sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0));
	for (const processor of sorted) {
		try {
			await processor(el, ctx);
		} catch (error) {
			console.error(error);
		}
	}
}

/**
 * Obsidian's `MarkdownRenderer.render`: markdown into `el`, then the registered post-processors
 * (whose context has no section info, as outside the reading view). Text only: no embeds.
 */
export class MarkdownRenderer {
	static async render(app: O.App, text: string, el: HTMLElement, sourcePath: string, component: O.Component): Promise<void> {
		const host = (app as unknown as { registry: RenderHost }).registry;
		const env = { resolves: (link: string) => host.resolves(link, sourcePath) };
		renderTokens(markdown.parse(text, env), el, env);
		await postProcess(host.postProcessors(), el, {
			docId: `render-${Math.random().toString(36).slice(2)}`,
			sourcePath,
			frontmatter: null,
			addChild: (child) => component.addChild(child),
			getSectionInfo: () => null,
		});
	}
}
