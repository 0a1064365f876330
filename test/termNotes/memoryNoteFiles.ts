import type { NoteFiles } from '../../src/core/noteFiles';

/** An in-memory vault behind the NoteFiles interface, counting writes and able to fail on demand. */
export class MemoryNoteFiles implements NoteFiles {
	readonly files: Map<string, string>;
	writes = 0;
	/** Paths whose writes throw, to test that one failure does not stop a run. */
	readonly failing = new Set<string>();

	constructor(files: Record<string, string> = {}) {
		this.files = new Map(Object.entries(files));
	}

	list(): string[] {
		return [...this.files.keys()];
	}

	async read(path: string): Promise<string> {
		const text = this.files.get(path);
		if (text === undefined) throw new Error(`No such file: ${path}`);
		return text;
	}

	async create(path: string, text: string): Promise<void> {
		if (this.files.has(path)) throw new Error(`File already exists: ${path}`);
		this.write(path, text);
	}

	async process(path: string, fn: (text: string) => string): Promise<string> {
		const next = fn(await this.read(path));
		if (next !== this.files.get(path)) this.write(path, next);
		return next;
	}

	private write(path: string, text: string): void {
		if (this.failing.has(path)) throw new Error(`Disk full: ${path}`);
		this.files.set(path, text);
		this.writes++;
	}
}
