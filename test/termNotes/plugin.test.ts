// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { termKey } from '../../src/core/termKey';
import { readTermNote } from '../../src/core/termNotes/termNote';
import BilingualLessonsPlugin from '../../src/main';
import type { App } from '../obsidian-double/app';
import { TFile } from '../obsidian-double/files';
import { MarkdownView } from '../obsidian-double/markdownView';
import { loadPlugin } from '../obsidian-double/harness';
import { notices } from '../obsidian-double/notice';
import { LESSON_A, LESSON_B } from '../fixtures';
import { runVault } from './runVault';

const A = 'Lessons/voice-ai-inference-and-evals.md';
const B = 'Lessons/voice-ai-speech-to-speech.md';

const ALGEBRA = '---\nterm: Spring 2024\nteacher: Ms. Okafor\n---\n# Algebra\n\n* **tackle** the quadratic first.\n';
const FILES = { [A]: LESSON_A, [B]: LESSON_B, 'plain.md': 'Just a note.\n', 'School/Algebra.md': ALGEBRA };
/** The plugin loaded, its glossary built: no index build outlives a test (its next step would find the test's window gone). */
const load = async (data?: unknown, files: Record<string, string> = FILES) => {
	const loaded = await loadPlugin(BilingualLessonsPlugin, { files, data });
	await loaded.plugin.context.glossary.ready;
	return loaded;
};
const text = (app: App, path: string) => app.vault.peek(app.vault.getFileByPath(path) ?? fail(path));
const termNotes = (app: App) => app.vault.getMarkdownFiles().filter((f) => readTermNote(text(app, f.path) ?? '') !== null);
const keys = (lesson: string, hotOnly: boolean) =>
	parseLesson(lesson).units.flatMap((u) => u.terms.filter((t) => t.hot || !hotOnly).map((t) => termKey(t.term)));
const lastNotice = () => notices[notices.length - 1] ?? '';

function fail(path: string): never {
	throw new Error(`no file ${path}`);
}

