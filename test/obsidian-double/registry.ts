import type * as O from 'obsidian';
import type { Extension } from '@codemirror/state';
import type { RenderHost } from './markdownRenderer';
import type { MetadataCache } from './metadataCache';
import type { SettingTab } from './setting';
import { getLinkpath } from './util';

export interface RibbonIcon {
	icon: string;
	title: string;
	el: HTMLElement;
}

/** What plugins registered with the app, for the double's views and for tests to read and run. */
export class Registry implements RenderHost {
	readonly views = new Map<string, O.ViewCreator>();
	readonly markdownPostProcessors: O.MarkdownPostProcessor[] = [];
	/** What every markdown editor is configured with (see Workspace.updateOptions). */
	readonly editorExtensions: Extension[] = [];
	/** Commands by full id (`plugin-id:command-id`). */
	readonly commands = new Map<string, O.Command>();
	readonly settingTabs: SettingTab[] = [];
	readonly ribbonIcons: RibbonIcon[] = [];
	/** The sources of `hover-link` events the Page preview settings list, by id. */
	readonly hoverLinkSources = new Map<string, O.HoverLinkSource>();
	/** Saved plugin data by plugin id, as JSON (what data.json would hold). */
	readonly pluginData = new Map<string, string>();
	sectionOrder: 'document' | 'reverse' = 'document';
	lazySections: number | null = null;

	constructor(private readonly metadataCache: MetadataCache) {}

	postProcessors(): O.MarkdownPostProcessor[] {
		return this.markdownPostProcessors;
	}

	resolves(linktext: string, sourcePath: string): boolean {
		return this.metadataCache.getFirstLinkpathDest(getLinkpath(linktext), sourcePath) !== null;
	}

	/** Runs a command by full or short id as the command palette would; fails if it is unavailable. */
	async runCommand(id: string): Promise<void> {
		const command = this.commands.get(id) ?? [...this.commands.values()].find((c) => c.id.endsWith(`:${id}`));
		if (!command) throw new Error(`No command ${id}; registered: ${[...this.commands.keys()].join(', ')}`);
		if (command.callback) return void (await Promise.resolve(command.callback()));
		if (command.checkCallback) {
			if (!command.checkCallback(true)) throw new Error(`Command ${id} is not available now`);
			return void command.checkCallback(false);
		}
		throw new Error(`Command ${id} needs an editor, which the double does not have`);
	}
}
