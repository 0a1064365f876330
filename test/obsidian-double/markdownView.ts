import type * as O from 'obsidian';
import { TFile } from './files';
import { MarkdownPreview } from './preview';
import type { Registry } from './registry';
import { ItemView } from './views';
import type { Vault } from './vault';
import type { WorkspaceLeaf } from './workspace';

/**
 * Obsidian's `MarkdownView`, in reading view only: the note rendered by `previewMode`, re-rendered
 * when the file changes; internal links open on click; `setEphemeralState({ line })` or
 * `({ subpath })` scrolls to a block and flashes it (`is-flashing`), as following a link does.
 */
export class MarkdownView extends ItemView implements Pick<O.MarkdownView, 'getViewType' | 'getMode' | 'getViewData' | 'clear' | 'getDisplayText'> {
	file: TFile | null = null;
	data = '';
	readonly previewMode: MarkdownPreview;
	/** Test helper: the line the view last scrolled to, or null. */
	scrolledToLine: number | null = null;
	private rendering: Promise<void> = Promise.resolve();

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.navigation = true;
		this.icon = 'document';
		const registry = (this.app as unknown as { registry: Registry }).registry;
		this.previewMode = new MarkdownPreview(registry, this.contentEl, (full) => this.rerender(full));
		this.previewMode.containerEl.addEventListener('click', (evt) => this.followLink(evt));
	}

	get currentMode(): MarkdownPreview {
		return this.previewMode;
	}

	getViewType(): string {
		return 'markdown';
	}

	getMode(): 'preview' {
		return 'preview';
	}

	getDisplayText(): string {
		return this.file?.basename ?? 'No file';
	}

	getViewData(): string {
		return this.data;
	}

	clear(): void {
		this.previewMode.clear();
	}

	override getState(): Record<string, unknown> {
		return { file: this.file?.path ?? null, mode: 'preview' };
	}

	override async setState(state: unknown): Promise<void> {
		const path = (state as { file?: string } | null)?.file;
		const file = path ? this.vault.getFileByPath(path) : null;
		if (file && file !== this.file) await this.loadFile(file);
	}

	override setEphemeralState(state: unknown): void {
		const { line, subpath } = (state ?? {}) as { line?: number; subpath?: string };
		const target = typeof line === 'number' ? line : this.subpathLine(subpath);
		if (target !== null) void this.rendering.then(() => this.scrollTo(target));
	}

	override onload(): void {
		this.registerEvent(this.vault.on('modify', (file) => file === this.file && void this.rerender(false)));
		this.registerEvent(this.vault.on('delete', (file) => file === this.file && this.leaf.detach()));
	}

	override async onClose(): Promise<void> {
		this.previewMode.clear();
	}

	/** Shows `file`, rendered; resolves when every block is post-processed. */
	async loadFile(file: TFile): Promise<void> {
		this.file = file;
		this.containerEl.querySelector('.view-header-title')?.setText(file.basename);
		this.previewMode.clear();
		this.previewMode.containerEl.querySelector('.inline-title')?.detach();
		this.previewMode.sizerEl.before(createDiv({ cls: 'inline-title', text: file.basename }));
		await this.rerender(true);
	}

	/** Renders the file's current text again (all blocks when `full`), as `previewMode.rerender` does. */
	rerender(full: boolean): Promise<void> {
		// A failed render is reported to its caller; the next one still runs.
		this.rendering = this.rendering.catch(() => undefined).then(async () => {
			if (!this.file) return;
			this.data = await this.vault.cachedRead(this.file);
			await this.previewMode.render(this.data, this.file.path, full);
		});
		return this.rendering;
	}

	/** Test helper: resolves when pending renders are done. */
	whenRendered(): Promise<void> {
		return this.rendering;
	}

	private get vault(): Vault {
		return this.app.vault as unknown as Vault;
	}

	private subpathLine(subpath: string | undefined): number | null {
		if (!subpath || !this.file) return null;
		const cache = this.app.metadataCache.getFileCache(this.file);
		const name = subpath.replace(/^#/, '');
		if (name.startsWith('^')) return cache?.blocks?.[name.slice(1).toLowerCase()]?.position.start.line ?? null;
		return cache?.headings?.find((h) => h.heading === name)?.position.start.line ?? null;
	}

	private scrollTo(line: number): void {
		const el = this.previewMode.sectionAt(line);
		if (!el) return;
		this.scrolledToLine = line;
		el.scrollIntoView?.({ block: 'start' });
		el.addClass('is-flashing');
		setTimeout(() => el.removeClass('is-flashing'), 2000);
	}

	private followLink(evt: MouseEvent): void {
		const link = (evt.target as HTMLElement).closest('a.internal-link');
		const href = link?.getAttribute('data-href');
		if (!href || !this.file) return;
		evt.preventDefault();
		void this.app.workspace.openLinkText(href, this.file.path, evt.ctrlKey || evt.metaKey);
	}
}
