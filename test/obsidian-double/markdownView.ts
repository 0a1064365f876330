import type * as O from 'obsidian';
import { Editor } from './editor';
import { TFile } from './files';
import { MarkdownPreview } from './preview';
import type { Registry } from './registry';
import { ItemView } from './views';
import type { Vault } from './vault';
import type { WorkspaceLeaf } from './workspace';

/** Obsidian saves an edited note this long after the last change. */
export const SAVE_DELAY_MS = 2000;

/**
 * Obsidian's `MarkdownView`: the note rendered by `previewMode`, re-rendered when the file changes;
 * internal links open on click; `setEphemeralState({ line })` or `({ subpath })` scrolls to a block
 * and flashes it (`is-flashing`), as following a link does. `editor` holds the note's buffer:
 * changes to it fire `editor-change` on the workspace and are saved to the vault `SAVE_DELAY_MS`
 * after the last one (or when the view loads another file or closes). A vault write to the file
 * while the buffer has unsaved changes is what Obsidian reports as "modified externally": the
 * double keeps the buffer and counts it in `modifiedExternally`; a write to a clean buffer
 * reloads it.
 */
export class MarkdownView extends ItemView implements Pick<O.MarkdownView, 'getViewType' | 'getMode' | 'getViewData' | 'clear' | 'getDisplayText' | 'requestSave' | 'save'> {
	file: TFile | null = null;
	data = '';
	readonly previewMode: MarkdownPreview;
	readonly editor: Editor;
	/** Test helper: the line the view last scrolled to, or null. */
	scrolledToLine: number | null = null;
	/** Test helper: vault writes to the file that met unsaved changes in the editor. */
	modifiedExternally = 0;
	private rendering: Promise<void> = Promise.resolve();
	/** The text last saved to or loaded from the vault. */
	private saved = '';
	private saveTimer: ReturnType<typeof setTimeout> | null = null;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.navigation = true;
		this.icon = 'document';
		const registry = (this.app as unknown as { registry: Registry }).registry;
		this.previewMode = new MarkdownPreview(registry, this.contentEl, (full) => this.rerender(full));
		this.previewMode.containerEl.addEventListener('click', (evt) => this.followLink(evt));
		this.editor = new Editor('', () => this.edited());
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
		return this.editor.getValue();
	}

	/** Whether the editor holds changes not yet saved to the vault. */
	get dirty(): boolean {
		return this.editor.getValue() !== this.saved;
	}

	requestSave(): void {
		if (this.saveTimer !== null) clearTimeout(this.saveTimer);
		this.saveTimer = setTimeout(() => void this.save(), SAVE_DELAY_MS);
	}

	async save(): Promise<void> {
		if (this.saveTimer !== null) clearTimeout(this.saveTimer);
		this.saveTimer = null;
		if (!this.file || !this.dirty) return;
		this.saved = this.editor.getValue();
		await this.vault.modify(this.file, this.saved);
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
		this.registerEvent(
			this.vault.on('modify', (file) => {
				if (file !== this.file || !this.file) return;
				this.reload(this.file);
				void this.rerender(false);
			}),
		);
		this.registerEvent(this.vault.on('delete', (file) => file === this.file && this.leaf.detach()));
	}

	override async onClose(): Promise<void> {
		await this.save();
		this.previewMode.clear();
	}

	/** Shows `file`, rendered; resolves when every block is post-processed. */
	async loadFile(file: TFile): Promise<void> {
		await this.save();
		// Loading a note is not an edit: no editor-change while `file` is unset.
		this.file = null;
		this.saved = this.vault.peek(file) ?? '';
		this.editor.setValue(this.saved);
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

	private edited(): void {
		if (!this.file) return;
		this.app.workspace.trigger('editor-change', this.editor, this);
		if (this.dirty) this.requestSave();
	}

	/** The vault's text of the file after a write: the buffer follows it, unless it has changes of its own. */
	private reload(file: TFile): void {
		const text = this.vault.peek(file) ?? '';
		if (text === this.editor.getValue()) {
			this.saved = text;
			return;
		}
		if (this.dirty) {
			this.modifiedExternally++;
			return;
		}
		this.saved = text;
		this.editor.setValue(text);
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
