import { TFile, type TAbstractFile } from 'obsidian';
import { GlossaryIndex } from '../../core/glossary/glossaryIndex';
import type BilingualLessonsPlugin from '../../main';

/**
 * Feeds the glossary index from the vault: every markdown file once the layout is ready, then only the file
 * that changed (metadata-cache `changed` for creations and edits, vault `rename` and `delete`).
 */
export class GlossaryIndexer {
	readonly index = new GlossaryIndex();
	private generation = 0;

	constructor(private readonly plugin: BilingualLessonsPlugin) {}

	start(): void {
		const { app } = this.plugin;
		app.workspace.onLayoutReady(() => {
			void this.rebuild();
			this.plugin.registerEvent(app.metadataCache.on('changed', (file, data) => this.indexText(file, data)));
			this.plugin.registerEvent(app.vault.on('rename', (file, oldPath) => this.renamed(file, oldPath)));
			this.plugin.registerEvent(app.vault.on('delete', (file) => this.deleted(file)));
			// Another analysis label changes what parses as a lesson.
			this.plugin.onSettingsChanged(() => void this.rebuild());
		});
	}

	/**
	 * Re-indexes every markdown file in place (the view keeps showing the old entries meanwhile), then drops
	 * lessons no longer found. A newer rebuild supersedes an unfinished one.
	 */
	async rebuild(): Promise<void> {
		const generation = ++this.generation;
		const { vault } = this.plugin.app;
		const seen = new Set<string>();
		for (const file of vault.getMarkdownFiles()) {
			let text: string;
			try {
				text = await vault.cachedRead(file);
			} catch {
				continue; // deleted while we were reading: its delete event settles it
			}
			if (generation !== this.generation) return;
			seen.add(file.path);
			this.indexText(file, text);
		}
		for (const lesson of this.index.lessons()) if (!seen.has(lesson.path)) this.index.delete(lesson.path);
	}

	private indexText(file: TFile, text: string): void {
		if (file.extension !== 'md') return;
		this.index.setLesson(file.path, this.plugin.lessons.get(file.path, text), file.stat.mtime);
	}

	private renamed(file: TAbstractFile, oldPath: string): void {
		if (!(file instanceof TFile)) return;
		this.plugin.lessons.rename(oldPath, file.path);
		this.index.rename(oldPath, file.path);
	}

	private deleted(file: TAbstractFile): void {
		if (!(file instanceof TFile)) return;
		this.plugin.lessons.delete(file.path);
		this.index.delete(file.path);
	}
}
