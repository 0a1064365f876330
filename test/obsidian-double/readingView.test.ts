// @vitest-environment happy-dom
import type * as O from 'obsidian';
import { describe, expect, it } from 'vitest';
import { loadPlugin, openNote } from './harness';
import { MarkdownRenderChild, Plugin, Setting, ToggleComponent } from './obsidian';

const NOTE = ['---', 'tags: [lesson]', '---', '# Title', '', 'First paragraph', 'still first.', '', '* a', '* b', '', '---', '(2) second ^unit-2', ''].join('\n');

/** Records what every post-processor call saw. */
class Recorder extends Plugin {
	calls: { tag: string; attached: boolean; info: O.MarkdownSectionInformation | null; frontmatter: unknown }[] = [];
	unloadedChildren = 0;

	override onload(): void {
		this.registerMarkdownPostProcessor((el, ctx) => {
			this.calls.push({ tag: el.className, attached: el.isConnected, info: ctx.getSectionInfo(el), frontmatter: ctx.frontmatter });
			const child = new MarkdownRenderChild(el);
			child.register(() => this.unloadedChildren++);
			ctx.addChild(child);
		});
	}
}

describe('reading view double', () => {
	it('post-processes each block, detached, with its section info', async () => {
		const { app, plugin } = await loadPlugin(Recorder as never, { files: { 'Lesson.md': NOTE } });
		const recorder = plugin as unknown as Recorder;
		const view = await openNote(app, 'Lesson.md');

		expect(recorder.calls.map((c) => [c.tag, c.info?.lineStart, c.info?.lineEnd])).toEqual([
			['el-h1', 3, 3],
			['el-p', 5, 6],
			['el-ul', 8, 9],
			['el-hr', 11, 11],
			['el-p', 12, 12],
		]);
		expect(recorder.calls.every((c) => !c.attached && c.info?.text === NOTE)).toBe(true);
		expect(recorder.calls[0].frontmatter).toEqual({ tags: ['lesson'] });
		const sizer = view.containerEl.querySelector('.markdown-preview-section')!;
		expect(sizer.children).toHaveLength(5);
		expect(sizer.lastElementChild?.textContent).toBe('(2) second');
	});

	it('post-processes last to first when the host renders out of order', async () => {
		const { app, plugin } = await loadPlugin(Recorder as never, { files: { 'Lesson.md': NOTE } });
		app.registry.sectionOrder = 'reverse';
		await openNote(app, 'Lesson.md');
		expect((plugin as unknown as Recorder).calls.map((c) => c.info?.lineStart)).toEqual([12, 11, 8, 5, 3]);
	});

	it('keeps unchanged blocks on edit, with their new lines, and redoes changed ones', async () => {
		const { app, plugin } = await loadPlugin(Recorder as never, { files: { 'Lesson.md': NOTE } });
		const recorder = plugin as unknown as Recorder;
		const view = await openNote(app, 'Lesson.md');
		const lastBefore = view.previewMode.sectionAt(12)!;
		recorder.calls = [];

		await app.vault.modify(app.vault.getFileByPath('Lesson.md')!, NOTE.replace('# Title', '# New title\n\nIntro.'));
		await view.whenRendered();

		expect(recorder.calls.map((c) => c.info?.lineStart)).toEqual([3, 5]);
		expect(recorder.unloadedChildren).toBe(1);
		expect(view.previewMode.sectionAt(14)).toBe(lastBefore);
		expect(view.previewMode.sectionInfo(lastBefore)).toMatchObject({ lineStart: 14, lineEnd: 14 });
	});

	it('opens a link at its block and flashes it', async () => {
		const { app } = await loadPlugin(Recorder as never, { files: { 'Lesson.md': NOTE, 'Term.md': 'See [[Lesson#^unit-2]].' } });
		const view = await openNote(app, 'Term.md');
		const link = view.containerEl.querySelector<HTMLElement>('a.internal-link')!;
		expect(link.hasClass('is-unresolved')).toBe(false);

		link.click();
		await new Promise((resolve) => setTimeout(resolve, 0));
		const lesson = app.workspace.getActiveViewOfType(view.constructor as never) as typeof view;
		await lesson.whenRendered();
		await new Promise((resolve) => setTimeout(resolve, 0));

		expect(lesson.file?.path).toBe('Lesson.md');
		expect(lesson.scrolledToLine).toBe(12);
		expect(lesson.previewMode.sectionAt(12)?.hasClass('is-flashing')).toBe(true);
	});
});

describe('plugin and settings double', () => {
	it('unregisters on unload and keeps saved data as JSON', async () => {
		const { app, plugin } = await loadPlugin(Recorder as never, { data: { a: 1 } });
		expect(await plugin.loadData()).toEqual({ a: 1 });
		expect(app.registry.markdownPostProcessors).toHaveLength(1);
		plugin.unload();
		expect(app.registry.markdownPostProcessors).toHaveLength(0);
	});

	it('lets a test find a setting by name and flip its toggle', () => {
		const containerEl = createDiv();
		let saved: boolean | null = null;
		new Setting(containerEl).setName('Show cards').addToggle((t) => t.setValue(true).onChange((v) => (saved = v)));
		const setting = Setting.named(containerEl, 'Show cards');
		setting.component(ToggleComponent).toggleEl.click();
		expect(saved).toBe(false);
		expect(setting.component(ToggleComponent).toggleEl.hasClass('is-enabled')).toBe(false);
	});
});
