// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import BilingualLessonsPlugin from '../../src/main';
import { LESSON_A, LESSON_B } from '../fixtures';
import { FAKE_TIMERS, loadPlugin, openNote, passTime } from '../obsidian-double/harness';
import type * as O from 'obsidian';
import { Component, MarkdownRenderer, type App, type MarkdownView } from '../obsidian-double/obsidian';

const A = 'Lessons/voice-ai-inference-and-evals.md';
const B = 'Lessons/voice-ai-speech-to-speech.md';
const LATENCY_NOTE = 'Terms/latency.md';
const FILES = { [A]: LESSON_A, [B]: LESSON_B, [LATENCY_NOTE]: '---\nterm: latency\ntags: [bilingual-lessons/term]\n---\n# latency\n' };
/** The freshness check waits for edits to settle (100 ms); a little more. */
const settle = () => passTime(250);

beforeEach(() => {
	vi.useFakeTimers(FAKE_TIMERS);
});

async function open(path: string, data?: unknown) {
	const { app, plugin } = await loadPlugin(BilingualLessonsPlugin, { files: FILES, data: { autoUpdateTermNotes: false, ...(data as object) } });
	const view = await openNote(app, path);
	return { app, plugin, view, root: view.previewMode.containerEl };
}

function unitBlocks(root: HTMLElement, n: number): HTMLElement[] {
	return root.findAll(`.bl-card-block[data-bl-unit="${n}"]`);
}

async function edit(app: App, view: MarkdownView, path: string, change: (text: string) => string): Promise<void> {
	const file = app.vault.getFileByPath(path)!;
	await app.vault.modify(file, change(await app.vault.read(file)));
	await view.whenRendered();
	await settle();
	await view.whenRendered();
}

