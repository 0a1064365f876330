// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { termKey } from '../../src/core/termKey';
import { readTermProperty } from '../../src/core/termNotes/frontmatter';
import { NO_OCCURRENCES } from '../../src/core/termNotes/noteContent';
import BilingualLessonsPlugin from '../../src/main';
import type { App } from '../obsidian-double/app';
import { TFile } from '../obsidian-double/files';
import { loadPlugin } from '../obsidian-double/harness';
import { notices } from '../obsidian-double/notice';
import { LESSON_A, LESSON_B } from '../fixtures';

const A = 'Lessons/voice-ai-inference-and-evals.md';
const B = 'Lessons/voice-ai-speech-to-speech.md';

const load = (data?: unknown) => loadPlugin(BilingualLessonsPlugin, { files: { [A]: LESSON_A, [B]: LESSON_B, 'plain.md': 'Just a note.\n' }, data });
const text = (app: App, path: string) => app.vault.peek(app.vault.getFileByPath(path) ?? fail(path));
const termNotes = (app: App) => app.vault.getMarkdownFiles().filter((f) => readTermProperty(text(app, f.path) ?? '') !== null);
const keys = (lesson: string, hotOnly: boolean) =>
	parseLesson(lesson).units.flatMap((u) => u.terms.filter((t) => t.hot || !hotOnly).map((t) => termKey(t.term)));
const lastNotice = () => notices[notices.length - 1] ?? '';

function fail(path: string): never {
	throw new Error(`no file ${path}`);
}

function button(label: string): HTMLElement {
	const found = [...document.querySelectorAll<HTMLElement>('.modal button')].find((b) => b.textContent === label);
	if (!found) throw new Error(`no ${label} button`);
	return found;
}

/** Runs the vault-wide command and answers its preview with `answer`; resolves with the preview's text. */
async function runVault(app: App, answer: 'Apply' | 'Cancel' | 'Close'): Promise<string> {
	notices.length = 0;
	await app.registry.runCommand('update-term-notes-for-vault');
	const preview = await vi.waitFor(() => document.querySelector<HTMLElement>('.modal')?.textContent ?? fail('preview'));
	button(answer).click();
	if (answer === 'Apply') await vi.waitFor(() => expect(lastNotice()).toMatch(/^Term notes/));
	await app.metadataCache.settled();
	return preview;
}

afterEach(() => {
	notices.length = 0;
	document.body.empty();
});

