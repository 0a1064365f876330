// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import manifest from '../../manifest.json';
import BilingualLessonsPlugin from '../../src/main';
import type { App } from '../obsidian-double/app';
import { FAKE_TIMERS, loadPlugin, passTime, whileTimeRuns } from '../obsidian-double/harness';
import { syntheticLesson } from '../bench/synthetic';
import { LESSON_A, LESSON_B } from '../fixtures';

const INDEX_FILE = `.obsidian/plugins/${manifest.id}/glossary-index.json`;
const FILES = { 'lessons/a.md': LESSON_A, 'lessons/b.md': LESSON_B, 'plain.md': '# Just a note\n\n**bold** words' };

/** A second start in the same app, as after restarting Obsidian: the first plugin unloaded, a new one loaded. */
async function restart(app: App, first: BilingualLessonsPlugin, version = manifest.version): Promise<BilingualLessonsPlugin> {
	first.unload();
	const plugin = new BilingualLessonsPlugin(app as never, { ...manifest, version });
	plugin.load();
	await (plugin as unknown as { whenLoaded: Promise<void> }).whenLoaded;
	await plugin.context.glossary.ready;
	return plugin;
}

async function started(files: Record<string, string> = FILES) {
	const { app, plugin } = await loadPlugin(BilingualLessonsPlugin, { files });
	await whileTimeRuns(plugin.context.glossary.ready);
	const reads = vi.spyOn(app.vault, 'cachedRead');
	const readPaths = () => reads.mock.calls.map(([file]) => file.path).sort();
	return { app, plugin, readPaths };
}

/** The notes that are not lessons, as the stored index lists them (its second line is the table). */
const storedOthers = (app: App): string[] => (JSON.parse(app.vault.adapter.files.get(INDEX_FILE)!.split('\n')[1]) as { others: { paths: string[] } }).others.paths;

