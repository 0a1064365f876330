import { normalizePath, type DataAdapter } from 'obsidian';
import type { BaseContext } from '../context';

/**
 * The persisted glossary index: one file in the plugin's own folder, read and written through the vault's
 * adapter (desktop and mobile alike). Not in data.json: settings are loaded in `onload`, the index is not.
 */
export class IndexStore {
	private readonly path: string;
	private readonly adapter: DataAdapter;

	constructor(ctx: BaseContext) {
		const { app } = ctx;
		const { manifest } = ctx.plugin;
		this.adapter = app.vault.adapter;
		this.path = normalizePath(`${manifest.dir ?? `${app.vault.configDir}/plugins/${manifest.id}`}/glossary-index.json`);
	}

	/** The stored text, or null when there is none or it cannot be read (then the index is built anew). */
	async read(): Promise<string | null> {
		try {
			return (await this.adapter.exists(this.path)) ? await this.adapter.read(this.path) : null;
		} catch {
			return null;
		}
	}

	/** Stores the index; a failure only costs the next start a full build. */
	async write(text: string): Promise<void> {
		try {
			await this.adapter.write(this.path, text);
		} catch (error) {
			console.warn('Bilingual Lessons: could not save the glossary index', error);
		}
	}
}
