// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { repairEncoding } from '../../src/core/repair/repairEncoding';
import BilingualLessonsPlugin from '../../src/main';
import { repairNote } from '../../src/Obsidian/repair/repairNote';
import type { App } from '../obsidian-double/app';
import { loadPlugin, openNote } from '../obsidian-double/harness';
import { notices } from '../obsidian-double/notice';
import { damage } from './damage';
import { ESPRESSO, GLACIER } from './freshLessons';

const BROKEN = 'Coffee/espresso.md';
const CLOSED = 'Nature/glacier.md';
const broken = damage(ESPRESSO);
const FILES = { [BROKEN]: broken, [CLOSED]: damage(GLACIER), 'Nature/intact.md': GLACIER, 'plain.md': 'Shopping: eggs, flour, café crème.\n' };
let loaded: BilingualLessonsPlugin | null = null;
/** The plugin on a vault of these notes, unloaded after the test (its glossary indexing would otherwise outlive it). */
const load = async () => {
	const r = await loadPlugin(BilingualLessonsPlugin, { files: FILES });
	loaded = r.plugin;
	return r;
};
const text = (app: App, path: string) => app.vault.peek(app.vault.getFileByPath(path)!);
const modal = () => document.body.querySelector<HTMLElement>('.bl-repair-modal');
const press = (name: string) => [...modal()!.querySelectorAll('button')].find((b) => b.textContent === name)!.click();

afterEach(() => {
	loaded?.unload();
	loaded = null;
});

describe('repairing a mis-encoded note in the plugin', () => {
	it('offers the repair on the diagnostic, previews it with the uncertain characters marked, and writes nothing on cancel', async () => {
		const { app } = await load();
		const view = await openNote(app, BROKEN);
		const diagnostics = view.contentEl.find('.bl-diagnostics') as HTMLDetailsElement;
		expect(diagnostics.open).toBe(true);
		expect(diagnostics.getText()).toContain('run "Repair text encoding" to read its 6 units');
		diagnostics.find('button.bl-diagnostic-repair').click();
		await vi.waitFor(() => expect(modal()).not.toBeNull());

		const expected = repairEncoding(broken)!;
		expect(modal()!.querySelector('.modal-title')!.textContent).toBe('Repair text encoding');
		expect(modal()!.querySelector('.bl-repair-counts')!.textContent).toBe(
			`${expected.repaired} characters repaired: ${expected.certain} certain, ${expected.uncertain} uncertain (marked).`,
		);
		expect(modal()!.querySelector('.bl-repair-text')!.textContent).toBe(expected.text);
		const marked = [...modal()!.querySelectorAll('.bl-repair-uncertain')].map((el) => el.textContent);
		expect(marked).toEqual(expected.uncertainAt.map((at) => String.fromCodePoint(expected.text.codePointAt(at)!)));
		expect(marked.length).toBeGreaterThan(0);

		press('Cancel');
		expect(modal()).toBeNull();
		await view.save();
		expect(text(app, BROKEN)).toBe(broken);
		expect(app.vault.getFiles()).toHaveLength(4);
	});

	it('rewrites an open note once through its editor on accept, keeping the original as a copy when asked', async () => {
		const { app } = await load();
		const view = await openNote(app, BROKEN);
		await app.registry.runCommand('repair-text-encoding');
		await vi.waitFor(() => expect(modal()).not.toBeNull());
		(modal()!.querySelector('.checkbox-container') as HTMLElement).click();
		const before = view.editor.changes.length;
		press('Accept');
		const repaired = repairEncoding(broken)!;
		await vi.waitFor(() => expect(notices.at(-1)).toBe(`Repaired ${repaired.repaired} characters; the original is kept in Coffee/espresso (original).md.`));
		expect(view.editor.getValue()).toBe(repaired.text);
		expect(view.editor.changes.length - before).toBe(1);
		await view.save();
		expect(view.modifiedExternally).toBe(0);
		expect(text(app, BROKEN)).toBe(repaired.text);
		expect(text(app, 'Coffee/espresso (original).md')).toBe(broken);
		expect(parseLesson(text(app, BROKEN)!).units).toHaveLength(6);
		// Now it reads: the command is no longer offered for it.
		await expect(app.registry.runCommand('repair-text-encoding')).rejects.toThrow('not available');
	});

	it('names the kept original in the notes\' language, whatever the interface\'s', async () => {
		const { app, plugin } = await loadPlugin(BilingualLessonsPlugin, { files: FILES, data: { noteLanguage: 'zh' } });
		await plugin.context.glossary.ready;
		const run = repairNote(plugin.context, CLOSED);
		await vi.waitFor(() => expect(modal()).not.toBeNull());
		expect(modal()!.querySelector('.setting-item-description')!.textContent).toBe('Saves the note as it is now next to it, as "(原文)".');
		(modal()!.querySelector('.checkbox-container') as HTMLElement).click();
		press('Accept');
		await run;
		expect(text(app, 'Nature/glacier (原文).md')).toBe(damage(GLACIER));
		expect(app.vault.getFileByPath('Nature/glacier (original).md')).toBeNull();
	});

	it('rewrites a note that is not open with Vault.process, and writes nothing if it changed under the preview', async () => {
		const { app, plugin } = await load();
		const run = repairNote(plugin.context, CLOSED);
		await vi.waitFor(() => expect(modal()).not.toBeNull());
		press('Accept');
		await run;
		expect(text(app, CLOSED)).toBe(repairEncoding(damage(GLACIER))!.text);
		expect(app.vault.getFileByPath('Nature/glacier (original).md')).toBeNull();

		const file = app.vault.getFileByPath(BROKEN)!;
		const again = repairNote(plugin.context, BROKEN);
		await vi.waitFor(() => expect(modal()).not.toBeNull());
		await app.vault.modify(file, `${broken}\nA line typed meanwhile.\n`);
		press('Accept');
		await again;
		expect(notices.at(-1)).toBe('The note changed while the preview was open: nothing was written. Run the repair again.');
		expect(text(app, BROKEN)).toBe(`${broken}\nA line typed meanwhile.\n`);
	});

	it.each(['plain.md', 'Nature/intact.md'])('never offers a repair for %s, which is not mis-encoded', async (path) => {
		const { app, plugin } = await load();
		await openNote(app, path);
		await expect(app.registry.runCommand('repair-text-encoding')).rejects.toThrow('not available');
		await repairNote(plugin.context, path);
		expect(modal()).toBeNull();
		expect(notices.at(-1)).toBe('This note is not mis-encoded: nothing to repair.');
		expect(text(app, path)).toBe(FILES[path as keyof typeof FILES]);
	});
});
