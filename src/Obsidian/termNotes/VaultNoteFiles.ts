import { MarkdownView, normalizePath, TFile, type App, type Editor } from 'obsidian';
import type { NoteFiles } from '../../core/noteFiles';

/**
 * The vault behind the core's NoteFiles. A note open in an editor is read from and written to
 * its editor (a transaction over the changed span, as the plugin guidelines ask), so the user
 * never meets a "modified externally" merge; other notes go through `Vault.process`.
 * Paths from the listing are looked up as they are (a name with a no-break space or in NFD
 * would not survive normalizePath); every failure is a rejected promise, per file.
 */
export class VaultNoteFiles implements NoteFiles {
	constructor(private readonly app: App) {}

	list(): string[] {
		return this.app.vault.getFiles().map((file) => file.path);
	}

	async read(path: string): Promise<string> {
		const file = this.file(path);
		return openEditor(this.app, file)?.getValue() ?? (await this.app.vault.cachedRead(file));
	}

	async create(path: string, text: string): Promise<void> {
		const { vault } = this.app;
		const normalized = normalizePath(path);
		const folders = normalized.split('/').slice(0, -1);
		for (let i = 1; i <= folders.length; i++) {
			const folder = folders.slice(0, i).join('/');
			if (!vault.getAbstractFileByPath(folder)) await vault.createFolder(folder);
		}
		await vault.create(normalized, text);
	}

	async process(path: string, fn: (text: string) => string): Promise<string> {
		const file = this.file(path);
		const editor = openEditor(this.app, file);
		return editor ? processInEditor(editor, fn) : this.app.vault.process(file, fn);
	}

	private file(path: string): TFile {
		const { vault } = this.app;
		const file = vault.getAbstractFileByPath(path) ?? vault.getAbstractFileByPath(normalizePath(path));
		if (!(file instanceof TFile)) throw new Error(`${path} is not a file in the vault`);
		return file;
	}
}

/**
 * Changes an editor's text to `fn` of it, in one transaction over the span where they differ (the
 * editor saves it as it saves typing); no change when `fn` returns the text as it was. Returns the new text.
 */
export function processInEditor(editor: Editor, fn: (text: string) => string): string {
	const current = editor.getValue();
	const next = fn(current);
	if (next === current) return next;
	let start = 0;
	while (start < current.length && start < next.length && current[start] === next[start]) start++;
	let end = 0;
	while (end < current.length - start && end < next.length - start && current[current.length - 1 - end] === next[next.length - 1 - end]) end++;
	editor.transaction({ changes: [{ from: editor.offsetToPos(start), to: editor.offsetToPos(current.length - end), text: next.slice(start, next.length - end) }] });
	return next;
}

/** The editor of a markdown view showing `file`, if one is open. */
export function openEditor(app: App, file: TFile): Editor | null {
	for (const leaf of app.workspace.getLeavesOfType('markdown')) {
		if (leaf.view instanceof MarkdownView && leaf.view.file === file) return leaf.view.editor;
	}
	return null;
}
