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
	/** Whether the post-processors have run on it (in lazy mode, not before it is drawn). */
	processed: boolean;
}

/**
 * Obsidian's reading view renderer: one `div` per block in `.markdown-preview-section`, each
 * post-processed on its own, while still detached from the document, with a context whose
 * `getSectionInfo(el)` gives the whole note and the block's lines. On re-render, blocks whose
 * text did not change keep their element (and their line numbers move); the rest are redone.
 * With the host's `sectionOrder` at `reverse`, blocks are post-processed last to first, as lazy rendering can.
 * With its `lazySections` at N, only the first N blocks are drawn (on the page, post-processed) at first,
 * as Obsidian draws only the blocks near the viewport; `applyScroll(line)` draws the blocks down to
 * that line's (and N after it) before scrolling there.
 */
export class MarkdownPreview {
	readonly containerEl: HTMLElement;
	readonly sizerEl: HTMLElement;
	private sections: RenderedSection[] = [];
	private readonly infoOf = new WeakMap<HTMLElement, RenderedSection>();
	private text = '';
	/** How many blocks, from the top, are drawn. */
	private drawn = 0;
	private contextOf: (section: RenderedSection) => O.MarkdownPostProcessorContext = () => {
		throw new Error('Nothing rendered yet');
	};

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
		this.contextOf = (section) => ({
			docId: sourcePath,
			sourcePath,
			frontmatter: yaml === null ? undefined : parseYaml(yaml),
			addChild: (child) => {
				section.children.push(child as unknown as MarkdownRenderChild);
				child.load();
			},
			getSectionInfo: (el) => this.sectionInfo(el),
		});
		const lazy = this.host.lazySections;
		this.drawn = lazy === null ? next.length : Math.min(next.length, Math.max(this.drawn, lazy));
		await this.draw(fresh);
	}

	/** Post-processes the drawn blocks not processed yet (of `among`), then puts the drawn blocks on the page. */
	private async draw(among: readonly RenderedSection[]): Promise<void> {
		const shown = this.sections.slice(0, this.drawn);
		const onPage = new Set(shown);
		const due = among.filter((s) => !s.processed && onPage.has(s));
		for (const section of this.host.sectionOrder === 'reverse' ? [...due].reverse() : due) {
			section.processed = true;
			await postProcess(this.host.postProcessors(), section.el, this.contextOf(section));
		}
		this.sizerEl.replaceChildren(...shown.map((s) => s.el));
	}

	/** Obsidian's `previewMode.applyScroll`: scrolls to a 0-based line, drawing the blocks down to it first. */
	applyScroll(line: number): void {
		const index = this.sections.findIndex((s) => s.lineEnd >= line);
		if (index < 0) return;
		this.drawn = Math.max(this.drawn, Math.min(this.sections.length, index + 1 + (this.host.lazySections ?? 0)));
		const target = this.sections[index];
		void this.draw(this.sections).then(() => target.el.scrollIntoView?.({ block: 'start' }));
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
		this.drawn = 0;
		this.sizerEl.empty();
	}

	private create(section: MarkdownSection, source: string, sourcePath: string, fresh: RenderedSection[]): RenderedSection {
		const el = createDiv({ cls: `el-${section.tag}` });
		renderTokens(section.tokens, el, { resolves: (link) => this.host.resolves(link, sourcePath) });
		const rendered: RenderedSection = { el, source, lineStart: section.lineStart, lineEnd: section.lineEnd, children: [], processed: false };
		this.infoOf.set(el, rendered);
		fresh.push(rendered);
		return rendered;
	}

	private drop(section: RenderedSection): void {
		for (const child of section.children.splice(0)) child.unload();
	}
}