describe('glossary start-up', () => {
	it('persists the index in the plugin folder, and a second start reads no unchanged note and writes nothing', async () => {
		const { app, plugin, readPaths } = await started();
		expect(app.vault.adapter.files.has(INDEX_FILE)).toBe(true);
		const writes = vi.spyOn(app.vault.adapter, 'write');
		const second = await restart(app, plugin);
		expect(readPaths()).toEqual([]);
		// Nothing changed: the stored index is not written again.
		expect(writes.mock.calls.filter(([path]) => path === INDEX_FILE)).toEqual([]);
		expect(second.context.glossary.index.totals()).toEqual({ lessons: 2, terms: 312, hot: 135 });
		expect(second.context.glossary.index.entry('latency')?.occurrences.map((o) => [o.path, o.unit])).toEqual([['lessons/a.md', 1]]);
	});

	it('re-reads a note whose mtime or size changed, and drops a lesson deleted meanwhile', async () => {
		const { app, plugin, readPaths } = await started();
		plugin.unload();
		await app.vault.modify(app.vault.getFileByPath('lessons/a.md')!, LESSON_A.replace('**latency**', '**latencies**'));
		await app.fileManager.trashFile(app.vault.getFileByPath('lessons/b.md')!);
		await app.vault.modify(app.vault.getFileByPath('plain.md')!, FILES['plain.md'].replace('words', 'wordz')); // same size
		await app.metadataCache.settled(); // indexed while no plugin listened: only the second start's check finds them
		const second = await restart(app, plugin);
		expect(readPaths()).toEqual(['lessons/a.md', 'plain.md']);
		expect(second.context.glossary.index.totals().lessons).toBe(1);
		expect(second.context.glossary.index.entry('latencies')).toBeDefined();
		expect(second.context.glossary.index.entry('latency')).toBeUndefined();
	});

	it('stores the index anew when the only change while it was off is a deleted lesson', async () => {
		const { app, plugin } = await started();
		plugin.unload();
		await app.fileManager.trashFile(app.vault.getFileByPath('lessons/b.md')!);
		await app.metadataCache.settled();
		expect(app.vault.adapter.files.get(INDEX_FILE)).toContain('lessons/b.md');
		const second = await restart(app, plugin);
		await vi.waitFor(() => expect(app.vault.adapter.files.get(INDEX_FILE)).not.toContain('lessons/b.md'));
		expect(second.context.glossary.index.totals().lessons).toBe(1);
	});

	it('shows the persisted index before it checks the notes, then patches what changed', async () => {
		const { app, plugin } = await started();
		plugin.unload();
		await app.vault.modify(app.vault.getFileByPath('lessons/a.md')!, LESSON_A.replace('**latency**', '**latencies**'));
		await app.metadataCache.settled();
		const second = new BilingualLessonsPlugin(app as never, manifest);
		second.load();
		await (second as unknown as { whenLoaded: Promise<void> }).whenLoaded;
		await second.context.glossary.restored;
		// As stored: the edit is not read yet (a read resolves on a later task).
		expect(second.context.glossary.index.totals()).toEqual({ lessons: 2, terms: 312, hot: 135 });
		expect(second.context.glossary.index.entry('latency')).toBeDefined();
		await second.context.glossary.ready;
		expect(second.context.glossary.index.entry('latencies')).toBeDefined();
		expect(second.context.glossary.index.entry('latency')).toBeUndefined();
	});

	it('keeps an edit indexed while the persisted index is read, over the stored version', async () => {
		const { app, plugin, readPaths } = await started();
		plugin.unload();
		// Not settled: the metadata cache reports the edits to the second start while it reads the stored index.
		await app.vault.modify(app.vault.getFileByPath('lessons/a.md')!, LESSON_A.replace('**latency**', '**latencies**'));
		await app.vault.modify(app.vault.getFileByPath('plain.md')!, '# Still just a note');
		const second = await restart(app, plugin);
		expect(readPaths().filter((path) => path !== 'lessons/a.md')).toEqual([]);
		expect(second.context.glossary.index.entry('latencies')?.occurrences.map((o) => o.path)).toEqual(['lessons/a.md']);
		expect(second.context.glossary.index.entry('latency')).toBeUndefined();
		expect(second.context.glossary.index.totals().lessons).toBe(2);
	});

	it('re-reads a note whose size changed under the same mtime', async () => {
		const { app, plugin, readPaths } = await started();
		plugin.unload();
		const plain = app.vault.getFileByPath('plain.md')!;
		plain.stat = { ...plain.stat, size: plain.stat.size + 1 };
		await restart(app, plugin);
		expect(readPaths()).toEqual(['plain.md']);
	});

	it('stores the stamps of the notes that are not lessons only, and drops that of a note deleted while it was off', async () => {
		const { app, plugin } = await started();
		expect(storedOthers(app)).toEqual(['plain.md']);
		plugin.unload();
		await app.fileManager.trashFile(app.vault.getFileByPath('plain.md')!);
		await app.metadataCache.settled();
		await restart(app, plugin);
		expect(storedOthers(app)).toEqual([]);
	});

	it('goes on past a note it cannot read (deleted while it was read)', async () => {
		const { app, plugin } = await loadPlugin(BilingualLessonsPlugin, { files: FILES, layoutReady: false });
		const read = app.vault.cachedRead.bind(app.vault);
		vi.spyOn(app.vault, 'cachedRead').mockImplementation((file) => (file.path === 'lessons/a.md' ? Promise.reject(new Error('deleted')) : read(file)));
		app.workspace.setLayoutReady();
		const { glossary } = plugin.context;
		await glossary.ready;
		expect(glossary.index.lessons().map((l) => l.path)).toEqual(['lessons/b.md']);
	});

	it('writes the index once, 15 s after the last of a burst of edits, and not after an unload', async () => {
		vi.useFakeTimers(FAKE_TIMERS);
		const { app, plugin } = await started();
		const writes = vi.spyOn(app.vault.adapter, 'write');
		const stored = () => writes.mock.calls.filter(([path]) => path === INDEX_FILE).map(([, text]) => text);
		const edit = async (term: string) => {
			await app.vault.modify(app.vault.getFileByPath('lessons/a.md')!, LESSON_A.replace('**latency**', `**${term}**`));
			await whileTimeRuns(app.metadataCache.settled());
		};
		await edit('latencies');
		await passTime(10_000, 500);
		await edit('lag');
		await passTime(10_000, 500);
		expect(stored()).toEqual([]);
		await passTime(6_000, 500);
		expect(stored()).toHaveLength(1);
		expect(stored()[0]).toContain('"lag"');
		expect(stored()[0]).not.toContain('"latencies"');

		await edit('delay');
		plugin.unload();
		await passTime(20_000, 500);
		expect(stored()).toHaveLength(1);
	});

	it('stores a renamed note under its new name, a lesson or not: the next start does not read it', async () => {
		vi.useFakeTimers(FAKE_TIMERS);
		const { app, plugin, readPaths } = await started();
		for (const [from, to] of [['plain.md', 'moved.md'], ['lessons/a.md', 'lessons/moved.md']]) {
			await app.fileManager.renameFile(app.vault.getFileByPath(from)!, to);
			await whileTimeRuns(app.metadataCache.settled());
			await passTime(16_000, 500);
		}
		expect(app.vault.adapter.files.get(INDEX_FILE)).toContain('"lessons/moved.md"');
		await whileTimeRuns(restart(app, plugin));
		expect(readPaths()).toEqual([]);
	});

	it('reads no note after an unload, even one it was about to read', async () => {
		const { app, plugin } = await loadPlugin(BilingualLessonsPlugin, { files: FILES, layoutReady: false });
		let now = 0;
		vi.spyOn(performance, 'now').mockImplementation(() => (now += 20)); // a turn before each note
		const reads = vi.spyOn(app.vault, 'cachedRead');
		vi.spyOn(plugin.context.clock, 'nextTask').mockImplementation(() => {
			if (reads.mock.calls.length === 1) plugin.unload();
			return Promise.resolve();
		});
		app.workspace.setLayoutReady();
		await plugin.context.glossary.ready;
		expect(reads).toHaveBeenCalledTimes(1);
	});

	it('gives the event loop its turns through the plugin\'s clock', async () => {
		const { app, plugin } = await started();
		plugin.unload();
		const second = new BilingualLessonsPlugin(app as never, manifest);
		const turns = vi.spyOn(second.context.clock, 'nextTask');
		let now = 0;
		vi.spyOn(performance, 'now').mockImplementation(() => (now += 20)); // every step over the budget of a task
		second.load();
		await (second as unknown as { whenLoaded: Promise<void> }).whenLoaded;
		await second.context.glossary.ready;
		expect(turns).toHaveBeenCalled();
	});

	it('stops an unfinished first build when the plugin is unloaded: no more notes read, no index written', async () => {
		const files = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`lessons/${i}.md`, syntheticLesson(i, { units: 6 })]));
		const { app, plugin } = await loadPlugin(BilingualLessonsPlugin, { files, layoutReady: false });
		const reads = vi.spyOn(app.vault, 'cachedRead');
		const writes = vi.spyOn(app.vault.adapter, 'write');
		app.workspace.setLayoutReady();
		await vi.waitFor(() => expect(reads.mock.calls.length).toBeGreaterThan(0));
		plugin.unload();
		const readBeforeUnload = reads.mock.calls.length;
		await plugin.context.glossary.ready;
		// The read in flight at the unload may end; nothing after it starts.
		expect(reads.mock.calls.length).toBeLessThanOrEqual(readBeforeUnload + 1);
		expect(reads.mock.calls.length).toBeLessThan(200);
		expect(writes.mock.calls.filter(([path]) => path === INDEX_FILE)).toEqual([]);
	});

	it('rebuilds from the notes after a plugin update, a settings change, or a damaged index file', async () => {
		const { app, plugin, readPaths } = await started();
		const updated = await restart(app, plugin, '99.0.0');
		expect(readPaths()).toEqual(['lessons/a.md', 'lessons/b.md', 'plain.md']);
		expect(updated.context.glossary.index.totals().terms).toBe(312);

		await updated.context.settings.update({ extraAnalysisLabel: 'Notes' });
		await updated.context.glossary.ready;
		expect(readPaths()).toHaveLength(6);

		app.vault.adapter.files.set(INDEX_FILE, '{"format":1,"plugin":"broken');
		const repaired = await restart(app, updated, '99.0.0');
		expect(readPaths()).toHaveLength(9);
		expect(repaired.context.glossary.index.totals()).toEqual({ lessons: 2, terms: 312, hot: 135 });
	});

	it('rebuilds from the notes, and stores anew, an index of another format or one whose keys were cut short', async () => {
		const { app, plugin, readPaths } = await started();
		const stored = app.vault.adapter.files.get(INDEX_FILE)!;
		const lines = stored.split('\n');
		const header = JSON.parse(lines[0]) as { format: number };
		const olds = [
			[JSON.stringify({ ...header, format: header.format - 1 }), ...lines.slice(1)], // the same lines, another format
			[lines[0], lines[1], lines[2].slice(0, lines[2].length / 2)], // a write interrupted in the keys
		];
		let current = plugin;
		for (const [round, old] of olds.entries()) {
			app.vault.adapter.files.set(INDEX_FILE, old.join('\n'));
			current = await restart(app, current);
			// Every note read again, each time, and the index as a build from the notes makes and stores it.
			expect(readPaths()).toEqual(['lessons/a.md', 'lessons/b.md', 'plain.md'].flatMap((path) => Array<string>(round + 1).fill(path)));
			expect(current.context.glossary.index.totals()).toEqual({ lessons: 2, terms: 312, hot: 135 });
			expect(current.context.glossary.index.entry('latency')?.occurrences.map((o) => [o.path, o.unit])).toEqual([['lessons/a.md', 1]]);
			expect(app.vault.adapter.files.get(INDEX_FILE)).toBe(stored);
		}
	});

	it('re-reads only the notes whose persisted entry is damaged or does not match their size', async () => {
		const { app, plugin, readPaths } = await started();
		const lines = app.vault.adapter.files.get(INDEX_FILE)!.split('\n');
		const at = (path: string) => lines.findIndex((line) => line.includes(`"${path}"`));
		lines[at('lessons/b.md')] = lines[at('lessons/b.md')].slice(0, 40); // cut short: not JSON
		const a = JSON.parse(lines[at('lessons/a.md')]) as { size: number };
		lines[at('lessons/a.md')] = JSON.stringify({ ...a, size: a.size + 1 }); // same mtime, another size
		lines[at('plain.md')] = '["plain.md", "yesterday", 3]'; // not a stamp
		app.vault.adapter.files.set(INDEX_FILE, lines.join('\n'));
		const second = await restart(app, plugin);
		expect(readPaths()).toEqual(['lessons/a.md', 'lessons/b.md', 'plain.md']);
		expect(second.context.glossary.index.totals()).toEqual({ lessons: 2, terms: 312, hot: 135 });
		// The rewritten index is whole again: a third start reads nothing.
		const third = await restart(app, second);
		expect(readPaths()).toHaveLength(3);
		expect(third.context.glossary.index.totals()).toEqual({ lessons: 2, terms: 312, hot: 135 });
	});

	it('gives the event loop turns while it indexes, even when nothing has to be read', async () => {
		const files = Object.fromEntries(Array.from({ length: 1500 }, (_, i) => [`lessons/s${i}.md`, syntheticLesson(i, { units: 4 })]));
		const { app, plugin } = await started(files);
		expect(plugin.context.glossary.index.totals().lessons).toBe(1500);
		let lessonsWhenATimerRan = -1;
		plugin.unload();
		const second = new BilingualLessonsPlugin(app as never, manifest);
		second.load();
		await (second as unknown as { whenLoaded: Promise<void> }).whenLoaded;
		setTimeout(() => (lessonsWhenATimerRan = second.context.glossary.index.totals().lessons), 0);
		await second.context.glossary.ready;
		expect(lessonsWhenATimerRan).toBeGreaterThanOrEqual(0);
		expect(lessonsWhenATimerRan).toBeLessThan(1500);
		expect(second.context.glossary.index.totals().lessons).toBe(1500);
	}, 60_000);
});
