import type * as O from 'obsidian';
import { ioTask } from './ioTask';

type AdapterKeys = 'exists' | 'read' | 'write' | 'remove';

/**
 * Obsidian's `DataAdapter` for files outside the vault's notes (the plugin's own folder under the config
 * folder): an in-memory map. Reads resolve on a later task, as disk reads do. `files` is open to tests.
 */
export class DataAdapter implements Pick<O.DataAdapter, AdapterKeys> {
	readonly files = new Map<string, string>();
	/** Paths read, in order: a test can tell what a start read. */
	readonly reads: string[] = [];

	async exists(path: string): Promise<boolean> {
		await ioTask();
		return this.files.has(path);
	}

	async read(path: string): Promise<string> {
		await ioTask();
		this.reads.push(path);
		const text = this.files.get(path);
		if (text === undefined) throw new Error(`ENOENT: no such file, open '${path}'`);
		return text;
	}

	async write(path: string, data: string): Promise<void> {
		await ioTask();
		this.files.set(path, data);
	}

	async remove(path: string): Promise<void> {
		await ioTask();
		if (!this.files.delete(path)) throw new Error(`ENOENT: no such file, unlink '${path}'`);
	}
}
