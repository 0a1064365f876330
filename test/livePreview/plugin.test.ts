// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import BilingualLessonsPlugin from '../../src/main';
import { renderBlockPreview } from '../obsidian-double/blockPreview';
import { loadPlugin, openNote, passTime } from '../obsidian-double/harness';
import { postProcess } from '../obsidian-double/markdownRenderer';
import type { ViewMode } from '../obsidian-double/markdownView';
import { BEES, BEES_MISCOUNTED } from './lessons';

const LESSON = 'Garden/bees.md';
const HIVE_NOTE = 'Terms/hive.md';
const FILES = { [LESSON]: BEES, 'Garden/miscounted.md': BEES_MISCOUNTED, 'Garden/plan.md': '# Plan\n\n- **beans**: row 3\n', [HIVE_NOTE]: '---\nterm: hive\ntags: [bilingual-lessons/term]\n---\n# hive\n' };

async function open(path: string, mode: ViewMode = 'live', data: object = {}) {
	const { app, plugin } = await loadPlugin(BilingualLessonsPlugin, { files: FILES, data: { autoUpdateTermNotes: false, ...data } });
	const view = await openNote(app, path, mode);
	return { app, plugin, view, cards: () => view.containerEl.findAll('.markdown-source-view .bl-live-card') };
}

const studyButton = (view: { containerEl: HTMLElement }) => view.containerEl.find('.view-action[aria-label="Toggle study mode"]');

describe('Live Preview cards in the test double', () => {
	it('draw each unit as the reading view draws it: glosses, markup, chips linking to term notes', async () => {
		const { cards } = await open(LESSON);
		expect(cards().map((c) => c.getAttr('data-bl-unit'))).toEqual(['1', '2', '3', '4']);
		const [first, second] = cards();
		expect(first.find('.bl-gloss').textContent).toBe('蜂巢');
		expect(first.find('a.bl-chip.internal-link').getAttr('data-href')).toBe(HIVE_NOTE);
		expect(second.findAll('.bl-clause')).toHaveLength(1);
		expect(second.find('.bl-aside').textContent).toBe('(quietly)');
		expect(second.find('.bl-translation').textContent).toBe('蜂王停止产卵时，工蜂会悄悄培育一只新的。');
	});

	it('link a chip to a term note made meanwhile, redrawn once for a burst of notes (a vault-wide run writes thousands)', async () => {
		const { app, view, cards } = await open(LESSON);
		const pitch = () => cards()[0].findAll('a.bl-chip').find((chip) => chip.textContent?.startsWith('pitch'));
		expect(pitch()?.getAttr('data-href') ?? null).toBeNull();
		const dispatch = vi.spyOn(view.editMode!.cm, 'dispatch');
		const note = (term: string) => `---\nterm: ${term}\ntags: [bilingual-lessons/term]\n---\n# ${term}\n`;
		await app.vault.create('Terms/pitch.md', note('pitch'));
		for (let i = 0; i < 20; i++) await app.vault.create(`Terms/other ${i}.md`, note(`other ${i}`));
		await app.metadataCache.settled();
		await passTime(100);
		expect(dispatch).toHaveBeenCalledTimes(1);
		expect(pitch()?.getAttr('data-href')).toBe('Terms/pitch.md');
	});

	it('show the diagnostics below the title; a click on one puts the cursor on its line', async () => {
		const { view } = await open('Garden/miscounted.md');
		const details = view.containerEl.find('.bl-live-card .bl-diagnostics');
		expect(details.find('summary').textContent).toBe('1 lesson format issue');
		details.find('.bl-diagnostic-line').click();
		const cm = view.editMode!.cm;
		expect(cm.state.doc.lineAt(cm.state.selection.main.head).number).toBe(2);
	});

	it('open the part of a unit that was clicked: the English, the translation or the list of terms', async () => {
		const { view, cards } = await open(LESSON);
		const cm = view.editMode!.cm;
		const cursorLine = () => cm.state.doc.lineAt(cm.state.selection.main.head).text;
		const clickIn = (unit: string, selector: string) => cards().find((c) => c.getAttr('data-bl-unit') === unit)!.find(selector).click();
		clickIn('2', '.bl-english');
		expect(cursorLine()).toBe('**{When the queen stops laying,} [the workers] (quietly) raise a new one.**');
		clickIn('3', '.bl-translation');
		expect(cursorLine()).toBe('开盖前用烟让蜜蜂平静下来。');
		clickIn('1', '.bl-chips');
		expect(cursorLine()).toBe('- **hive** /haɪv/：名词，蜂巢 🔥');
	});

	it('leave source mode, other notes and a plugin turned off raw', async () => {
		const { plugin, view, cards } = await open(LESSON, 'source');
		expect(cards()).toHaveLength(0);
		view.setMode('live');
		expect(cards()).toHaveLength(4);
		expect((await open('Garden/plan.md')).cards()).toHaveLength(0);
		plugin.unload();
		expect(cards()).toHaveLength(0);
		expect(view.editMode!.cm.contentDOM.textContent).toContain('(1) [00:05-00:12]');
	});

	it('follow a settings change: cards off, then on with every gloss', async () => {
		const { plugin, cards } = await open(LESSON);
		await plugin.context.settings.update({ renderCards: false });
		expect(cards()).toHaveLength(0);
		await plugin.context.settings.update({ renderCards: true, glossMode: 'always' });
		expect(cards().map((c) => c.findAll('.bl-english .bl-gloss').length)).toEqual([2, 2, 1, 2]);
	});

	it('offer study mode in Live Preview and reading view, not in source mode nor on a note that is no lesson', async () => {
		const { app, view } = await open(LESSON, 'source');
		expect(studyButton(view)).toBeNull();
		view.setMode('live');
		studyButton(view).click();
		expect(view.containerEl.findAll('.bl-live-card.bl-concealed')).toHaveLength(4);
		view.setMode('preview');
		await view.whenRendered();
		expect(studyButton(view).hasClass('is-active')).toBe(true);
		expect(view.previewMode.containerEl.findAll('.bl-card-block.bl-concealed').length).toBeGreaterThan(0);
		const plan = await openNote(app, 'Garden/plan.md', 'live');
		expect(studyButton(plan)).toBeNull();
	});

	it('are drawn again when a card setting changes, and with play buttons once the lesson names its media', async () => {
		const { app, plugin, cards } = await open(LESSON);
		const count = (selector: string) => cards().flatMap((card) => card.findAll(selector)).length;
		const hotOnly = count('.bl-gloss-item');
		await plugin.context.settings.update({ glossMode: 'always' });
		expect(count('.bl-gloss-item')).toBeGreaterThan(hotOnly);
		expect(count('.bl-play')).toBe(0);
		await app.vault.create('bees.mp3', 'ID3');
		await app.vault.process(app.vault.getFileByPath(LESSON)!, (text) => `---\nmedia: "[[bees.mp3]]"\n---\n${text}`);
		await app.metadataCache.settled();
		await passTime(100);
		// Units 1, 3 and 4 have times; unit 2 has none.
		expect(cards().map((card) => card.find('.bl-play')?.getAttr('data-bl-play') ?? null)).toEqual(['1', null, '3', '4']);
	});

	it('open lessons in reading view when the setting says so, and other notes as they were', async () => {
		const { app, view } = await open(LESSON, 'live', { openInReadingView: true });
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(view.getMode()).toBe('preview');
		const plan = await openNote(app, 'Garden/plan.md', 'live');
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(plan.getState()).toMatchObject({ mode: 'source', source: false });
	});
});

