// @vitest-environment happy-dom
// The notes' language in the plugin: taken from the app once, changed in the settings, reaching the
// vault only when a command writes (never by the change itself).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseCsv } from '../../src/core/glossary/csv';
import { NOTE_WORDS } from '../../src/core/noteWords';
import { findRegion, regionLanguage } from '../../src/core/termNotes/noteText';
import BilingualLessonsPlugin from '../../src/main';
import { LESSON_A, LESSON_B } from '../fixtures';
import type { App } from '../obsidian-double/app';
import { FAKE_TIMERS, loadPlugin, openNote, quiet, whileTimeRuns } from '../obsidian-double/harness';
import { MarkdownView } from '../obsidian-double/markdownView';
import { notices } from '../obsidian-double/notice';
import { DropdownComponent, setAppLanguage } from '../obsidian-double/obsidian';
import { Setting, showSettingTab } from '../obsidian-double/setting';
import { runVault } from './runVault';

const A = 'Lessons/voice-ai-inference-and-evals.md';
const B = 'Lessons/voice-ai-speech-to-speech.md';
const FILES = { [A]: LESSON_A, [B]: LESSON_B };
const TACKLE = 'Terms/tackle.md';

const text = (app: App, path: string): string => {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no file ${path}`);
	return app.vault.peek(file) ?? '';
};
/** The note with its region cut out: what is the user's. */
const outside = (note: string): string => {
	const found = findRegion(note);
	if (!found) throw new Error('no region');
	return note.slice(0, found.start) + note.slice(found.end);
};
/** Every create, modify and rename in the vault from now on, by path. */
function recordWrites(app: App): string[] {
	const writes: string[] = [];
	for (const event of ['create', 'modify', 'rename']) app.vault.on(event, (file) => writes.push((file as { path: string }).path));
	return writes;
}
beforeEach(() => {
	vi.useFakeTimers(FAKE_TIMERS);
});

afterEach(() => setAppLanguage('en'));

describe('the notes\' language setting', () => {
	it('is the app\'s language on the first run, saved then, and kept when the app\'s language changes', async () => {
		setAppLanguage('zh-TW');
		const first = await loadPlugin(BilingualLessonsPlugin);
		expect(first.plugin.context.settings.get().noteLanguage).toBe('zh-TW');
		const saved: unknown = await first.plugin.loadData();
		expect(saved).toMatchObject({ noteLanguage: 'zh-TW' });

		setAppLanguage('en');
		const later = await loadPlugin(BilingualLessonsPlugin, { data: saved });
		const save = vi.spyOn(later.plugin, 'saveData');
		expect(later.plugin.context.settings.get().noteLanguage).toBe('zh-TW');
		expect(save).not.toHaveBeenCalled();
		const tab = later.app.registry.settingTabs[0];
		showSettingTab(tab, 'legacy');
		const dropdown = Setting.named(tab.containerEl, 'Language of generated notes').component(DropdownComponent);
		expect(dropdown.getValue()).toBe('zh-TW');
		expect([...dropdown.selectEl.options].map((o) => [o.value, o.text])).toEqual([['en', 'English'], ['zh', '简体中文'], ['zh-TW', '繁體中文']]);
	});

	it('changed, writes nothing and re-indexes and re-renders nothing; the next update rewrites each region in place, and back', async () => {
		const { app, plugin } = await loadPlugin(BilingualLessonsPlugin, { files: FILES, data: { noteLanguage: 'en' } });
		await runVault(app, 'Apply');
		expect(notices.at(-1)).toBe('Term notes: 135 created, 0 updated, 0 unchanged.');
		// The user's own text above and below the region, and a property of theirs.
		const note = app.vault.getFileByPath(TACKLE)!;
		await app.vault.process(note, (t) => t.replace('tags:', 'mood: keen # mine\ntags:').replace('%% bilingual', 'Seen ## Definition in class.\n\n%% bilingual') + '\n## Occurrences of my own\n\n- at work\n');
		const english = text(app, TACKLE);
		expect(regionLanguage(english)).toBe('en');

		const view = await openNote(app, A);
		await whileTimeRuns(plugin.context.glossary.ready);
		const spies = { save: vi.spyOn(plugin, 'saveData'), rebuild: vi.spyOn(plugin.context.glossary, 'rebuild'), rerender: vi.spyOn(view.previewMode, 'rerender') };
		const writes = recordWrites(app);
		const tab = app.registry.settingTabs[0];
		showSettingTab(tab, 'current');
		await tab.setControlValue('noteLanguage', 'zh');
		await quiet(app);
		expect(plugin.context.settings.get().noteLanguage).toBe('zh');
		expect(spies.save).toHaveBeenCalledTimes(1);
		expect(writes).toEqual([]);
		expect(spies.rebuild).not.toHaveBeenCalled();
		expect(spies.rerender).not.toHaveBeenCalled();
		expect(text(app, TACKLE)).toBe(english);

		await runVault(app, 'Apply');
		expect(notices.at(-1)).toBe('Term notes: 0 created, 135 updated, 0 unchanged.');
		const chinese = text(app, TACKLE);
		expect(regionLanguage(chinese)).toBe('zh');
		expect(chinese).toContain('## 释义\n\n**tackle** /ˈtækəl/');
		expect(chinese).toContain('[[voice-ai-inference-and-evals|voice-ai-inference-and-evals，第 58 单元]]');
		expect(outside(chinese)).toBe(outside(english));

		await tab.setControlValue('noteLanguage', 'en');
		await runVault(app, 'Apply');
		expect(text(app, TACKLE)).toBe(english);
	});

	it('names and heads glossary exports in the notes\' language, whatever the interface\'s', async () => {
		const { app, plugin } = await loadPlugin(BilingualLessonsPlugin, { files: FILES, data: { noteLanguage: 'zh' } });
		await whileTimeRuns(plugin.context.glossary.ready);
		await app.registry.runCommand('export-glossary-csv');
		await app.registry.runCommand('export-glossary-anki');
		await quiet(app);
		const csv = parseCsv(text(app, '词汇表.csv'));
		expect(csv[0]).toEqual([...NOTE_WORDS.zh.csvHeader]);
		expect(csv).toHaveLength(313);
		expect(csv.find((row) => row[0] === 'a good problem to have')?.[4]).toBe('是');
		expect(csv.filter((row) => row[4] === '是')).toHaveLength(135);
		expect(text(app, '词汇表（Anki）.tsv').split('\n')[0]).toBe('#separator:tab');
		expect(notices).toContain('Exported 312 terms to 词汇表.csv');
	});

	it('does not reach existing notes through the automatic update: they keep their language, a new note takes the setting', async () => {
		const { app, plugin } = await loadPlugin(BilingualLessonsPlugin, { files: FILES, data: { noteLanguage: 'en', autoUpdateTermNotes: true } });
		await runVault(app, 'Apply');
		const before = new Map(app.vault.getMarkdownFiles().map((f) => [f.path, text(app, f.path)]));
		await app.registry.settingTabs[0].setControlValue('noteLanguage', 'zh');

		const leaf = app.workspace.getLeaf(false);
		await leaf.openFile(app.vault.getFileByPath(B)!);
		const view = leaf.view as MarkdownView;
		view.setMode('source');
		const at = view.editor.getValue().indexOf('* **large labs**') + '* **large labs**'.length;
		view.editMode!.cm.dispatch({ changes: { from: at, insert: ' 🔥' }, userEvent: 'input.type' });
		await leaf.openFile(app.vault.getFileByPath(A)!);
		await vi.waitFor(() => expect(plugin.context.termNotes.pathFor('large labs')).toBe('Terms/large labs.md'), { timeout: 10_000 });
		await quiet(app);
		expect(regionLanguage(text(app, 'Terms/large labs.md'))).toBe('zh');
		const changed = [...before].filter(([path, was]) => path !== B && text(app, path) !== was).map(([path]) => path);
		expect(changed).toEqual([]);
		expect(regionLanguage(text(app, TACKLE))).toBe('en');
	}, 20_000);
});