describe('term notes in the plugin', () => {
	it('previews a vault-wide run, writes nothing when cancelled, then creates the 135 notes', async () => {
		const { app } = await load();
		const preview = await runVault(app, 'Cancel');
		expect(preview).toContain('Create (135)');
		expect(preview).toContain('Add block ids to lessons (2)');
		expect(termNotes(app)).toHaveLength(0);
		expect(text(app, A)).toBe(LESSON_A);

		await runVault(app, 'Apply');
		expect(lastNotice()).toBe('Term notes: 135 created, 0 updated, 0 unchanged.\nBlock ids added to 2 lesson(s).');
		expect(termNotes(app)).toHaveLength(135);
		expect(text(app, 'Terms/P50 - P90.md')).toContain('term: P50 / P90');

		expect(await runVault(app, 'Close')).toContain('135 term note(s) already up to date will be left alone.');
	});

	it('finds term notes by their term property for cards and the glossary, wherever they move', async () => {
		const { app, plugin } = await load();
		await runVault(app, 'Apply');
		expect(plugin.termNotes.pathFor('tackle')).toBe('Terms/tackle.md');
		const note = app.vault.getFileByPath('Terms/tackle.md') ?? fail('tackle');
		await app.vault.process(note, (t) => t.replace('meaning: 处理、攻克', 'meaning: edited') + '\nMine.\n');
		await app.vault.createFolder('Study');
		await app.fileManager.renameFile(note, 'Study/My tackle.md');
		await app.metadataCache.settled();
		expect(plugin.termNotes.pathFor('tackle')).toBe('Study/My tackle.md');

		await runVault(app, 'Apply');
		expect(lastNotice()).toBe('Term notes: 0 created, 1 updated, 134 unchanged.');
		expect(app.vault.getFileByPath('Terms/tackle.md')).toBeNull();
		expect(text(app, 'Study/My tackle.md')).toMatch(/meaning: 处理、攻克[^]*\nMine\.\n$/);
	});

	it('updates one lesson from the command, and says so for a note that is not a lesson', async () => {
		const { app } = await load();
		await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath(B) ?? fail(B));
		await app.registry.runCommand('update-term-notes-for-lesson');
		await vi.waitFor(() => expect(lastNotice()).toMatch(/^Term notes/));
		// B's terms that are 🔥 in B or in A.
		const hot = new Set([LESSON_A, LESSON_B].flatMap((t) => keys(t, true)));
		expect(termNotes(app)).toHaveLength(new Set(keys(LESSON_B, false).filter((k) => hot.has(k))).size);
		expect(text(app, A)?.replace(/ \^unit-\d+$/gm, '')).toBe(LESSON_A);
		expect(text(app, 'Terms/tackle.md')).toContain('voice-ai-inference-and-evals#^unit-58');

		await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath('plain.md') ?? fail('plain'));
		await app.registry.runCommand('update-term-notes-for-lesson');
		await vi.waitFor(() => expect(lastNotice()).toBe('This note is not a lesson.'));
	});

	it('shows the progress of a long run and stops it on cancel', async () => {
		const { app } = await load();
		let created = 0;
		app.vault.on('create', (file) => {
			if (file instanceof TFile && ++created === 3) document.querySelector<HTMLElement>('.bl-term-notes-cancel')?.click();
		});
		await runVault(app, 'Apply');
		expect(lastNotice()).toBe('Term notes (cancelled): 3 created, 0 updated, 0 unchanged.\nBlock ids added to 2 lesson(s).');
		expect(termNotes(app)).toHaveLength(3);
		expect(document.querySelector('.bl-term-notes-cancel')).toBeNull();
	});

	it('creates the note of a term that is not 🔥 when asked for it', async () => {
		const { app, plugin } = await load();
		expect(await plugin.termNotes.ensureNote('outsource')).toBe('Terms/outsource.md');
		expect(text(app, 'Terms/outsource.md')).toContain('hot: false');
		expect(termNotes(app)).toHaveLength(1);
	});

	it('reads only lessons and term notes when a lesson is edited, not every note in the vault', async () => {
		const { app, plugin } = await load();
		await vi.waitFor(() => expect(plugin.lessons.isLesson('plain.md')).toBe(false));
		const read = vi.spyOn(app.vault, 'cachedRead');
		const lesson = app.vault.getFileByPath(B) ?? fail(B);
		await app.vault.process(lesson, (t) => t.replace('* **large labs**：', '* **large labs** 🔥：'));
		await vi.waitFor(() => expect(plugin.termNotes.pathFor('large labs')).toBe('Terms/large labs.md'), { timeout: 5000 });
		const paths = read.mock.calls.map(([file]) => file.path);
		expect(paths).toEqual(expect.arrayContaining([A, B]));
		expect(paths).not.toContain('plain.md');
	}, 10_000);

	it('updates term notes a moment after a lesson is edited, deleted or created, unless turned off', async () => {
		const { app, plugin } = await load();
		let lesson = app.vault.getFileByPath(B) ?? fail(B);
		await app.vault.process(lesson, (t) => t.replace('* **large labs**：', '* **large labs** 🔥：'));
		await vi.waitFor(() => expect(plugin.termNotes.pathFor('large labs')).toBe('Terms/large labs.md'), { timeout: 5000 });
		expect(termNotes(app).map((f) => f.path)).toContain('Terms/large labs.md');

		await app.fileManager.trashFile(lesson);
		await vi.waitFor(() => expect(text(app, 'Terms/large labs.md')).toContain(NO_OCCURRENCES), { timeout: 5000 });
		expect(text(app, 'Terms/tackle.md')).not.toContain('voice-ai-speech-to-speech');
		expect(text(app, 'Terms/tackle.md')).toContain('voice-ai-inference-and-evals#^unit-58');

		await app.vault.create(B, LESSON_B.replace('* **8020 rule**：', '* **8020 rule** 🔥：'));
		await vi.waitFor(() => expect(plugin.termNotes.pathFor('8020 rule')).toBe('Terms/8020 rule.md'), { timeout: 5000 });

		plugin.settings.autoUpdateTermNotes = false;
		lesson = app.vault.getFileByPath(B) ?? fail(B);
		await app.vault.process(lesson, (t) => t.replace('* **ultimately**：', '* **ultimately** 🔥：'));
		await new Promise((resolve) => setTimeout(resolve, 2500));
		expect(plugin.termNotes.pathFor('ultimately')).toBeNull();
	}, 20_000);
});
