import type * as O from 'obsidian';
import { Events, type Callback, type EventRef } from './events';
import type { TFile } from './files';
import { MarkdownView } from './markdownView';
import type { Registry } from './registry';
import { parseLinktext } from './util';
import { EmptyView, type View } from './views';

export type Side = 'root' | 'left' | 'right';

/** Obsidian's `WorkspaceLeaf`: holds one view, in the main area or a side dock. */
export class WorkspaceLeaf extends Events implements Pick<O.WorkspaceLeaf, 'getViewState' | 'setViewState' | 'openFile' | 'detach' | 'setPinned' | 'togglePinned' | 'getDisplayText' | 'getIcon' | 'onResize' | 'loadIfDeferred' | 'isDeferred' | 'getEphemeralState' | 'setEphemeralState' | 'setGroup'> {
	readonly containerEl: HTMLElement;
	view: View;
	pinned = false;
	readonly isDeferred = false;

	constructor(
		readonly app: O.App,
		private readonly workspace: Workspace,
		readonly side: Side,
	) {
		super();
		this.containerEl = createDiv({ cls: 'workspace-leaf' });
		this.view = new EmptyView(this);
		this.mount(this.view);
	}

	getViewState(): O.ViewState {
		return { type: this.view.getViewType(), state: this.view.getState(), pinned: this.pinned };
	}

	/** Replaces the view by a new one of `viewState.type` (unless it already has that type), then sets its state. */
	async setViewState(viewState: O.ViewState, eState?: unknown): Promise<void> {
		if (this.view.getViewType() !== viewState.type) await this.open(this.createView(viewState.type));
		await this.view.setState(viewState.state ?? {}, { history: false });
		if (eState) this.view.setEphemeralState(eState);
		if (viewState.active) this.workspace.setActiveLeaf(this);
		this.workspace.trigger('layout-change');
	}

	async open(view: View): Promise<View> {
		await this.closeView();
		this.view = view;
		this.mount(view);
		view.load();
		await view.onOpen();
		return view;
	}

	async openFile(file: TFile, openState: O.OpenViewState = {}): Promise<void> {
		await this.setViewState({ type: 'markdown', state: { ...openState.state, file: file.path }, active: openState.active ?? true }, openState.eState);
		this.workspace.trigger('file-open', file);
	}

	detach(): void {
		void this.closeView();
		this.containerEl.detach();
		this.workspace.removeLeaf(this);
	}

	setPinned(pinned: boolean): void {
		this.pinned = pinned;
	}

	togglePinned(): void {
		this.pinned = !this.pinned;
	}

	setGroup(): void {}

	getDisplayText(): string {
		return this.view.getDisplayText();
	}

	getIcon(): string {
		return this.view.getIcon();
	}

	onResize(): void {
		this.view.onResize();
	}

	async loadIfDeferred(): Promise<void> {}

	getEphemeralState(): Record<string, unknown> {
		return this.view.getEphemeralState();
	}

	setEphemeralState(state: unknown): void {
		this.view.setEphemeralState(state);
	}

	private createView(type: string): View {
		if (type === 'markdown') return new MarkdownView(this);
		if (type === 'empty') return new EmptyView(this);
		const creator = this.workspace.registry.views.get(type);
		if (!creator) throw new Error(`No view registered for type ${type}`);
		return creator(this as unknown as O.WorkspaceLeaf) as unknown as View;
	}

	private mount(view: View): void {
		view.containerEl.addClass('workspace-leaf-content');
		view.containerEl.setAttr('data-type', view.getViewType());
		view.containerEl.querySelector('.view-header-title')?.setText(view.getDisplayText());
		this.containerEl.replaceChildren(view.containerEl);
	}

	private async closeView(): Promise<void> {
		await this.view.onClose();
		this.view.unload();
	}
}

/**
 * Obsidian's `Workspace`: a main area whose leaves are tabs (one shown at a time) and two side docks.
 * `containerEl` holds them all; the browser shim attaches it to the page.
 */
export class Workspace extends Events implements Pick<O.Workspace, 'containerEl' | 'layoutReady' | 'onLayoutReady' | 'getActiveFile' | 'detachLeavesOfType' | 'openLinkText' | 'updateOptions'> {
	layoutReady = false;
	activeLeaf: WorkspaceLeaf | null = null;
	private leaves: WorkspaceLeaf[] = [];
	private elements: { container: HTMLElement; splits: Record<Side, HTMLElement> } | null = null;
	private readyCallbacks: (() => unknown)[] = [];

	constructor(
		private readonly app: O.App,
		readonly registry: Registry,
	) {
		super();
	}

	/** Created on first use, so a plugin can load in tests without a DOM. */
	get containerEl(): HTMLElement {
		return this.dom().container;
	}