describe('a link to one unit', () => {
	const WITH_IDS = BEES.replace('(2)\n', '(2) ^unit-2\n').replace('(3) [00:40-00:51] **Smoke calms the bees before you open the lid.**', '$& ^unit-3');

	it('previews as the unit\'s whole card, not its bare header line', async () => {
		const { app } = await loadPlugin(BilingualLessonsPlugin, { files: { [LESSON]: WITH_IDS, [HIVE_NOTE]: FILES[HIVE_NOTE] }, data: { autoUpdateTermNotes: false } });
		for (const [id, english, chips] of [['unit-2', 'raise a new one', 2], ['unit-3', 'calms the bees before', 1]] as const) {
			const preview = await renderBlockPreview(app, `bees#^${id}`, 'Garden/notes.md');
			const card = preview!.el.find('.bl-card-block');
			expect(card.getAttr('data-bl-unit')).toBe(id.slice(-1));
			expect(card.find('.bl-english').textContent).toContain(english);
			expect(card.findAll('.bl-chip')).toHaveLength(chips);
			expect(card.find('.bl-translation').textContent).not.toBe('');
			expect(preview!.el.textContent).not.toContain('^unit');
		}
	});

	it('previews any other block, of a lesson or of another note, as Obsidian renders it', async () => {
		const files = { [LESSON]: WITH_IDS.replace('稳定的嗡嗡声。', '$& ^hive-zh'), 'Garden/plan.md': '# Plan\n\n- **beans**: row 3 ^beans\n' };
		const { app } = await loadPlugin(BilingualLessonsPlugin, { files, data: { autoUpdateTermNotes: false } });
		const errors = vi.spyOn(console, 'error');
		const beans = await renderBlockPreview(app, 'plan#^beans', 'Garden/notes.md');
		expect(beans!.el.find('li strong').textContent).toBe('beans');
		expect(beans!.el.findAll('.bl-card-block')).toHaveLength(0);
		const other = await renderBlockPreview(app, 'bees#^hive-zh', 'Garden/notes.md');
		expect(other!.el.textContent).toBe('健康的蜂巢会发出稳定的嗡嗡声。');
		expect(other!.el.findAll('.bl-card-block')).toHaveLength(0);
		expect(errors).not.toHaveBeenCalled();
	});

	it('leaves a unit\'s header as it is when its note is gone by the time it is post-processed', async () => {
		const { app } = await loadPlugin(BilingualLessonsPlugin, { files: { [LESSON]: WITH_IDS }, data: { autoUpdateTermNotes: false } });
		const errors = vi.spyOn(console, 'error');
		const text = '(2) ^unit-2';
		const el = createDiv({ text });
		await postProcess(app.registry.postProcessors(), el, { docId: 'gone', sourcePath: 'Garden/gone.md', frontmatter: undefined, addChild: () => undefined, getSectionInfo: () => ({ text, lineStart: 0, lineEnd: 0 }) });
		expect(el.textContent).toBe(text);
		expect(errors).not.toHaveBeenCalled();
	});
});
