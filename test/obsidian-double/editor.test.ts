// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { App, MarkdownView, TFile } from './obsidian';
import { SAVE_DELAY_MS } from './markdownView';

async function open(app: App, path: string): Promise<MarkdownView> {
	const leaf = app.workspace.getLeaf(false);
	await leaf.openFile(app.vault.getFileByPath(path) as TFile);
	return leaf.view as MarkdownView;
}

describe('Editor double', () => {
	it('edits by positions, transactions against the text before them, lines split on \\n only', async () => {
		const app = new App({ 'a.md': 'one\r\ntwo\nthree' });
		const { editor } = await open(app, 'a.md');
		expect([editor.lineCount(), editor.getLine(0), editor.getLine(2)]).toEqual([3, 'one\r', 'three']);
		expect(editor.offsetToPos(9)).toEqual({ line: 2, ch: 0 });
		expect(editor.posToOffset({ line: 1, ch: 3 })).toBe(8);
		editor.transaction({ changes: [{ from: { line: 2, ch: 0 }, to: { line: 2, ch: 5 }, text: '3' }, { from: { line: 0, ch: 0 }, text: '> ' }] });
		expect(editor.getValue()).toBe('> one\r\ntwo\n3');
		editor.replaceRange('TWO', { line: 1, ch: 0 }, { line: 1, ch: 3 });
		expect(editor.getValue()).toBe('> one\r\nTWO\n3');
		expect(() => editor.transaction({ changes: [{ from: { line: 0, ch: 0 }, to: { line: 0, ch: 3 }, text: '' }, { from: { line: 0, ch: 1 }, text: 'x' }] })).toThrow(RangeError);
	});

	it('fires editor-change on every change and saves to the vault after a quiet spell, as Obsidian does', async () => {
		const app = new App({ 'a.md': 'Hello' });
		const view = await open(app, 'a.md');
		await view.whenRendered();
		vi.useFakeTimers();
		const changes: string[] = [];
		const writes: string[] = [];
		app.workspace.on('editor-change', (editor, info) => changes.push(`${info.file?.path}: ${editor.getValue()}`));
		app.vault.on('modify', (file) => writes.push(app.vault.peek(file as TFile) ?? ''));

		view.editor.type(' w');
		await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 100);
		view.editor.type('orld');
		await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 100);
		expect(writes).toEqual([]);
		expect(view.dirty).toBe(true);
		await vi.advanceTimersByTimeAsync(200);
		expect(changes).toEqual(['a.md: Hello w', 'a.md: Hello world']);
		expect(writes).toEqual(['Hello world']);
		expect(view.dirty).toBe(false);
	});

	it('reloads a clean buffer after a vault write (firing editor-change), and counts a write over unsaved changes as "modified externally"', async () => {
		const app = new App({ 'a.md': 'Hello' });
		const view = await open(app, 'a.md');
		const file = view.file as TFile;
		let changes = 0;
		app.workspace.on('editor-change', () => changes++);

		await app.vault.process(file, (t) => `${t}!`);
		expect([view.editor.getValue(), changes, view.modifiedExternally]).toEqual(['Hello!', 1, 0]);

		view.editor.type(' typed');
		await app.vault.process(file, (t) => `${t}?`);
		expect(view.modifiedExternally).toBe(1);
		expect(view.editor.getValue()).toBe('Hello! typed');

		// Opening another note saves the buffer first.
		await app.vault.create('b.md', '');
		await open(app, 'b.md');
		expect(app.vault.peek(file)).toBe('Hello! typed');
	});
});

describe('Vault and MetadataCache double: asynchronous, like Obsidian', () => {
	it('cachedRead resolves on a later task, with the text the file has then; a file deleted meanwhile rejects', async () => {
		const app = new App({ 'a.md': 'one', 'b.md': 'two' });
		const a = app.vault.getFileByPath('a.md') as TFile;
		const read = app.vault.cachedRead(a);
		await app.vault.modify(a, 'changed');
		expect(await read).toBe('changed');
		const b = app.vault.getFileByPath('b.md') as TFile;
		const gone = app.vault.cachedRead(b);
		await app.vault.delete(b);
		await expect(gone).rejects.toThrow('ENOENT');
	});

	it('indexes a write some tasks later, and leaves out frontmatter its YAML parser rejects', async () => {
		const app = new App({});
		const file = await app.vault.create('t.md', '---\nterm: a\nterm: b\n---\nBody\n');
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(app.metadataCache.getFileCache(file)).toBeNull();
		await app.metadataCache.settled();
		const cache = app.metadataCache.getFileCache(file);
		expect(cache?.frontmatter).toBeUndefined();
		expect(cache?.frontmatterPosition?.end.line).toBe(3);

		await app.vault.modify(file, '---\n"term": >-\n  bread and\n  butter\nlessons: [a, b] # mine\n---\n');
		await app.metadataCache.settled();
		expect(app.metadataCache.getFileCache(file)?.frontmatter).toEqual({ term: 'bread and butter', lessons: ['a', 'b'] });
		await app.vault.modify(file, '---\nlessons: [a, b\n---\n');
		await app.metadataCache.settled();
		expect(app.metadataCache.getFileCache(file)?.frontmatter).toBeUndefined();
	});
});
