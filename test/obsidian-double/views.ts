import type * as O from 'obsidian';
import { Component } from './component';
import type { WorkspaceLeaf } from './workspace';
import { setIcon } from './util';

/** Obsidian's `View`: a component shown in a leaf. */
export abstract class View extends Component implements Pick<O.View, 'app' | 'icon' | 'navigation' | 'containerEl' | 'getState' | 'setState' | 'getEphemeralState' | 'setEphemeralState' | 'getIcon' | 'onResize' | 'getDisplayText' | 'getViewType'> {
	app: O.App;
	icon = '';
	navigation = false;
	containerEl: HTMLElement;

	constructor(public leaf: WorkspaceLeaf) {
		super();
		this.app = leaf.app;
		this.containerEl = createDiv({ cls: 'workspace-leaf-content' });
	}

	abstract getViewType(): string;
	abstract getDisplayText(): string;

	async onOpen(): Promise<void> {}

	async onClose(): Promise<void> {}

	getState(): Record<string, unknown> {
		return {};
	}

	async setState(_state: unknown, _result: O.ViewStateResult): Promise<void> {}

	getEphemeralState(): Record<string, unknown> {
		return {};
	}

	setEphemeralState(_state: unknown): void {}

	getIcon(): string {
		return this.icon;
	}

	onResize(): void {}

	onPaneMenu(): void {}
}

/** Obsidian's `ItemView`: a header with actions above `contentEl`. */
export abstract class ItemView extends View implements Pick<O.ItemView, 'contentEl' | 'addAction'> {
	contentEl: HTMLElement;
	private readonly actionsEl: HTMLElement;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		const header = this.containerEl.createDiv({ cls: 'view-header' });
		header.createDiv({ cls: 'view-header-title' });
		this.actionsEl = header.createDiv({ cls: 'view-actions' });
		this.contentEl = this.containerEl.createDiv({ cls: 'view-content' });
	}

	addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = this.actionsEl.createEl('a', { cls: 'clickable-icon view-action', attr: { 'aria-label': title } });
		setIcon(el, icon);
		el.addEventListener('click', (evt) => void callback(evt));
		return el;
	}
}

/** The view of an empty leaf. */
export class EmptyView extends ItemView {
	getViewType(): string {
		return 'empty';
	}

	getDisplayText(): string {
		return 'New tab';
	}
}
