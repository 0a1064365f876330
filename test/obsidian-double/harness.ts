import type * as O from 'obsidian';
import manifest from '../../manifest.json';
import { App } from './app';
import type { Component } from './component';
import { MarkdownView, type ViewMode } from './markdownView';

export interface LoadOptions {
	/** Vault files, path → text. */
	files?: Record<string, string>;
	/** What the plugin's data.json holds. */
	data?: unknown;
	/** Whether the workspace layout is ready when the plugin loads (as when it is enabled later). */
	layoutReady?: boolean;
}

/**
 * Loads a plugin class into a fresh app as Obsidian does: construct with the manifest, `load()`,
 * wait for an async `onload`, then mark the layout ready.
 */
export async function loadPlugin<P extends O.Plugin>(
	PluginClass: new (app: O.App, manifest: O.PluginManifest) => P,
	{ files = {}, data, layoutReady = true }: LoadOptions = {},
): Promise<{ app: App; plugin: P }> {
	const app = new App(files);
	if (data !== undefined) app.registry.pluginData.set(manifest.id, JSON.stringify(data));
	const plugin = new PluginClass(app as unknown as O.App, manifest);
	plugin.load();
	await (plugin as unknown as Component).whenLoaded;
	if (layoutReady) app.workspace.setLayoutReady();
	await app.metadataCache.settled();
	return { app, plugin };
}

/** Opens `path` in the main leaf, in reading view unless told; resolves when every block is post-processed. */
export async function openNote(app: App, path: string, mode: ViewMode = 'preview'): Promise<MarkdownView> {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`No file ${path}`);
	const leaf = app.workspace.getLeaf(false);
	await leaf.openFile(file, { state: { mode: mode === 'preview' ? 'preview' : 'source', source: mode === 'source' } });
	if (!(leaf.view instanceof MarkdownView)) throw new Error('The leaf did not open a markdown view');
	await leaf.view.whenRendered();
	return leaf.view;
}
