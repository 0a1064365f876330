import { normalizePath, TFile, type Vault } from 'obsidian';
import type { NoteFiles } from '../../core/noteFiles';

/** The vault behind the core's NoteFiles: reads through the cache, edits through `Vault.process`. */
export class VaultNoteFiles implements NoteFiles {
	constructor(private readonly vault: Vault) {}

	list(): string[] {
		return this.vault.getFiles().map((file) => file.path);
	}

	read(path: string): Promise<string> {
		return this.vault.cachedRead(this.file(path));
	}

	async create(path: string, text: string): Promise<void> {
		const normalized = normalizePath(path);
		const folders = normalized.split('/').slice(0, -1);
		for (let i = 1; i <= folders.length; i++) {
			const folder = folders.slice(0, i).join('/');
			if (!this.vault.getAbstractFileByPath(folder)) await this.vault.createFolder(folder);
		}
		await this.vault.create(normalized, text);
	}

	process(path: string, fn: (text: string) => string): Promise<string> {
		return this.vault.process(this.file(path), fn);
	}

	private file(path: string): TFile {
		const file = this.vault.getAbstractFileByPath(normalizePath(path));
		if (!(file instanceof TFile)) throw new Error(`${path} is not a file in the vault`);
		return file;
	}
}
