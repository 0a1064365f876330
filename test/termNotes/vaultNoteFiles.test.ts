// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { VaultNoteFiles } from '../../src/Obsidian/termNotes/VaultNoteFiles';
import type * as O from 'obsidian';
import { App, MarkdownView } from '../obsidian-double/obsidian';

const PATH = 'Terms/tackle.md';

/** An app with one note, open in an editor. */
async function openNote(text: string) {
	const app = new App({ [PATH]: text });
	const leaf = app.workspace.getLeaf(false);
	const file = app.vault.getFileByPath(PATH);
	if (!file) throw new Error(`${PATH} not in the vault`);
	await leaf.openFile(file);
	const { editor } = leaf.view as MarkdownView;
	return { app, files: new VaultNoteFiles(app as unknown as O.App), editor, transaction: vi.spyOn(editor, 'transaction') };
}

describe('the vault behind term notes, for a note open in an editor', () => {
	it.each([
		['deletes one of a run of equal characters', 'meaning: 处理\n\n\n\nMine.\n', 'meaning: 处理\n\n\nMine.\n'],
		['inserts into a run of equal characters', 'a\n\nb\n', 'a\n\n\nb\n'],
		['replaces the middle of a line', 'meaning: 处理、攻克\n', 'meaning: 应对\n'],
		['deletes the whole text', 'aaa', ''],
		['deletes a repeated tail', 'abab', 'ab'],
	])('%s through the editor, the editor then holding exactly the new text', async (_, before, after) => {
		const { app, files, editor, transaction } = await openNote(before);
		const process = vi.spyOn(app.vault, 'process');
		expect(await files.process(PATH, () => after)).toBe(after);
		expect(editor.getValue()).toBe(after);
		expect(transaction).toHaveBeenCalledTimes(1);
		expect(process).not.toHaveBeenCalled();
	});

	it('changes only the span where the texts differ, so the rest of the buffer (and the cursor in it) is untouched', async () => {
		const { files, editor, transaction } = await openNote('---\nmeaning: 处理、攻克\n---\nMy unsaved thought.\n');
		await files.process(PATH, (t) => t.replace('处理、攻克', '应对'));
		expect(transaction.mock.calls[0][0].changes).toEqual([{ from: { line: 1, ch: 9 }, to: { line: 1, ch: 14 }, text: '应对' }]);
		expect(editor.getValue()).toBe('---\nmeaning: 应对\n---\nMy unsaved thought.\n');
	});

	it('makes no transaction when the text comes back as it was', async () => {
		const { files, transaction } = await openNote('meaning: 处理\n');
		expect(await files.process(PATH, (t) => t)).toBe('meaning: 处理\n');
		expect(transaction).not.toHaveBeenCalled();
	});
});

describe('the vault behind term notes, creating a note', () => {
	it('makes every folder on its path that is not there yet, and keeps the ones that are', async () => {
		const app = new App({ 'Study/old.md': 'mine' });
		await new VaultNoteFiles(app as unknown as O.App).create('Study/Terms/Verbs/tackle.md', 'meaning: 处理\n');
		const note = app.vault.getFileByPath('Study/Terms/Verbs/tackle.md');
		expect(note && app.vault.peek(note)).toBe('meaning: 处理\n');
		expect(app.vault.peek(app.vault.getFileByPath('Study/old.md')!)).toBe('mine');
	});
});
