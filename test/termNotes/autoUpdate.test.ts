// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readTermNote } from '../../src/core/termNotes/termNote';
import BilingualLessonsPlugin from '../../src/main';
import { SETTLED_MS } from '../../src/Obsidian/termNotes/autoUpdate';
import type { App } from '../obsidian-double/app';
import { FAKE_TIMERS, loadPlugin, quiet, whileTimeRuns } from '../obsidian-double/harness';
import { MarkdownView } from '../obsidian-double/markdownView';
import { notices } from '../obsidian-double/notice';
import { LESSON_A, LESSON_B } from '../fixtures';

const A = 'Lessons/voice-ai-inference-and-evals.md';
const B = 'Lessons/voice-ai-speech-to-speech.md';
const FILES = { [A]: LESSON_A, [B]: LESSON_B, 'plain.md': 'Just a note.\n' };
const LABS = '* **large labs**';
const HOT_LABS = ['* **large labs**：', '* **large labs** 🔥：'] as const;
const NEW_BULLET = '* **bread and bu** 🔥：看家本'; // typed mid-way, then the user leaves

const load = (autoUpdateTermNotes?: boolean) => loadPlugin(BilingualLessonsPlugin, { files: FILES, data: autoUpdateTermNotes === undefined ? undefined : { autoUpdateTermNotes } });
const peek = (app: App, path: string) => {
	const file = app.vault.getFileByPath(path);
	return file ? app.vault.peek(file) : undefined;
};
const termNotes = (app: App) => app.vault.getMarkdownFiles().filter((f) => readTermNote(app.vault.peek(f) ?? '') !== null).map((f) => f.path);
/** Everything the vault writes from now on, by path. */
function recordWrites(app: App): string[] {
	const writes: string[] = [];
	for (const event of ['create', 'modify']) app.vault.on(event, (file) => writes.push((file as { path: string }).path));
	return writes;
}

/** Opens `path` in the active leaf, in source mode: a real CodeMirror editor over the note. */
async function openInEditor(app: App, path: string): Promise<MarkdownView> {
	const leaf = app.workspace.getLeaf(false);
	await leaf.openFile(app.vault.getFileByPath(path)!);
	const view = leaf.view as MarkdownView;
	view.setMode('source');
	return view;
}

/** A change made in the view's CodeMirror editor, labelled with `userEvent` as CodeMirror's own commands label theirs. */
function dispatch(view: MarkdownView, from: number, insert: string, userEvent: string | undefined, to = from): void {
	view.editMode!.cm.dispatch({ changes: { from, to, insert }, selection: { anchor: from + insert.length }, userEvent });
}

/** Types `text` after `anchor` as a user does, one character at a time (`input.type`). */
function typeAfter(view: MarkdownView, anchor: string, text: string): void {
	let at = view.editor.getValue().indexOf(anchor) + anchor.length;
	for (const c of text) {
		dispatch(view, at, c, 'input.type');
		at += c.length;
	}
}

beforeEach(() => {
	vi.useFakeTimers(FAKE_TIMERS);
});

