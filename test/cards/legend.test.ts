// @vitest-environment happy-dom
// The markup legend in the settings tab: each kind of markup drawn with the cards' own classes, and explained.
import { describe, expect, it } from 'vitest';
import BilingualLessonsPlugin from '../../src/main';
import { loadPlugin } from '../obsidian-double/harness';
import { showSettingTab } from '../obsidian-double/setting';

describe('the markup legend', () => {
	it('shows, in the settings, a sample of every kind of markup next to what it means', async () => {
		const { app } = await loadPlugin(BilingualLessonsPlugin);
		const tab = app.registry.settingTabs[0];
		showSettingTab(tab);
		const legend = tab.containerEl.querySelector('.bl-legend')!;
		const samples = [...legend.querySelectorAll('dt .bl-english > span')].map((el) => el.className);
		expect(samples).toEqual(['bl-clause', 'bl-modifier bl-depth-1', 'bl-aside', 'bl-term', 'bl-term bl-term-hot']);
		expect(legend.querySelector('.bl-modifier .bl-modifier.bl-depth-2')).not.toBeNull();
		expect(legend.querySelector('.bl-term-hot .bl-gloss')?.textContent).toBe('延迟');
		expect([...legend.querySelectorAll('dd')].map((dd) => dd.textContent)).toHaveLength(5);
		expect(legend.querySelectorAll('dd')[0].textContent).toContain('{ }');
	});
});
