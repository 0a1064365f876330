// @vitest-environment happy-dom
// Who hears of a settings change: only what depends on the keys that changed, and text settings once typing pauses.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SettingsChanges } from '../../src/core/SettingsChanges';
import BilingualLessonsPlugin from '../../src/main';
import { TEXT_SAVE_DELAY_MS } from '../../src/Obsidian/settings/SettingsTab';
import { LESSON_A } from '../fixtures';
import { FAKE_TIMERS, loadPlugin, openNote, passTime, whileTimeRuns } from '../obsidian-double/harness';
import { TextComponent } from '../obsidian-double/obsidian';
import { Setting, showSettingTab } from '../obsidian-double/setting';

describe('SettingsChanges', () => {
	it('tells a listener only of saves that changed one of its keys, with every key that changed', () => {
		const changes = new SettingsChanges({ folder: 'Terms', mode: 'hot', limits: [1, 2] });
		const heard: string[][] = [];
		changes.on(['mode'], (changed) => heard.push(['mode', ...changed]));
		changes.on(['folder', 'limits'], (changed) => heard.push(['folder/limits', ...changed]));
		changes.notify(changes.commit({ folder: 'Terms', mode: 'hot', limits: [1, 2] }));
		expect(heard).toEqual([]);
		changes.notify(changes.commit({ folder: 'Words', mode: 'hot', limits: [1, 2] }));
		changes.notify(changes.commit({ folder: 'Words', mode: 'always', limits: [1, 3] }));
		expect(heard).toEqual([['folder/limits', 'folder'], ['mode', 'mode', 'limits'], ['folder/limits', 'mode', 'limits']]);
	});

	it('compares with the last commit, so a value changed and changed back is no change', () => {
		const changes = new SettingsChanges({ a: 1 });
		expect(changes.commit({ a: 2 })).toEqual(['a']);
		expect(changes.commit({ a: 2 })).toEqual([]);
		expect(changes.commit({ a: 1 })).toEqual(['a']);
	});
});

const LESSON = 'Lessons/voice-ai-inference-and-evals.md';
const pause = () => passTime(TEXT_SAVE_DELAY_MS + 200);

async function setup() {
	const loaded = await loadPlugin(BilingualLessonsPlugin, { files: { [LESSON]: LESSON_A }, data: { autoUpdateTermNotes: false } });
	const view = await openNote(loaded.app, LESSON);
	await whileTimeRuns(loaded.plugin.context.glossary.ready);
	const tab = loaded.app.registry.settingTabs[0];
	showSettingTab(tab, 'current');
	const spies = {
		save: vi.spyOn(loaded.plugin, 'saveData'),
		rebuild: vi.spyOn(loaded.plugin.context.glossary, 'rebuild'),
		rerender: vi.spyOn(view.previewMode, 'rerender'),
	};
	/** Types `text` into the named field a character at a time, as a person does. */
	const typeSlowly = (name: string, text: string) => {
		const input = Setting.named(tab.containerEl, name).component(TextComponent).inputEl;
		for (let i = 1; i <= text.length; i++) {
			input.value = text.slice(0, i);
			input.dispatchEvent(new Event('input'));
		}
	};
	return { ...loaded, tab, spies, typeSlowly };
}

describe('a settings change in the plugin', () => {
	beforeEach(() => {
		vi.useFakeTimers(FAKE_TIMERS);
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	it('typing a term notes folder saves once when typing pauses, and re-indexes and re-renders nothing', async () => {
		const { plugin, tab, spies, typeSlowly } = await setup();
		typeSlowly('Term notes folder', 'Vocabulary');
		expect(spies.save).not.toHaveBeenCalled();
		expect(tab.getControlValue('termFolder')).toBe('Vocabulary');
		expect(plugin.context.settings.get().termFolder).toBe('Terms');
		await pause();
		expect(spies.save).toHaveBeenCalledTimes(1);
		expect(await plugin.loadData()).toMatchObject({ termFolder: 'Vocabulary' });
		expect(spies.rebuild).not.toHaveBeenCalled();
		expect(spies.rerender).not.toHaveBeenCalled();
	});

	it('typing an analysis label re-indexes the vault and re-renders the lesson once, not once a key', async () => {
		const { spies, typeSlowly } = await setup();
		typeSlowly('Extra analysis label', 'Notes');
		await pause();
		expect(spies.save).toHaveBeenCalledTimes(1);
		expect(spies.rebuild).toHaveBeenCalledTimes(1);
		expect(spies.rerender.mock.calls).toEqual([[true]]);
	});

	it('a switch saves at once and re-renders the cards, but re-indexes nothing; closing the tab saves what was typed', async () => {
		const { plugin, tab, spies, typeSlowly } = await setup();
		await tab.setControlValue('showMarkupBrackets', true);
		expect(spies.save).toHaveBeenCalledTimes(1);
		expect(spies.rerender).toHaveBeenCalledWith(true);
		expect(spies.rebuild).not.toHaveBeenCalled();
		typeSlowly('Term notes folder', 'Words');
		tab.hide();
		expect(spies.save).toHaveBeenCalledTimes(2);
		expect(await plugin.loadData()).toMatchObject({ showMarkupBrackets: true, termFolder: 'Words' });
	});
});