describe('automatic term note updates', () => {
	it('are off by default: typing in a lesson and leaving it writes only what the editor saves', async () => {
		const { app } = await load();
		const writes = recordWrites(app);
		const view = await openInEditor(app, B);
		typeAfter(view, LABS, ' 🔥');
		await openInEditor(app, 'plain.md');
		await quiet(app);
		expect(writes).toEqual([B]);
		expect(termNotes(app)).toEqual([]);
	});

	it('ignore edits made while they were off: switching them on before leaving the lesson writes nothing', async () => {
		const { app, plugin } = await load(false);
		const writes = recordWrites(app);
		const view = await openInEditor(app, B);
		typeAfter(view, LABS, ' 🔥');
		await plugin.context.settings.update({ autoUpdateTermNotes: true });
		await openInEditor(app, 'plain.md');
		await quiet(app);
		expect(termNotes(app)).toEqual([]);
		expect(writes.filter((path) => path !== B)).toEqual([]); // only the editor's own save of the lesson
	});

	it('run when the user leaves a lesson they edited, never while they are in it, and never write the lesson or create a note for a term typed a moment ago', async () => {
		const { app, plugin } = await load(true);
		let now = Date.now();
		vi.spyOn(plugin.context.clock, 'now').mockImplementation(() => now);
		const writes = recordWrites(app);
		const view = await openInEditor(app, B);
		typeAfter(view, LABS, ' 🔥');
		const labsLine = LESSON_B.split('\n').find((line) => line.startsWith(LABS)) ?? '';
		typeAfter(view, labsLine.replace(LABS, `${LABS} 🔥`), `\n${NEW_BULLET}`);
		await quiet(app);
		expect(writes).toEqual([]);

		now += SETTLED_MS / 2;
		const typed = view.editor.getValue();
		await openInEditor(app, 'plain.md');
		await vi.waitFor(() => expect(plugin.context.termNotes.pathFor('large labs')).toBe('Terms/large labs.md'), { timeout: 10_000 });
		await quiet(app);
		expect(termNotes(app)).toContain('Terms/large labs.md');
		expect(termNotes(app).some((path) => path.includes('bread'))).toBe(false);
		expect(writes.filter((path) => path.startsWith('Lessons/'))).toEqual([B]); // the editor's own save
		expect(peek(app, B)).toBe(typed);
		expect(peek(app, A)).toBe(LESSON_A);

		// The same term, once it has stood in the lesson long enough, gets its note on the next leave.
		const again = await openInEditor(app, B);
		dispatch(again, again.editor.getValue().length, ' ', 'input.type');
		now += SETTLED_MS;
		await openInEditor(app, 'plain.md');
		await vi.waitFor(() => expect(plugin.context.termNotes.pathFor('bread and bu')).toBe('Terms/bread and bu.md'), { timeout: 10_000 });
	}, 20_000);

	it('read only lessons and term notes on a run after the first, not every note in the vault', async () => {
		const { app, plugin } = await load(true);
		await vi.waitFor(() => expect(plugin.context.lessons.isLesson('plain.md')).toBe(false));
		// A run gives the event loop turns (timers, faked here) once a task has run its slice.
		expect(await whileTimeRuns(plugin.context.termNotes.ensureNote('outsource'))).toBe('Terms/outsource.md');
		await quiet(app);
		const read = vi.spyOn(app.vault, 'cachedRead');
		const view = await openInEditor(app, B);
		typeAfter(view, LABS, ' 🔥');
		await openInEditor(app, A);
		await vi.waitFor(() => expect(plugin.context.termNotes.pathFor('large labs')).toBe('Terms/large labs.md'), { timeout: 10_000 });
		const paths = read.mock.calls.map(([file]) => file.path);
		expect(paths).toEqual(expect.arrayContaining([B]));
		expect(paths).not.toContain('plain.md');
	});

	it('never react to files changed on disk (sync), deleted, or to the plugin\'s own edits of a lesson: no cascade', async () => {
		const { app } = await load(true);
		const writes = recordWrites(app);
		// A synced change to the open lesson reloads its editor (which fires editor-change), and one to a closed lesson.
		const view = await openInEditor(app, B);
		await app.vault.process(app.vault.getFileByPath(B)!, (t) => t.replace(HOT_LABS[0], HOT_LABS[1]));
		await app.vault.process(app.vault.getFileByPath(A)!, (t) => t.replace('* **outsource**', '* **outsource** 🔥'));
		expect(view.editor.getValue()).toContain(HOT_LABS[1]);
		// The plugin's own edit of the open lesson.
		await app.registry.runCommand('add-unit-block-ids');
		await vi.waitFor(() => expect(notices.at(-1)).toMatch(/^Added \d+ block id/));
		await openInEditor(app, 'plain.md');
		await app.fileManager.trashFile(app.vault.getFileByPath(A)!);
		await quiet(app);
		expect(termNotes(app)).toEqual([]);
		expect(writes).toEqual([B, A, B]); // the two synced writes, then the editor saving the block ids
	});

	it('take the first change after a write to disk for the user\'s when CodeMirror says the user made it (a paste after the editor saved)', async () => {
		const { app, plugin } = await load(true);
		const view = await openInEditor(app, B);
		// The editor's own save, or a sync that brings the same text: a write the buffer already holds.
		await app.vault.modify(app.vault.getFileByPath(B)!, view.editor.getValue());
		const at = view.editor.getValue().indexOf(LABS) + LABS.length;
		dispatch(view, at, ' 🔥', 'input.paste');
		await openInEditor(app, 'plain.md');
		await vi.waitFor(() => expect(plugin.context.termNotes.pathFor('large labs')).toBe('Terms/large labs.md'), { timeout: 10_000 });
	});

	it('count a deletion and an undo as the user\'s edits, and a change from a plugin or a reload (no user event) as none', async () => {
		const { app, plugin } = await load(true);
		const hot = LESSON_B.replace(HOT_LABS[0], HOT_LABS[1]);
		await app.vault.modify(app.vault.getFileByPath(B)!, hot);
		const view = await openInEditor(app, B);
		const marker = view.editor.getValue().indexOf(' 🔥：', view.editor.getValue().indexOf(LABS));
		// The same deletion, unlabelled (another plugin's Editor call): no run when the user leaves.
		dispatch(view, marker, '', undefined, marker + ' 🔥'.length);
		dispatch(view, marker, ' 🔥', undefined);
		await openInEditor(app, 'plain.md');
		await quiet(app);
		expect(termNotes(app)).toEqual([]);

		const again = await openInEditor(app, B);
		dispatch(again, marker, '', 'delete.backward', marker + ' 🔥'.length);
		dispatch(again, marker, ' 🔥', 'undo');
		await openInEditor(app, 'plain.md');
		await vi.waitFor(() => expect(plugin.context.termNotes.pathFor('large labs')).toBe('Terms/large labs.md'), { timeout: 10_000 });
	});
});
