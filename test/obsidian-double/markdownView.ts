import type * as O from 'obsidian';
import { MarkdownEditMode } from './editMode';
import { Editor } from './editor';
import { TFile } from './files';
import { MarkdownPreview } from './preview';
import type { Registry } from './registry';
import { ItemView } from './views';
import type { Vault } from './vault';
import type { WorkspaceLeaf } from './workspace';

/** Obsidian saves an edited note this long after the last change. */
export const SAVE_DELAY_MS = 2000;

/** The view's mode, as its state says it: reading view, or the editor in Live Preview or source mode. */
export type ViewMode = 'preview' | 'live' | 'source';

/**
 * Obsidian's `MarkdownView`: in reading view (the double's default) the note rendered by
 * `previewMode`, re-rendered when the file changes; internal links open on click. In Live Preview or
 * source mode, a CodeMirror editor (`editMode`) with the plugins' editor extensions shows `editor`'s
 * buffer, each kept in step with the other. The state's `mode` is `preview` or `source`, and
 * `source: false` means Live Preview, as in Obsidian. `setEphemeralState({ line })` or
 * `({ subpath })` goes to a block: the reading view scrolls to it and flashes it (`is-flashing`), as
 * following a link does; the editor puts the cursor there. `editor` holds the note's buffer:
 * changes to it fire `editor-change` on the workspace and are saved to the vault `SAVE_DELAY_MS`
 * after the last one (or when the view loads another file or closes). A vault write to the file
 * while the buffer has unsaved changes is what Obsidian reports as "modified externally": the
 * double keeps the buffer and counts it in `modifiedExternally`; a write to a clean buffer
 * reloads it.
 */
export class MarkdownView extends ItemView implements Pick<O.MarkdownView, 'getViewType' | 'getMode' | 'getViewData' | 'clear' | 'getDisplayText' | 'requestSave' | 'save' | 'data'> {
	file: TFile | null = null;
	readonly previewMode: MarkdownPreview;
	readonly editor: Editor;
	/** The CodeMirror editor, while the view is in Live Preview or source mode. */
	editMode: MarkdownEditMode | null = null;
	private mode: ViewMode = 'preview';
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
		this.previewMode = new MarkdownPreview(this.registry, this.contentEl, (full) => this.rerender(full));
		this.previewMode.containerEl.addEventListener('click', (evt) => this.followLink(evt));
		this.editor = new Editor('', () => this.edited());
	}

	get currentMode(): MarkdownPreview | MarkdownEditMode {
		return this.editMode ?? this.previewMode;
	}

	/** What the view holds: the editor's buffer (typed, maybe not saved yet). */
	get data(): string {
		return this.editor.getValue();
	}

	getViewType(): string {
		return 'markdown';
	}

	getMode(): 'preview' | 'source' {
		return this.mode === 'preview' ? 'preview' : 'source';
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
		return { file: this.file?.path ?? null, mode: this.getMode(), source: this.mode === 'source' };
	}

	override async setState(state: unknown): Promise<void> {
		const { file: path, mode, source } = (state ?? {}) as { file?: string; mode?: string; source?: boolean };
		const file = path ? this.vault.getFileByPath(path) : null;
		if (mode === 'preview' || mode === 'source') this.setMode(mode === 'preview' ? 'preview' : source ? 'source' : 'live');
		if (file && file !== this.file) await this.loadFile(file);
	}

	/** Test helper: switches mode, as the view's mode buttons do (Obsidian then reports a layout change). */
	setMode(mode: ViewMode): void {
		if (mode === this.mode) return;
		const wasEditing = this.mode !== 'preview';
		this.mode = mode;
		if (mode === 'preview') {
			this.editMode?.destroy();
			this.editMode = null;
			this.previewMode.containerEl.hidden = false;
			if (this.file) void this.rerender(true);
		} else if (wasEditing) this.editMode?.setLivePreview(mode === 'live');
		else this.openEditor();
		this.app.workspace.trigger('layout-change');
	}

	/** Called by the workspace's `updateOptions`: the editor takes the plugins' editor extensions as they are now. */
	reconfigureEditor(): void {
		this.editMode?.reconfigure(this.registry.editorExtensions);
	}

	override setEphemeralState(state: unknown): void {
		const { line, subpath } = (state ?? {}) as { line?: number; subpath?: string };
		const target = typeof line === 'number' ? line : this.subpathLine(subpath);
		if (target === null) return;
		if (this.editMode) {
			this.scrolledToLine = target;
			this.editMode.goToLine(target);
		} else void this.rendering.then(() => this.scrollTo(target));
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
		this.editMode?.destroy();
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
			const text = await this.vault.cachedRead(this.file);
			// Obsidian renders the reading view only while it is shown.
			if (!this.editMode) await this.previewMode.render(text, this.file.path, full);
		});
		return this.rendering;
	}

	/** Test helper: resolves when pending renders are done. */
	whenRendered(): Promise<void> {
		return this.rendering;
	}

	private edited(): void {
		// While a note loads (`file` unset) the editor takes it whole, as Obsidian's does.
		this.editMode?.setText(this.editor.getValue(), this.file === null);
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

	private get registry(): Registry {
		return (this.app as unknown as { registry: Registry }).registry;
	}

	/** The editor over the buffer: what is typed in it goes into the buffer (as `+input`), and back. */
	private openEditor(): void {
		this.previewMode.clear();
		this.previewMode.containerEl.hidden = true;
		this.editMode = new MarkdownEditMode(this.contentEl, this, this.editor.getValue(), this.mode === 'live', this.registry.editorExtensions, (from, to, text) =>
			this.editor.type(text, from, to - from),
		);
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
