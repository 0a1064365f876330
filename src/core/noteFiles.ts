/**
 * The few file operations the term notes feature needs, so the same core runs over the Obsidian
 * vault, a folder on disk (the CLI) and an in-memory vault (tests). Paths are vault-relative, `/`-separated.
 */
export interface NoteFiles {
	/** Every file in the vault, Markdown or not. */
	list(): string[];
	read(path: string): Promise<string>;
	/** Creates a file that does not exist yet, with its folders; rejects when the path is taken. */
	create(path: string, text: string): Promise<void>;
	/** Replaces a file's text with `fn(current)` in one step; resolves to the text now in the file. */
	process(path: string, fn: (text: string) => string): Promise<string>;
}