describe('term notes in the plugin', () => {
	it('previews a vault-wide run, writes nothing when cancelled, then creates the 135 notes and never touches a lesson', async () => {
		const { app } = await load();
		const preview = await runVault(app, 'Cancel');
		expect(preview).toContain('Create (135)');
		expect(preview).not.toContain('block ids');
		expect(termNotes(app)).toHaveLength(0);

		await runVault(app, 'Apply');
		expect(lastNotice()).toBe('Term notes: 135 created, 0 updated, 0 unchanged.');
		// The progress notice of a long run goes when the run ends.
		expect(document.querySelector('.bl-term-notes-cancel')).toBeNull();
		expect(termNotes(app)).toHaveLength(135);
		expect(text(app, 'Terms/P50 - P90.md')).toContain('term: P50 / P90');
		expect([text(app, A), text(app, B), text(app, 'School/Algebra.md')]).toEqual([LESSON_A, LESSON_B, ALGEBRA]);

		expect(await runVault(app, 'Close')).toContain('135 term note(s) already up to date will be left alone.');
	});

	it('never takes a note with a bare `term:` property for a term note: School/Algebra.md is never touched', async () => {
		const { app, plugin } = await load();
		await runVault(app, 'Apply');
		expect(await plugin.context.termNotes.ensureNote('spring 2024')).toBeNull();
		await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath('School/Algebra.md') ?? fail('algebra'));
		await app.registry.runCommand('update-term-notes-for-lesson');
		await vi.waitFor(() => expect(lastNotice()).toBe('This note is not a lesson.'));
		expect(text(app, 'School/Algebra.md')).toBe(ALGEBRA);
		expect(plugin.context.termNotes.pathFor('spring 2024')).toBeNull();
		expect(plugin.context.termNotes.pathFor('tackle')).toBe('Terms/tackle.md');
	});

	it('finds term notes by their marker for cards and the glossary, wherever they move', async () => {
		const { app, plugin } = await load();
		await runVault(app, 'Apply');
		await vi.waitFor(() => expect(plugin.context.termNotes.pathFor('tackle')).toBe('Terms/tackle.md'));
		const note = app.vault.getFileByPath('Terms/tackle.md') ?? fail('tackle');
		await app.vault.process(note, (t) => t.replace('meaning: 处理、攻克', 'meaning: edited') + '\nMine.\n');
		await app.vault.createFolder('Study');
		await app.fileManager.renameFile(note, 'Study/My tackle.md');
		await app.metadataCache.settled();
		expect(plugin.context.termNotes.pathFor('tackle')).toBe('Study/My tackle.md');

		await runVault(app, 'Apply');
		expect(lastNotice()).toBe('Term notes: 0 created, 1 updated, 134 unchanged.');
		expect(app.vault.getFileByPath('Terms/tackle.md')).toBeNull();
		expect(text(app, 'Study/My tackle.md')).toMatch(/meaning: 处理、攻克[^]*\nMine\.\n$/);
	});

	it('updates one lesson from the command, linking to the lesson until it has block ids, and says so for a note that is not a lesson', async () => {
		const { app } = await load();
		await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath(B) ?? fail(B));
		await app.registry.runCommand('update-term-notes-for-lesson');
		await vi.waitFor(() => expect(lastNotice()).toMatch(/^Term notes/));
		// B's terms that are 🔥 in B or in A.
		const hot = new Set([LESSON_A, LESSON_B].flatMap((t) => keys(t, true)));
		expect(termNotes(app)).toHaveLength(new Set(keys(LESSON_B, false).filter((k) => hot.has(k))).size);
		expect([text(app, A), text(app, B)]).toEqual([LESSON_A, LESSON_B]);
		expect(text(app, 'Terms/tackle.md')).toContain('[[voice-ai-inference-and-evals|voice-ai-inference-and-evals, unit 58]]');

		await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath('plain.md') ?? fail('plain'));
		await app.registry.runCommand('update-term-notes-for-lesson');
		await vi.waitFor(() => expect(lastNotice()).toBe('This note is not a lesson.'));
	});

	it('adds unit block ids only on its command, through the open editor, and term notes link to them after', async () => {
		const { app } = await load();
		const leaf = app.workspace.getLeaf(false);
		await leaf.openFile(app.vault.getFileByPath(A) ?? fail(A));
		const view = leaf.view as MarkdownView;
		view.editor.type('\nUnsaved words of mine.\n');
		const processed = vi.spyOn(app.vault, 'process');
		await app.registry.runCommand('add-unit-block-ids');
		await vi.waitFor(() => expect(lastNotice()).toBe('Added 63 block id(s).'));
		expect(processed).not.toHaveBeenCalled();
		expect(view.modifiedExternally).toBe(0);
		expect(view.editor.getValue()).toBe(LESSON_A.replace(/^(\(\d+\) \[[^\n]*)$/gm, (line) => `${line} ^unit-${/^\((\d+)\)/.exec(line)?.[1]}`) + '\nUnsaved words of mine.\n');
		await view.save();
		await app.registry.runCommand('update-term-notes-for-lesson');
		await vi.waitFor(() => expect(lastNotice()).toMatch(/^Term notes/));
		expect(text(app, 'Terms/tackle.md')).toContain('[[voice-ai-inference-and-evals#^unit-58|voice-ai-inference-and-evals, unit 58]]');
		expect(text(app, B)).toBe(LESSON_B);
	});

	it('updates a term note open in an editor through the editor, keeping the unsaved text', async () => {
		const { app } = await load();
		await runVault(app, 'Apply');
		const leaf = app.workspace.getLeaf(false);
		await leaf.openFile(app.vault.getFileByPath('Terms/tackle.md') ?? fail('tackle'));
		const view = leaf.view as MarkdownView;
		view.editor.type('\nMy unsaved thought.\n');
		await app.vault.process(app.vault.getFileByPath(A) ?? fail(A), (t) => t.replace('：动词，处理、攻克', '：动词，应对'));
		await runVault(app, 'Apply');
		expect(view.modifiedExternally).toBe(0);
		expect(view.editor.getValue()).toContain('meaning: 应对');
		expect(view.editor.getValue().endsWith('\nMy unsaved thought.\n')).toBe(true);
	});

	it('shows the progress of a long run and stops it on cancel', async () => {
		const { app } = await load();
		let created = 0;
		app.vault.on('create', (file) => {
			if (file instanceof TFile && ++created === 3) document.querySelector<HTMLElement>('.bl-term-notes-cancel')?.click();
		});
		await runVault(app, 'Apply');
		expect(lastNotice()).toBe('Term notes (cancelled): 3 created, 0 updated, 0 unchanged.');
		expect(termNotes(app)).toHaveLength(3);
		expect(document.querySelector('.bl-term-notes-cancel')).toBeNull();
	});

	it('creates the note of a term that is not 🔥 when asked for it', async () => {
		const { app, plugin } = await load();
		expect(await plugin.context.termNotes.ensureNote('outsource')).toBe('Terms/outsource.md');
		expect(text(app, 'Terms/outsource.md')).toContain('hot: false');
		expect(termNotes(app)).toHaveLength(1);
	});
});
