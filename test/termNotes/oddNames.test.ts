// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { mayLinkTo } from '../../src/core/termNotes/linkText';
import BilingualLessonsPlugin from '../../src/main';
import type { App } from '../obsidian-double/app';
import { loadPlugin } from '../obsidian-double/harness';
import { notices } from '../obsidian-double/notice';
import { parseYaml } from '../obsidian-double/yaml';
import { runVault } from './runVault';

/** A short lesson of one unit whose 🔥 term is `term`. */
const lesson = (title: string, term: string) =>
	`# ${title}\n\n(1) [00:00-00:06]\n\n**At low tide the ${term} closes up and waits for the sea.**\n\n退潮时，它会合拢，等待海水回来。\n\n解析：\n* **${term}** 🔥：名词，潮池里的生物\n* **low tide**：退潮\n`;

const NBSP = 'Lessons/Rock\u00a0pools.md';
const NFD = 'Lessons/Cafe\u0301 tide.md';
const COMMENT = 'Lessons/50%% done %%.md';
const HASH = 'Lessons/Q&A #3.md';
const GONE = 'Lessons/Gone soon.md';
const FILES = {
	[NBSP]: lesson('Rock pools', 'anemone'),
	[NFD]: lesson('Café tide', 'barnacle'),
	// The same name in NFC beside it: another note, which a run must not take for the NFD one.
	'Lessons/Caf\u00e9 tide.md': lesson('Café tide (NFC)', 'limpet'),
	[COMMENT]: lesson('Half done', 'periwinkle'),
	[HASH]: lesson('Questions', 'hermit crab'),
	[GONE]: lesson('Gone soon', 'sea slug'),
};

const text = (app: App, path: string) => app.vault.peek(app.vault.getAbstractFileByPath(path) as never) ?? null;
const lastNotice = () => notices[notices.length - 1] ?? '';

describe('term notes in the plugin for lessons with odd file names', () => {
	it('no-break space, NFD beside NFC, %% and # in names: every lesson gets its notes, linked by a link that names it, and no lesson changes', async () => {
		const { app } = await loadPlugin(BilingualLessonsPlugin, { files: FILES });
		await runVault(app, 'Apply');
		expect(lastNotice()).toBe('Term notes: 6 created, 0 updated, 0 unchanged.');
		const lessonsOf = (term: string) => (parseYaml(text(app, `Terms/${term}.md`)?.split('---\n')[1] ?? '') as { lessons?: string[] }).lessons ?? [];
		const expected: [string, string][] = [
			['anemone', NBSP],
			['barnacle', NFD],
			['limpet', 'Lessons/Caf\u00e9 tide.md'],
			['periwinkle', COMMENT],
			['hermit crab', HASH],
		];
		for (const [term, path] of expected) {
			const links = lessonsOf(term);
			expect(links, term).toHaveLength(1);
			expect(mayLinkTo(links[0], path), `${term}: ${links[0]}`).toBe(true);
			// The link is to that lesson and no other (NFD and NFC names stay apart).
			for (const [, other] of expected) if (other !== path) expect(mayLinkTo(links[0], other), `${term} → ${other}`).toBe(false);
		}
		for (const [path, content] of Object.entries(FILES)) expect(text(app, path)).toBe(content);

		const writes: string[] = [];
		app.vault.on('modify', (file) => writes.push((file as { path: string }).path));
		expect(await runVault(app, 'Close')).toContain('6 term note(s) already up to date will be left alone.');
		expect(writes).toEqual([]);
	});

	it('goes on past a lesson deleted between the listing and its reading: the other lessons get their notes, the gone one none', async () => {
		const { app } = await loadPlugin(BilingualLessonsPlugin, { files: FILES });
		await app.metadataCache.settled();
		const gone = app.vault.getFileByPath(GONE)!;
		const getFiles = app.vault.getFiles.bind(app.vault);
		vi.spyOn(app.vault, 'getFiles').mockImplementation(() => {
			const listed = getFiles();
			// Another app removes the lesson right after the run listed the vault: looking it up then fails.
			if (listed.includes(gone)) void app.fileManager.trashFile(gone);
			return listed;
		});
		await runVault(app, 'Apply');
		expect(lastNotice()).toBe('Term notes: 5 created, 0 updated, 0 unchanged.');
		expect(app.vault.getAbstractFileByPath('Terms/sea slug.md')).toBeNull();
		expect(text(app, 'Terms/hermit crab.md')).not.toBeNull();
	});
});
