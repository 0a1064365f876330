import type * as O from 'obsidian';
import { markdownSections, renderTokens, type MarkdownSection } from './markdownIt';
import { postProcess, type MarkdownRenderChild, type RenderHost } from './markdownRenderer';
import { parseYaml, splitFrontmatter } from './yaml';

interface RenderedSection {
	el: HTMLElement;
	/** The section's source text; a section whose text is unchanged is kept, not rendered again. */
	source: string;
	lineStart: number;
	lineEnd: number;
	children: MarkdownRenderChild[];
}

/**
 * Obsidian's reading view renderer: one `div` per block in `.markdown-preview-section`, each
 * post-processed on its own, while still detached from the document, with a context whose
 * `getSectionInfo(el)` gives the whole note and the block's lines. On re-render, blocks whose
 * text did not change keep their element (and their line numbers move); the rest are redone.
 * With the host's `sectionOrder` at `reverse`, blocks are post-processed last to first, as lazy rendering can.
 */
export class MarkdownPreview {
	readonly containerEl: HTMLElement;
	readonly sizerEl: HTMLElement;
	private sections: RenderedSection[] = [];
	private readonly infoOf = new WeakMap<HTMLElement, RenderedSection>();
	private text = '';

	constructor(
		private readonly host: RenderHost,
		parentEl: HTMLElement,
		private readonly reload: (full: boolean) => Promise<void>,
	) {
		this.containerEl = parentEl.createDiv({ cls: 'markdown-reading-view' });
		const view = this.containerEl.createDiv({ cls: 'markdown-preview-view markdown-rendered' });
		this.sizerEl = view.createDiv({ cls: 'markdown-preview-sizer markdown-preview-section' });
	}

	/** Renders `text` (the note at `sourcePath`), reusing unchanged blocks unless `full`. */
	async render(text: string, sourcePath: string, full = false): Promise<void> {
		this.text = text;
		const lines = text.split('\n');
		const reusable = full ? [] : this.sections;
		const fresh: RenderedSection[] = [];
		const next = markdownSections(text).map((section) => {
			const source = lines.slice(section.lineStart, section.lineEnd + 1).join('\n');
			const kept = reusable.findIndex((s) => s.source === source);
			const rendered = kept >= 0 ? reusable.splice(kept, 1)[0] : this.create(section, source, sourcePath, fresh);
			return Object.assign(rendered, { lineStart: section.lineStart, lineEnd: section.lineEnd });
		});
		for (const dropped of [...reusable, ...(full ? this.sections : [])]) this.drop(dropped);
		this.sections = next;
		const { yaml } = splitFrontmatter(text);
		const ctx = (section: RenderedSection): O.MarkdownPostProcessorContext => ({
			docId: sourcePath,
			sourcePath,
			frontmatter: yaml === null ? undefined : parseYaml(yaml),
			addChild: (child) => {
				section.children.push(child as unknown as MarkdownRenderChild);
				child.load();
			},
			getSectionInfo: (el) => this.sectionInfo(el),
		});
		for (const section of this.host.sectionOrder === 'reverse' ? [...fresh].reverse() : fresh) await postProcess(this.host.postProcessors(), section.el, ctx(section));
		this.sizerEl.replaceChildren(...next.map((s) => s.el));
	}

	/** Obsidian's `previewMode.rerender`: renders the note's current text again (every block when `full`). */
	rerender(full = false): void {
		void this.reload(full);
	}

	/** What Obsidian's `getSectionInfo` answers for a block element of this view (null for any other element). */
	sectionInfo(el: HTMLElement): O.MarkdownSectionInformation | null {
		const section = this.infoOf.get(el);
		return section && this.sections.includes(section) ? { text: this.text, lineStart: section.lineStart, lineEnd: section.lineEnd } : null;
	}

	/** The block element holding `line`, or the first one after it. */
	sectionAt(line: number): HTMLElement | null {
		return this.sections.find((s) => s.lineEnd >= line)?.el ?? null;
	}

	/** Unloads every block's render children. */
	clear(): void {
		for (const section of this.sections) this.drop(section);
		this.sections = [];
		this.sizerEl.empty();
	}

	private create(section: MarkdownSection, source: string, sourcePath: string, fresh: RenderedSection[]): RenderedSection {
		const el = createDiv({ cls: `el-${section.tag}` });
		renderTokens(section.tokens, el, { resolves: (link) => this.host.resolves(link, sourcePath) });
		const rendered: RenderedSection = { el, source, lineStart: section.lineStart, lineEnd: section.lineEnd, children: [] };
		this.infoOf.set(el, rendered);
		fresh.push(rendered);
		return rendered;
	}

	private drop(section: RenderedSection): void {
		for (const child of section.children.splice(0)) child.unload();
	}
}
