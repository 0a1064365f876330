import { TFile, type CachedMetadata, type Plugin } from 'obsidian';
import { termKey } from '../../core/termKey';

/**
 * Which note records which term: kept current from the metadata cache's frontmatter `term`, so a
 * term note is found wherever it is moved and whatever it is called.
 */
export class TermNoteIndex {
	private readonly keyByPath = new Map<string, string>();
	private readonly pathsByKey = new Map<string, Set<string>>();

	constructor(private readonly plugin: Plugin) {}

	/** Indexes the vault now and follows its changes for the plugin's lifetime. */
	start(): void {
		const { app } = this.plugin;
		const rebuild = () => {
			for (const file of app.vault.getMarkdownFiles()) this.set(file.path, app.metadataCache.getFileCache(file));
		};
		rebuild();
		app.workspace.onLayoutReady(rebuild);
		this.plugin.registerEvent(app.metadataCache.on('changed', (file, _data, cache) => this.set(file.path, cache)));
		this.plugin.registerEvent(app.metadataCache.on('deleted', (file) => this.remove(file.path)));
		this.plugin.registerEvent(
			app.vault.on('rename', (file, oldPath) => {
				this.remove(oldPath);
				if (file instanceof TFile) this.set(file.path, app.metadataCache.getFileCache(file));
			}),
		);
	}

	/** The note for a term key; when several notes record it, the first by path (as the planner keeps). */
	pathFor(key: string): string | null {
		const paths = this.pathsByKey.get(key);
		if (!paths || paths.size === 0) return null;
		return [...paths].reduce((a, b) => (b < a ? b : a));
	}

	/** Whether the note at `path` records a term (its frontmatter has `term`). */
	recordsTerm(path: string): boolean {
		return this.keyByPath.has(path);
	}

	private set(path: string, cache: CachedMetadata | null): void {
		this.remove(path);
		const term: unknown = cache?.frontmatter?.term;
		if (typeof term !== 'string' && typeof term !== 'number') return;
		const key = termKey(String(term));
		if (key === '') return;
		this.keyByPath.set(path, key);
		let paths = this.pathsByKey.get(key);
		if (!paths) this.pathsByKey.set(key, (paths = new Set()));
		paths.add(path);
	}

	private remove(path: string): void {
		const key = this.keyByPath.get(path);
		if (key === undefined) return;
		this.keyByPath.delete(path);
		this.pathsByKey.get(key)?.delete(path);
	}
}