	on(name: 'file-open', callback: (file: TFile | null) => unknown, ctx?: unknown): EventRef;
	on(name: 'active-leaf-change', callback: (leaf: WorkspaceLeaf | null) => unknown, ctx?: unknown): EventRef;
	on(name: 'layout-change', callback: () => unknown, ctx?: unknown): EventRef;
	on(name: 'editor-change', callback: (editor: O.Editor, info: O.MarkdownView) => unknown, ctx?: unknown): EventRef;
	on(name: string, callback: Callback, ctx?: unknown): EventRef;
	on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
		return super.on(name, callback as Callback, ctx);
	}

	onLayoutReady(callback: () => unknown): void {
		if (this.layoutReady) callback();
		else this.readyCallbacks.push(callback);
	}

	/** Test helper: what Obsidian does once the layout is restored. */
	setLayoutReady(): void {
		this.layoutReady = true;
		for (const callback of this.readyCallbacks.splice(0)) callback();
	}

	/** The active main-area leaf (a new one if there is none), or a new main-area leaf when `newLeaf` is set. */
	getLeaf(newLeaf?: boolean | 'tab' | 'split' | 'window'): WorkspaceLeaf {
		const current = this.activeLeaf?.side === 'root' ? this.activeLeaf : this.leaves.find((l) => l.side === 'root');
		if (!newLeaf && current && !current.pinned) return current;
		const leaf = this.addLeaf('root');
		this.setActiveLeaf(leaf);
		return leaf;
	}

	getRightLeaf(_split: boolean): WorkspaceLeaf {
		return this.addLeaf('right');
	}

	getLeftLeaf(_split: boolean): WorkspaceLeaf {
		return this.addLeaf('left');
	}

	async ensureSideLeaf(type: string, side: 'left' | 'right', options: { active?: boolean; reveal?: boolean; state?: Record<string, unknown> } = {}): Promise<WorkspaceLeaf> {
		const leaf = this.getLeavesOfType(type)[0] ?? this.addLeaf(side);
		await leaf.setViewState({ type, state: options.state, active: options.active });
		if (options.reveal !== false) await this.revealLeaf(leaf);
		return leaf;
	}

	getLeavesOfType(viewType: string): WorkspaceLeaf[] {
		return this.leaves.filter((l) => l.view.getViewType() === viewType);
	}

	detachLeavesOfType(viewType: string): void {
		for (const leaf of this.getLeavesOfType(viewType)) leaf.detach();
	}

	iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const leaf of [...this.leaves]) callback(leaf);
	}

	iterateRootLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const leaf of this.leaves.filter((l) => l.side === 'root')) callback(leaf);
	}

	/** Shows `leaf` (the tab in front, or its side dock open) and makes it active. */
	async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		this.setActiveLeaf(leaf);
		this.trigger('layout-change');
	}

	setActiveLeaf(leaf: WorkspaceLeaf): void {
		for (const other of this.leaves.filter((l) => l.side === leaf.side)) other.containerEl.toggleClass('is-hidden', other !== leaf && leaf.side === 'root');
		this.dom().splits[leaf.side].removeClass('is-collapsed');
		if (this.activeLeaf === leaf) return;
		this.activeLeaf = leaf;
		this.trigger('active-leaf-change', leaf);
	}

	getActiveViewOfType<T extends View>(type: abstract new (...args: never[]) => T): T | null {
		const view = this.activeLeaf?.view;
		return view instanceof type ? view : null;
	}

	getActiveFile(): TFile | null {
		return this.getActiveViewOfType(MarkdownView)?.file ?? null;
	}

	/** Opens the note a link points to (creating it when it does not exist, as Obsidian does) at the link's heading or block. */
	async openLinkText(linktext: string, sourcePath: string, newLeaf?: boolean | 'tab' | 'split' | 'window', openViewState: O.OpenViewState = {}): Promise<void> {
		const { path, subpath } = parseLinktext(linktext);
		const vault = this.app.vault;
		const file = this.app.metadataCache.getFirstLinkpathDest(path, sourcePath) ?? (await vault.create(path.endsWith('.md') ? path : `${path}.md`, ''));
		const eState = subpath ? { ...openViewState.eState, subpath } : openViewState.eState;
		await this.getLeaf(newLeaf).openFile(file as unknown as TFile, { ...openViewState, eState });
	}

	/** Reconfigures every markdown editor with the editor extensions registered now. */
	updateOptions(): void {
		for (const leaf of this.getLeavesOfType('markdown')) if (leaf.view instanceof MarkdownView) leaf.view.reconfigureEditor();
	}

	/** Called by a leaf when it is detached. */
	removeLeaf(leaf: WorkspaceLeaf): void {
		this.leaves = this.leaves.filter((l) => l !== leaf);
		if (this.activeLeaf === leaf) this.activeLeaf = null;
		this.trigger('layout-change');
	}

	private addLeaf(side: Side): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app, this, side);
		this.leaves.push(leaf);
		this.dom().splits[side].appendChild(leaf.containerEl);
		return leaf;
	}

	private dom(): { container: HTMLElement; splits: Record<Side, HTMLElement> } {
		if (this.elements) return this.elements;
		const container = createDiv({ cls: 'workspace' });
		const splits = {
			left: container.createDiv({ cls: 'workspace-split mod-horizontal mod-sidedock mod-left-split' }),
			root: container.createDiv({ cls: 'workspace-split mod-vertical mod-root' }),
			right: container.createDiv({ cls: 'workspace-split mod-horizontal mod-sidedock mod-right-split' }),
		};
		this.elements = { container, splits };
		return this.elements;
	}
}
