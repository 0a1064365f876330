import type * as O from 'obsidian';
import type { App, MarkdownView } from '../../obsidian-double/obsidian';
import type { ViewMode } from '../../obsidian-double/markdownView';
import type { IconNodes } from '../../obsidian-double/util';

/** What the page is given (vault.js): the manifest, the vault's files, and the note to open first. */
export interface SiteData {
	manifest: O.PluginManifest;
	files: Record<string, string>;
	open: string | null;
}

/** The page's globals: what vault.js and plugin.js set, and the API the shim exposes. */
export interface ShimWindow {
	shimData: SiteData;
	/** Lucide's icons (icons.js), which Obsidian's setIcon draws from. */
	shimIcons: IconNodes;
	/** main.js wrapped in a CommonJS function by ../site.ts. */
	shimPlugin: (module: { exports: unknown }, exports: unknown, require: (name: string) => unknown) => void;
	shim: ShimApi;
}

/** What the page offers tests and curious readers, as `window.shim`. */
export interface ShimApi {
	app: App;
	plugin: O.Plugin;
	/** Opens a note in the main leaf (in reading view unless told); resolves once it is rendered and post-processed. */
	openNote(path: string, mode?: ViewMode): Promise<void>;
	/** Switches the active view to reading view, Live Preview or source mode. */
	setMode(mode: ViewMode): Promise<void>;
	/** The active markdown view (its `editMode.cm` is the CodeMirror editor while editing). */
	activeView(): MarkdownView | null;
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
