import type * as O from 'obsidian';
import type { App } from '../../obsidian-double/obsidian';

/** What the page is given (vault.js): the manifest, the vault's files, and the note to open first. */
export interface SiteData {
	manifest: O.PluginManifest;
	files: Record<string, string>;
	open: string | null;
}

/** The page's globals: what vault.js and plugin.js set, and the API the shim exposes. */
export interface ShimWindow {
	shimData: SiteData;
	/** main.js wrapped in a CommonJS function by ../site.ts. */
	shimPlugin: (module: { exports: unknown }, exports: unknown, require: (name: string) => unknown) => void;
	shim: ShimApi;
}

/** What the page offers tests and curious readers, as `window.shim`. */
export interface ShimApi {
	app: App;
	plugin: O.Plugin;
	/** Opens a note in the main leaf; resolves once it is rendered and post-processed. */
	openNote(path: string): Promise<void>;
	/** Resolves when the metadata cache and every open reading view have caught up. */
	rendered(): Promise<void>;
	/** Runs a command by full or short id, as the command palette would. */
	runCommand(id: string): Promise<void>;
	/** Shows the plugin's settings tab in a modal. */
	openSettings(): void;
	/** Every notice shown so far. */
	notices: string[];
	/** Every `hover-link` the workspace was asked for (what Obsidian's page preview would show). */
	hoverLinks: { source: string; linktext: string; sourcePath: string }[];
}