describe('cards in the reading view', () => {
	it('render every unit of both lessons as a card', async () => {
		for (const [path, count] of [[A, 63], [B, 37]] as const) {
			const { root } = await open(path);
			expect(root.findAll('.bl-card-header')).toHaveLength(count);
			expect(root.findAll('.bl-card-last')).toHaveLength(count);
		}
	});

	it('leave the note as Obsidian renders it when cards are off, and follow the setting when it changes', async () => {
		const { plugin, root, view } = await open(A, { renderCards: false });
		expect(root.findAll('.bl-card-block')).toHaveLength(0);
		await plugin.context.settings.update({ renderCards: true, glossMode: 'always' });
		await view.whenRendered();
		expect(root.findAll('.bl-card-header')).toHaveLength(63);
		expect(root.findAll('.bl-english.bl-glosses-always')).toHaveLength(63);
	});

	it('link chips to existing term notes; a click opens the note', async () => {
		const { app, root } = await open(A);
		const links = root.findAll('a.bl-chip.internal-link');
		expect(links.length).toBeGreaterThan(0);
		expect(links.every((a) => a.getAttr('data-href') === LATENCY_NOTE)).toBe(true);
		expect(root.findAll('.bl-chip').length).toBeGreaterThan(links.length);
		links[0].find('.bl-chip-term').click();
		await passTime(5);
		expect(app.workspace.getActiveFile()?.path).toBe(LATENCY_NOTE);
	});

	it('ask for a page preview when the pointer is over a linked chip', async () => {
		const { app, root } = await open(A);
		const hovers: unknown[] = [];
		app.workspace.on('hover-link', (payload) => hovers.push(payload));
		const link = root.find('a.bl-chip.internal-link');
		link.find('.bl-chip-term').dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
		root.find('span.bl-chip').dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
		expect(hovers).toHaveLength(1);
		expect(hovers[0]).toMatchObject({ source: 'bilingual-lessons', linktext: LATENCY_NOTE, targetEl: link, sourcePath: A });
		// Page preview's settings list that source by the plugin's name, its previews shown with Mod held unless the user says otherwise.
		expect(app.registry.hoverLinkSources.get('bilingual-lessons')).toEqual({ display: 'Bilingual lessons', defaultMod: true });
	});

	it('link chips to a term note under its new name once it is renamed', async () => {
		const { app, root } = await open(A);
		await app.fileManager.renameFile(app.vault.getFileByPath(LATENCY_NOTE)!, 'Terms/latency (delay).md');
		await vi.waitFor(() => expect(root.findAll('a.bl-chip').map((a) => a.getAttr('data-href'))).toContain('Terms/latency (delay).md'), { timeout: 5000 });
		expect(root.findAll('a.bl-chip').map((a) => a.getAttr('data-href'))).not.toContain(LATENCY_NOTE);
	});

	it('open the glossary searched for a term from the ↗ of the vocabulary table', async () => {
		const { app, root } = await open(A);
		const button = root.find('.bl-lesson-vocabulary .bl-vocab-glossary');
		const term = button.getAttr('data-bl-glossary');
		button.click();
		await vi.waitFor(() => expect(app.workspace.getLeavesOfType('bl-glossary')).toHaveLength(1));
		const glossary = app.workspace.getLeavesOfType('bl-glossary')[0].view.containerEl;
		await vi.waitFor(() => expect(glossary.querySelector<HTMLInputElement>('.bl-glossary-search')?.value).toBe(term));
	});

	it('link chips to a term note made after the lesson was rendered', async () => {
		const { app, plugin, root } = await open(A);
		await app.fileManager.trashFile(app.vault.getFileByPath(LATENCY_NOTE)!);
		// The metadata cache reports the change some tasks later, then the cards re-render.
		await vi.waitFor(() => expect(root.findAll('a.bl-chip')).toHaveLength(0), { timeout: 5000 });
		await app.vault.create('Terms/Latency.md', '---\nterm: Latency\ntags: [bilingual-lessons/term]\n---\n');
		await vi.waitFor(() => expect(root.findAll('a.bl-chip').map((a) => a.getAttr('data-href'))).toContain('Terms/Latency.md'), { timeout: 5000 });
		expect(plugin.context.termNotes.pathFor('latency')).toBe('Terms/Latency.md');
	});

	it('conceal translations in study mode, reveal one on click, and toggle from the header', async () => {
		const { app, root, view } = await open(B);
		await app.registry.runCommand('toggle-study-mode');
		const blocks = root.findAll('.bl-card-block');
		expect(blocks.every((b) => b.hasClass('bl-concealed'))).toBe(true);

		unitBlocks(root, 4).map((b) => b.find('.bl-reveal')).find(Boolean)!.click();
		expect(root.findAll('.bl-concealed').length).toBe(blocks.length - unitBlocks(root, 4).length);
		expect(unitBlocks(root, 4).some((b) => b.hasClass('bl-concealed'))).toBe(false);

		await app.registry.runCommand('reveal-all');
		expect(root.findAll('.bl-concealed')).toHaveLength(0);
		await app.registry.runCommand('hide-all');
		expect(root.findAll('.bl-concealed')).toHaveLength(blocks.length);

		const toggle = view.containerEl.find('.view-action[aria-label="Toggle study mode"]');
		expect(toggle.hasClass('is-active')).toBe(true);
		toggle.click();
		expect(root.findAll('.bl-study')).toHaveLength(0);
		expect(toggle.hasClass('is-active')).toBe(false);
	});

	it('takes its study toggle out of the view header when the plugin is disabled', async () => {
		const { plugin, view } = await open(B);
		expect(view.containerEl.findAll('.view-action[aria-label="Toggle study mode"]')).toHaveLength(1);
		plugin.unload();
		expect(view.containerEl.findAll('.view-action[aria-label="Toggle study mode"]')).toHaveLength(0);
	});

	it('move the focus to the next unit with N or J and to the previous with P or K, in study mode', async () => {
		const { app, root, view } = await open(B);
		document.body.appendChild(view.containerEl);
		await app.registry.runCommand('toggle-study-mode');
		const focusedUnit = () => document.activeElement?.closest('[data-bl-unit]')?.getAttr('data-bl-unit');
		const press = (key: string) => {
			const evt = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
			document.activeElement!.dispatchEvent(evt);
			return evt.defaultPrevented;
		};
		unitBlocks(root, 4).map((b) => b.querySelector<HTMLElement>('.bl-study-bar button')).find(Boolean)!.focus();
		expect(document.activeElement?.hasClass('bl-study-toggle')).toBe(true);
		const scrolled = vi.spyOn(HTMLElement.prototype, 'scrollIntoView');
		expect(press('n')).toBe(true);
		expect(focusedUnit()).toBe('5');
		// Its card scrolled into view, no further than needed.
		expect(scrolled.mock.contexts.map((el) => [(el as HTMLElement).hasClass('bl-card-block'), (el as HTMLElement).getAttr('data-bl-unit')])).toEqual([[true, '5']]);
		expect(scrolled.mock.calls).toEqual([[{ block: 'nearest' }]]);
		scrolled.mockRestore();
		press('J');
		expect(focusedUnit()).toBe('6');
		press('p');
		expect(focusedUnit()).toBe('5');
		press('k');
		expect(focusedUnit()).toBe('4');
		expect(document.activeElement?.hasClass('bl-study-toggle')).toBe(true);
		document.body.empty();
	});

	it('reveal a unit with R and hide it again with H in study mode; keys with a modifier, and any key outside study mode, are left to Obsidian', async () => {
		const { app, root, view } = await open(B);
		document.body.appendChild(view.containerEl);
		const concealed = () => unitBlocks(root, 4).some((b) => b.hasClass('bl-concealed'));
		const press = (key: string, init: KeyboardEventInit = {}) => {
			unitBlocks(root, 4).map((b) => b.querySelector<HTMLElement>('.bl-study-bar button, .bl-english')).find(Boolean)!.focus();
			const evt = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
			document.activeElement!.dispatchEvent(evt);
			return evt.defaultPrevented;
		};
		expect(press('n')).toBe(false);
		await app.registry.runCommand('toggle-study-mode');
		expect(concealed()).toBe(true);
		for (const modifier of ['ctrlKey', 'metaKey', 'altKey']) expect(press('r', { [modifier]: true })).toBe(false);
		expect(concealed()).toBe(true);
		expect(press('R')).toBe(true);
		expect(concealed()).toBe(false);
		expect(unitBlocks(root, 5).some((b) => b.hasClass('bl-concealed'))).toBe(true);
		expect(press('h')).toBe(true);
		expect(concealed()).toBe(true);
		expect(press('x')).toBe(false);
		// In a lesson's block that is no unit (its title, its intro) the study keys do nothing.
		const title = root.find('h1');
		const evt = new KeyboardEvent('keydown', { key: 'h', bubbles: true, cancelable: true });
		title.dispatchEvent(evt);
		expect(evt.defaultPrevented).toBe(false);
		document.body.empty();
	});

	it('keep N / J focus in the pane the key was pressed in, with the lesson open in two panes', async () => {
		const { app, view } = await open(B);
		const leaf = app.workspace.getLeaf('split');
		await leaf.openFile(app.vault.getFileByPath(B)!, { state: { mode: 'preview' } });
		const second = leaf.view as MarkdownView;
		await second.whenRendered();
		document.body.append(view.containerEl, second.containerEl);
		await app.registry.runCommand('toggle-study-mode');
		const secondRoot = second.previewMode.containerEl;
		unitBlocks(secondRoot, 4).map((b) => b.querySelector<HTMLElement>('.bl-study-bar button')).find(Boolean)!.focus();
		document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true, cancelable: true }));
		expect(document.activeElement?.closest('[data-bl-unit]')?.getAttr('data-bl-unit')).toBe('5');
		expect(secondRoot.contains(document.activeElement)).toBe(true);
		document.body.empty();
	});

	it('jump to a diagnostic\'s line in the pane it was clicked in, with the lesson open in two panes', async () => {
		const { app, view } = await open(A);
		await edit(app, view, A, (text) => text.replace('本文共 **63 个语义单元**', '本文共 **64 个语义单元**'));
		const leaf = app.workspace.getLeaf('split');
		await leaf.openFile(app.vault.getFileByPath(A)!, { state: { mode: 'preview' } });
		const second = leaf.view as MarkdownView;
		await second.whenRendered();
		const jump = second.previewMode.containerEl.find('.bl-lesson-title .bl-diagnostic-line');
		jump.click();
		await second.whenRendered();
		expect(second.scrolledToLine).toBe(Number(jump.getAttr('data-line')));
		expect(view.scrolledToLine).toBeNull();
	});

	it('start every lesson over in study mode when the study default changes in settings', async () => {
		const { app, plugin, root } = await open(B);
		await app.registry.runCommand('toggle-study-mode');
		unitBlocks(root, 4).map((b) => b.find('.bl-reveal')).find(Boolean)!.click();
		expect(unitBlocks(root, 4).some((b) => b.hasClass('bl-concealed'))).toBe(false);
		await plugin.context.settings.update({ studyModeDefault: true });
		await vi.waitFor(() => expect(unitBlocks(root, 4).every((b) => b.hasClass('bl-concealed'))).toBe(true));
		expect(root.findAll('.bl-card-block').every((b) => b.hasClass('bl-concealed'))).toBe(true);
	});

	it('re-check kept blocks when a new version of the lesson is rendered, even before the metadata cache reports it', async () => {
		const { app, root, view } = await open(A);
		await settle();
		const trigger = app.metadataCache.trigger.bind(app.metadataCache);
		vi.spyOn(app.metadataCache, 'trigger').mockImplementation((name, ...data) => (name === 'changed' ? undefined : trigger(name, ...data)));
		const rerender = vi.spyOn(view.previewMode, 'rerender');
		await edit(app, view, A, (text) => text.replace('* **outsource** /ˈaʊtsɔːrs/：动词，外包', '* **outsource** /ˈaʊtsɔːrs/：动词，外包 🔥'));
		expect(rerender).toHaveBeenCalledWith(true);
		expect(unitBlocks(root, 1)[0].find('.bl-card-header').getAttr('data-bl-hot')).toBe('🔥 3');
	});

	it('stay right after an edit elsewhere in the unit: a new 🔥 bullet updates the header and the glosses', async () => {
		const { app, root, view } = await open(A);
		const rerender = vi.spyOn(view.previewMode, 'rerender');
		await settle();
		await edit(app, view, A, (text) => text.replace('好的，如果你想要速度', '好吧，如果你想要速度'));
		expect(rerender).not.toHaveBeenCalledWith(true);
		const hotCount = () => unitBlocks(root, 1)[0].find('.bl-card-header').getAttr('data-bl-hot');
		expect(hotCount()).toBe('🔥 2');
		await edit(app, view, A, (text) => text.replace('* **outsource** /ˈaʊtsɔːrs/：动词，外包', '* **outsource** /ˈaʊtsɔːrs/：动词，外包 🔥'));
		expect(hotCount()).toBe('🔥 3');
		expect(rerender).toHaveBeenCalledTimes(1);
		const outsource = unitBlocks(root, 1)[0].find('.bl-gloss-item[data-term="outsource"]');
		expect(outsource.hasClass('bl-gloss-hot')).toBe(true);
		expect(root.findAll('.bl-card-header')).toHaveLength(63);
	});

	it('leave a note that is not a lesson as Obsidian renders it, and draw only lessons again when a card setting changes', async () => {
		const { app, plugin, view } = await open(A);
		const plain = await app.vault.create('Lessons/plan.md', '# Plan\n\n(1) **beans** row 3\n\n- **peas**: row 4\n');
		const leaf = app.workspace.getLeaf('split');
		await leaf.openFile(plain, { state: { mode: 'preview' } });
		const plainView = leaf.view as MarkdownView;
		await plainView.whenRendered();
		expect(plainView.previewMode.containerEl.find('h1').getText()).toBe('Plan');
		expect(plainView.previewMode.containerEl.findAll('[class*="bl-"]')).toHaveLength(0);
		const lessonRerender = vi.spyOn(view.previewMode, 'rerender');
		const plainRerender = vi.spyOn(plainView.previewMode, 'rerender');
		await plugin.context.settings.update({ glossMode: 'always' });
		expect(lessonRerender).toHaveBeenCalledWith(true);
		expect(plainRerender).not.toHaveBeenCalled();
	});

	it('leave a lesson\'s markdown rendered outside the reading view (no section info) as it is, without an error', async () => {
		const { app } = await open(A);
		const errors = vi.spyOn(console, 'error');
		const el = createDiv();
		const component = new Component();
		await MarkdownRenderer.render(app as unknown as O.App, LESSON_A, el, A, component);
		component.unload();
		expect(el.find('h1').getText()).toContain('语音AI推理');
		expect(el.findAll('[class*="bl-"]')).toHaveLength(0);
		expect(errors).not.toHaveBeenCalled();
	});

	it('draw nothing again once the plugin is unloaded, not even for an edit made just before', async () => {
		const { app, plugin, view } = await open(A);
		await settle();
		const rerender = vi.spyOn(view.previewMode, 'rerender');
		const file = app.vault.getFileByPath(A)!;
		await app.vault.modify(file, (await app.vault.read(file)).replace('* **outsource** /ˈaʊtsɔːrs/：动词，外包', '* **outsource** /ˈaʊtsɔːrs/：动词，外包 🔥'));
		await view.whenRendered();
		plugin.unload();
		await settle();
		expect(rerender).not.toHaveBeenCalled();
	});

	it('show diagnostics at the top, each jumping to its line', async () => {
		const { app, root, view } = await open(A);
		expect(root.find('.bl-diagnostics')).toBeNull();
		await edit(app, view, A, (text) => text.replace('本文共 **63 个语义单元**', '本文共 **64 个语义单元**'));
		// The title is re-rendered once the edit settles: polled, as timers run late on a loaded machine.
		await vi.waitFor(async () => {
			await view.whenRendered();
			expect(root.find('.bl-lesson-title .bl-diagnostics')).not.toBeNull();
		}, { timeout: 10_000, interval: 100 });
		const diagnostics = root.find('.bl-lesson-title .bl-diagnostics');
		expect(diagnostics.getText()).toContain('64');
		// A block post-processed a second time is left as it is.
		const title = root.find('.bl-lesson-title');
		const ctx = { docId: A, sourcePath: A, frontmatter: null, addChild: () => undefined, getSectionInfo: (el: HTMLElement) => view.previewMode.sectionInfo(el) };
		for (const processor of app.registry.postProcessors()) await processor(title, ctx);
		expect(title.findAll('.bl-diagnostics')).toHaveLength(1);
		const jump = diagnostics.find('.bl-diagnostic-line');
		jump.click();
		await view.whenRendered();
		expect(view.scrolledToLine).toBe(Number(jump.getAttr('data-line')));
	});
});
