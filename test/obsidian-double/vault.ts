import type * as O from 'obsidian';
import { DataAdapter } from './adapter';
import { Events, type Callback, type EventRef } from './events';
import { parentOf, TAbstractFile, TFile, TFolder } from './files';
import { laterTask } from './ioTask';

type VaultKeys = 'configDir' | 'getName' | 'getFileByPath' | 'getFolderByPath' | 'getAbstractFileByPath' | 'getRoot'
	| 'create' | 'createFolder' | 'read' | 'cachedRead' | 'delete' | 'trash' | 'rename' | 'modify' | 'append' | 'process'
	| 'getAllLoadedFiles' | 'getAllFolders' | 'getMarkdownFiles' | 'getFiles' | 'getResourcePath';

/**
 * Obsidian's `Vault` over an in-memory folder. Paths are taken as given (callers normalise them);
 * writes fail like Obsidian's do: a file that exists, a parent folder that does not.
 * Events (`create`, `modify`, `delete`, `rename`) fire synchronously after each change. Reads resolve on
 * a later task, as Obsidian's disk reads do, with the text the file has then (a file deleted
 * meanwhile rejects); `process` reads and writes in one step.
 */
export class Vault extends Events implements Pick<O.Vault, VaultKeys> {
	configDir = '.obsidian';
	/** Files outside the notes (the plugin's folder): see adapter.ts. */
	readonly adapter = new DataAdapter();
	private readonly root = new TFolder('/');
	private readonly byPath = new Map<string, TAbstractFile>([['/', this.root]]);
	private readonly contents = new Map<TFile, string>();

	constructor(private readonly name = 'Test vault') {
		super();
		this.adopt(this.root);
	}

	on(name: 'create' | 'modify' | 'delete', callback: (file: TAbstractFile) => unknown, ctx?: unknown): EventRef;
	on(name: 'rename', callback: (file: TAbstractFile, oldPath: string) => unknown, ctx?: unknown): EventRef;
	on(name: string, callback: Callback, ctx?: unknown): EventRef;
	on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
		return super.on(name, callback as Callback, ctx);
	}

	getName(): string {
		return this.name;
	}

	getRoot(): TFolder {
		return this.root;
	}

	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.byPath.get(path === '' ? '/' : path) ?? null;
	}

	getFileByPath(path: string): TFile | null {
		const file = this.getAbstractFileByPath(path);
		return file instanceof TFile ? file : null;
	}

	getFolderByPath(path: string): TFolder | null {
		const folder = this.getAbstractFileByPath(path);
		return folder instanceof TFolder ? folder : null;
	}

	async create(path: string, data: string): Promise<TFile> {
		const file = new TFile(path);
		this.attach(file);
		this.write(file, data);
		this.trigger('create', file);
		return file;
	}

	async createFolder(path: string): Promise<TFolder> {
		if (this.byPath.has(path)) throw new Error('Folder already exists.');
		const parentPath = parentOf(path);
		if (!this.byPath.has(parentPath)) await this.createFolder(parentPath);
		const folder = new TFolder(path);
		this.attach(folder);
		this.trigger('create', folder);
		return folder;
	}

	read(file: TFile): Promise<string> {
		return new Promise((resolve, reject) =>
			laterTask(() => {
				const data = this.contents.get(file);
				if (data === undefined) reject(new Error(`ENOENT: no such file, '${file.path}'`));
				else resolve(data);
			}),
		);
	}

	cachedRead(file: TFile): Promise<string> {
		return this.read(file);
	}

	async modify(file: TFile, data: string): Promise<void> {
		this.text(file);
		this.write(file, data);
		this.trigger('modify', file);
	}

	async append(file: TFile, data: string): Promise<void> {
		await this.modify(file, this.text(file) + data);
	}

	async process(file: TFile, fn: (data: string) => string): Promise<string> {
		const data = fn(this.text(file));
		await this.modify(file, data);
		return data;
	}

	async delete(file: TAbstractFile): Promise<void> {
		if (file instanceof TFolder) for (const child of [...file.children]) await this.delete(child);
		if (!this.byPath.delete(file.path)) throw new Error(`No such file: ${file.path}`);
		if (file.parent) file.parent.children = file.parent.children.filter((c) => c !== file);
		if (file instanceof TFile) this.contents.delete(file);
		this.trigger('delete', file);
	}

	async trash(file: TAbstractFile): Promise<void> {
		await this.delete(file);
	}

	async rename(file: TAbstractFile, newPath: string): Promise<void> {
		if (this.byPath.has(newPath)) throw new Error('Destination file already exists!');
		const oldPath = file.path;
		const parent = this.existingFolder(parentOf(newPath));
		this.byPath.delete(oldPath);
		if (file.parent) file.parent.children = file.parent.children.filter((c) => c !== file);
		file.setPath(newPath);
		file.parent = parent;
		parent.children.push(file);
		this.byPath.set(newPath, file);
		if (file instanceof TFolder) this.movePaths(file);
		this.trigger('rename', file, oldPath);
	}

	getAllLoadedFiles(): TAbstractFile[] {
		return [...this.byPath.values()];
	}

	getAllFolders(includeRoot = false): TFolder[] {
		return this.getAllLoadedFiles().filter((f): f is TFolder => f instanceof TFolder && (includeRoot || !f.isRoot()));
	}

	getFiles(): TFile[] {
		return [...this.contents.keys()];
	}

	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((f) => f.extension === 'md');
	}

	getResourcePath(file: TFile): string {
		return `app://local/${encodeURI(file.path)}`;
	}

	/** A file's text right now, synchronously (for the double's own cache and views). */
	peek(file: TFile): string | undefined {
		return this.contents.get(file);
	}

	/** Test helper: writes files (creating their folders) without firing events, as if the vault was opened with them. */
	seed(files: Record<string, string>): void {
		for (const [path, data] of Object.entries(files)) {
			const folders = path.split('/').slice(0, -1);
			folders.forEach((_, i) => {
				const folderPath = folders.slice(0, i + 1).join('/');
				if (!this.byPath.has(folderPath)) this.attach(new TFolder(folderPath));
			});
			const file = new TFile(path);
			this.attach(file);
			this.write(file, data);
		}
	}

	private attach(file: TAbstractFile): void {
		if (this.byPath.has(file.path)) throw new Error(file instanceof TFolder ? 'Folder already exists.' : 'File already exists.');
		const parent = this.existingFolder(parentOf(file.path));
		this.adopt(file);
		file.parent = parent;
		parent.children.push(file);
		this.byPath.set(file.path, file);
	}

	private adopt(file: TAbstractFile): void {
		file.vault = this as unknown as O.Vault;
	}

	private existingFolder(path: string): TFolder {
		const folder = this.getFolderByPath(path);
		if (!folder) throw new Error(`ENOENT: no such folder, '${path}'`);
		return folder;
	}

	private movePaths(folder: TFolder): void {
		for (const child of folder.children) {
			this.byPath.delete(child.path);
			child.setPath(`${folder.path}/${child.name}`);
			this.byPath.set(child.path, child);
			if (child instanceof TFolder) this.movePaths(child);
		}
	}

	private text(file: TFile): string {
		const data = this.contents.get(file);
		if (data === undefined) throw new Error(`ENOENT: no such file, '${file.path}'`);
		return data;
	}

	private write(file: TFile, data: string): void {
		this.contents.set(file, data);
		file.stat = { ...file.stat, mtime: Date.now(), size: data.length };
	}
}
