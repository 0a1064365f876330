import { Component } from './component';
import type { App } from './app';
import { markdownSections, renderTokens } from './markdownIt';
import { postProcess } from './markdownRenderer';
import { parseLinktext } from './util';

/**
 * Obsidian's page preview (or embed) of a link to one block, `note#^id`: the block alone, rendered
 * and post-processed, each section's info holding the block's own text with lines counted from it
 * (as Obsidian's does). Resolves to the preview's element and the component its children live in,
 * or null when the link names no block.
 */
export async function renderBlockPreview(app: App, linktext: string, sourcePath: string): Promise<{ el: HTMLElement; component: Component } | null> {
	const { path, subpath } = parseLinktext(linktext);
	const file = app.metadataCache.getFirstLinkpathDest(path, sourcePath);
	const id = subpath.startsWith('#^') ? subpath.slice(2).toLowerCase() : null;
	const block = file && id ? app.metadataCache.getFileCache(file)?.blocks?.[id] : undefined;
	if (!file || !block) return null;
	const text = (await app.vault.cachedRead(file)).split('\n').slice(block.position.start.line, block.position.end.line + 1).join('\n');
	const component = new Component();
	component.load();
	const el = createDiv({ cls: 'markdown-embed-content' });
	for (const section of markdownSections(text)) {
		const sectionEl = el.createDiv();
		renderTokens(section.tokens, sectionEl, {});
		await postProcess(app.registry.postProcessors(), sectionEl, {
			docId: `preview-${linktext}`,
			sourcePath: file.path,
			frontmatter: undefined,
			addChild: (child) => component.addChild(child),
			getSectionInfo: (target) => (target === sectionEl ? { text, lineStart: section.lineStart, lineEnd: section.lineEnd } : null),
		});
	}
	return { el, component };
}
