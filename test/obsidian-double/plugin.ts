import type * as O from 'obsidian';
import type { Extension } from '@codemirror/state';
import type { App } from './app';
import { Component } from './component';
import type { SettingTab } from './setting';
import { setIcon } from './util';

type PluginKeys = 'manifest' | 'loadData' | 'saveData' | 'addCommand' | 'removeCommand' | 'addRibbonIcon' | 'addStatusBarItem' | 'registerView' | 'registerMarkdownPostProcessor' | 'registerEditorExtension' | 'registerExtensions' | 'registerHoverLinkSource' | 'onUserEnable';

/**
 * Obsidian's `Plugin`. What it registers goes to `app.registry` (and away again when it unloads),
 * where the double's views and tests find it; data is kept in memory as JSON, like data.json.
 */
export abstract class Plugin extends Component implements Pick<O.Plugin, PluginKeys> {
	constructor(
		readonly app: App,
		readonly manifest: O.PluginManifest,
	) {
		super();
	}

	async loadData(): Promise<unknown> {
		const saved = this.app.registry.pluginData.get(this.manifest.id);
		return saved === undefined ? null : (JSON.parse(saved) as unknown);
	}

	async saveData(data: unknown): Promise<void> {
		this.app.registry.pluginData.set(this.manifest.id, JSON.stringify(data));
	}

	addCommand(command: O.Command): O.Command {
		const full = { ...command, id: `${this.manifest.id}:${command.id}`, name: `${this.manifest.name}: ${command.name}` };
		this.app.registry.commands.set(full.id, full);
		this.register(() => this.app.registry.commands.delete(full.id));
		return full;
	}

	removeCommand(commandId: string): void {
		this.app.registry.commands.delete(`${this.manifest.id}:${commandId}`);
	}

	addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = createDiv({ cls: 'clickable-icon side-dock-ribbon-action', attr: { 'aria-label': title } });
		setIcon(el, icon);
		el.addEventListener('click', (evt) => void callback(evt));
		const entry = { icon, title, el };
		this.app.registry.ribbonIcons.push(entry);
		this.register(() => remove(this.app.registry.ribbonIcons, entry));
		return el;
	}

	addStatusBarItem(): HTMLElement {
		return createDiv({ cls: 'status-bar-item' });
	}

	addSettingTab(settingTab: SettingTab): void {
		this.app.registry.settingTabs.push(settingTab);
		this.register(() => remove(this.app.registry.settingTabs, settingTab));
	}

	registerView(type: string, viewCreator: O.ViewCreator): void {
		this.app.registry.views.set(type, viewCreator);
		this.register(() => this.app.registry.views.delete(type));
	}

	registerMarkdownPostProcessor(postProcessor: O.MarkdownPostProcessor, sortOrder?: number): O.MarkdownPostProcessor {
		if (sortOrder !== undefined) postProcessor.sortOrder = sortOrder;
		this.app.registry.markdownPostProcessors.push(postProcessor);
		this.register(() => remove(this.app.registry.markdownPostProcessors, postProcessor));
		return postProcessor;
	}

	/** Adds `extension` to every markdown editor, open or yet to open, until the plugin unloads. */
	registerEditorExtension(extension: Extension): void {
		this.app.registry.editorExtensions.push(extension);
		this.app.workspace.updateOptions();
		this.register(() => {
			remove(this.app.registry.editorExtensions, extension);
			this.app.workspace.updateOptions();
		});
	}

	registerExtensions(): void {}

	/** Lists `id` in the Page preview settings (its name there, whether its previews need Mod) until the plugin unloads. */
	registerHoverLinkSource(id: string, info: O.HoverLinkSource): void {
		this.app.registry.hoverLinkSources.set(id, info);
		this.register(() => this.app.registry.hoverLinkSources.delete(id));
	}

	onUserEnable(): void {}
}

function remove<T>(list: T[], item: T): void {
	const index = list.indexOf(item);
	if (index >= 0) list.splice(index, 1);
}
