// @vitest-environment happy-dom
// A term note run as its callers see it (commands, the automatic update, a card's "create note"): what it says,
// when it shows its progress, what a failed write or a failed run leaves, and what an unload stops.
import { describe, expect, it, vi } from 'vitest';
import type { SyncRequest } from '../../src/Obsidian/termNotes/TermNoteSync';
import BilingualLessonsPlugin from '../../src/main';
import type { App } from '../obsidian-double/app';
import { TFile } from '../obsidian-double/files';
import { FAKE_TIMERS, loadPlugin, passTime, whileTimeRuns } from '../obsidian-double/harness';
import { notices } from '../obsidian-double/notice';
import { LESSON_A, LESSON_B } from '../fixtures';

const A = 'Lessons/voice-ai-inference-and-evals.md';
const B = 'Lessons/voice-ai-speech-to-speech.md';
const FILES = { [A]: LESSON_A, [B]: LESSON_B, 'plain.md': 'Just a note.\n' };
const VAULT: SyncRequest = { target: { kind: 'vault' }, announce: true };

const load = async () => {
	const loaded = await loadPlugin(BilingualLessonsPlugin, { files: FILES });
	await whileTimeRuns(loaded.plugin.context.glossary.ready);
	const run = (request: SyncRequest) => whileTimeRuns(loaded.plugin.context.termNotes.sync.run(request));
	return { ...loaded, run };
};
const termNotes = (app: App) => app.vault.getMarkdownFiles().filter((f) => f.path.startsWith('Terms/'));
/** The notices on screen, as their text. */
const shown = () => [...document.querySelectorAll('.notice-message')].map((el) => el.textContent);
/** The progress notice's text each time a note is created, or null while none is shown. */
function progressOnCreate(app: App): (string | null)[] {
	const seen: (string | null)[] = [];
	app.vault.on('create', (file) => {
		if (file instanceof TFile) seen.push(document.querySelector('.bl-term-notes-cancel')?.parentElement?.textContent ?? null);
	});
	return seen;
}
async function deleteNotes(app: App, count: number): Promise<void> {
	for (const note of termNotes(app).slice(0, count)) await app.fileManager.trashFile(note);
	await app.metadataCache.settled();
}

describe('a term note run', () => {
	it('shows its progress, with a cancel button, from ten writes on; notes left unchanged do not count', async () => {
		const { app, run } = await load();
		const progress = progressOnCreate(app);
		await run(VAULT);
		expect(progress.slice(0, 3)).toEqual(['Writing term notes…Cancel', 'Writing term notes: 1 of 135Cancel', 'Writing term notes: 2 of 135Cancel']);
		expect(progress).toHaveLength(135);

		for (const [deleted, shows] of [[10, true], [9, false]] as const) {
			await deleteNotes(app, deleted);
			progress.length = 0;
			const report = (await run(VAULT))?.report;
			expect([report?.created.length, report?.unchanged]).toEqual([deleted, 135 - deleted]);
			expect(progress.every((text) => (text !== null) === shows)).toBe(true);
		}
		expect(document.querySelector('.bl-term-notes-cancel')).toBeNull();
	});

	it('speaks only of failures when not announced, and lists at most five failed writes in a notice that stays', async () => {
		vi.useFakeTimers(FAKE_TIMERS);
		const { app, run } = await load();
		await run({ target: { kind: 'term', key: 'tackle' } });
		expect(notices).toEqual([]);

		await run({ target: { kind: 'term', key: 'latency' }, announce: true });
		expect(shown()).toEqual(['Term notes: 1 created, 0 updated, 0 unchanged.']);
		await passTime(5000, 500);
		expect(shown()).toEqual([]);

		notices.length = 0;
		vi.spyOn(app.vault, 'create').mockRejectedValue(new Error('disk full'));
		const result = await run({ target: { kind: 'lessons', paths: [A] } });
		const failed = result?.report.failed.map((f) => `${f.path}: disk full`) ?? [];
		expect(failed.length).toBeGreaterThan(5);
		const message = [`Term notes: 0 created, 0 updated, 2 unchanged.`, `Could not write ${failed.length} file(s):`, ...failed.slice(0, 5)].join('\n');
		expect(notices.filter((n) => n !== '')).toEqual([message]);
		await passTime(10_000, 500);
		expect(shown()).toEqual([message]);
	});

	it('runs for a list of paths when any of them is a lesson, and says so when none is', async () => {
		const { app, run } = await load();
		expect((await run({ target: { kind: 'lessons', paths: ['plain.md', B] }, announce: true }))?.report.created.length).toBeGreaterThan(0);
		expect(notices[notices.length - 1]).toMatch(/^Term notes: \d+ created/);
		const created = termNotes(app).length;
		expect(await run({ target: { kind: 'lessons', paths: ['plain.md', 'missing.md'] }, announce: true })).toBeNull();
		expect(notices[notices.length - 1]).toBe('This note is not a lesson.');
		expect(termNotes(app)).toHaveLength(created);
	});

	it('says why a run failed, resolves to null, and the next run goes ahead', async () => {
		const { app, run } = await load();
		for (const thrown of [new Error('vault gone'), 'vault gone'] as unknown[]) {
			vi.spyOn(app.vault, 'getFiles').mockImplementationOnce(() => {
				throw thrown;
			});
			expect(await run(VAULT)).toBeNull();
			expect(notices[notices.length - 1]).toBe('Term notes could not be updated: vault gone');
		}
		expect((await run(VAULT))?.report.created).toHaveLength(135);
	});

	it('stops writing when the plugin is unloaded', async () => {
		const { app, plugin, run } = await load();
		let created = 0;
		app.vault.on('create', (file) => {
			if (file instanceof TFile && ++created === 3) plugin.unload();
		});
		const report = (await run(VAULT))?.report;
		expect([report?.created.length, report?.cancelled]).toEqual([3, true]);
		expect(termNotes(app)).toHaveLength(3);
	});

	it('gives the event loop turns while it reads and plans', async () => {
		const { plugin, run } = await load();
		let now = 0;
		vi.spyOn(performance, 'now').mockImplementation(() => (now += 20)); // every step over the budget of a task
		const turns = vi.spyOn(plugin.context.clock, 'nextTask');
		await run({ target: { kind: 'term', key: 'tackle' } });
		expect(turns).toHaveBeenCalled();
	});
});
