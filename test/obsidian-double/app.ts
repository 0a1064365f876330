import type * as O from 'obsidian';
import { FileManager } from './fileManager';
import { MetadataCache } from './metadataCache';
import { Registry } from './registry';
import { Vault } from './vault';
import { Workspace } from './workspace';

/** Obsidian's `App` over an in-memory vault seeded with `files` (path → text). */
export class App implements Pick<O.App, 'lastEvent' | 'loadLocalStorage' | 'saveLocalStorage'> {
	readonly vault: Vault;
	readonly metadataCache: MetadataCache;
	readonly fileManager: FileManager;
	readonly workspace: Workspace;
	/** What plugins registered: views, post-processors, commands, setting tabs, data. */
	readonly registry: Registry;
	lastEvent = null;
	private readonly localStorage = new Map<string, unknown>();

	constructor(files: Record<string, string> = {}) {
		this.vault = new Vault();
		this.vault.seed(files);
		this.metadataCache = new MetadataCache(this.vault);
		this.fileManager = new FileManager(this.vault, this.metadataCache);
		this.registry = new Registry(this.metadataCache);
		this.workspace = new Workspace(this as unknown as O.App, this.registry);
	}

	loadLocalStorage(key: string): unknown {
		return this.localStorage.get(key) ?? null;
	}

	saveLocalStorage(key: string, data: unknown): void {
		if (data === null) this.localStorage.delete(key);
		else this.localStorage.set(key, data);
	}
}
