// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseCsv } from '../../src/core/glossary/csv';
import { NOTE_WORDS } from '../../src/core/noteWords';
import BilingualLessonsPlugin from '../../src/main';
import { GlossaryView } from '../../src/Obsidian/glossary/GlossaryView';
import type { App } from '../obsidian-double/app';
import { FAKE_TIMERS, loadPlugin, passTime } from '../obsidian-double/harness';
import { MarkdownView } from '../obsidian-double/markdownView';
import { notices } from '../obsidian-double/notice';
import { LESSON_A, LESSON_B } from '../fixtures';

const A = 'lessons/inference.md';
const B = 'lessons/speech.md';

/** Lets async vault reads, metadata-cache updates and the view's debounced refresh run. */
async function settle(app: App): Promise<void> {
	for (let i = 0; i < 3; i++) {
		await app.metadataCache.settled();
		await passTime(200);
	}
}

async function openGlossary(files: Record<string, string> = { [A]: LESSON_A, [B]: LESSON_B, 'plain.md': '# Just a note\n\n**bold** words' }) {
	const { app, plugin } = await loadPlugin(BilingualLessonsPlugin, { files });
	await settle(app);
	await app.registry.runCommand('open-glossary');
	const view = app.workspace.getLeavesOfType('bl-glossary')[0]?.view;
	if (!(view instanceof GlossaryView)) throw new Error('glossary view not open');
	const $ = (selector: string) => view.contentEl.querySelector<HTMLElement>(selector);
	return { app, plugin, view, $ };
}

function clickRow(view: GlossaryView, key: string, selector: string): void {
	const row = view.contentEl.querySelector<HTMLElement>(`.bl-glossary-row[data-key="${key}"]`);
	if (!row) throw new Error(`row ${key} not rendered`);
	row.querySelector<HTMLElement>(selector)?.click();
}

function search(view: GlossaryView, text: string): void {
	const input = view.contentEl.querySelector<HTMLInputElement>('.bl-glossary-search');
	if (!input) throw new Error('no search box');
	input.value = text;
	input.dispatchEvent(new Event('input'));
}

beforeEach(() => {
	vi.useFakeTimers(FAKE_TIMERS);
});

describe('glossary in the plugin', () => {
	it('indexes the vault on layout ready and opens in the right sidebar from the ribbon or command', async () => {
		const { app, $ } = await openGlossary();
		expect($('.bl-glossary-totals')?.textContent).toBe('2 lessons · 312 terms · 135 🔥');
		expect(app.workspace.getLeavesOfType('bl-glossary')[0]).toMatchObject({ side: 'right' });
		expect(app.registry.ribbonIcons.map((r) => r.title)).toContain('Open glossary');
	});

	it('re-indexes when the analysis label setting changes, keeping the view', async () => {
		const { app, plugin, view, $ } = await openGlossary();
		await app.vault.create('notes-label.md', LESSON_B.replaceAll('解析：', 'Notes:'));
		await settle(app);
		search(view, 'obsess over');
		const lessonsOf = () => $('.bl-glossary-row[data-key="obsess over"] .bl-glossary-count')?.textContent;
		expect(lessonsOf()).toBe('1');
		await plugin.context.settings.update({ extraAnalysisLabel: 'Notes' });
		await settle(app);
		expect(lessonsOf()).toBe('2');
		expect($('.bl-glossary-totals')?.textContent).toBe('3 lessons · 312 terms · 135 🔥');
		expect(view.contentEl.querySelector<HTMLInputElement>('.bl-glossary-search')?.value).toBe('obsess over');
	});

	it('follows edits, renames and deletions of lessons', async () => {
		const { app, view, $ } = await openGlossary();
		search(view, 'outsource');
		expect(view.contentEl.querySelectorAll('.bl-glossary-row')).toHaveLength(1);
		const a = app.vault.getFileByPath(A)!;
		await app.vault.modify(a, LESSON_A.slice(0, LESSON_A.indexOf('(1) [15:09')) + LESSON_A.slice(LESSON_A.indexOf('(2) [15:22')));
		await settle(app);
		expect(view.contentEl.querySelectorAll('.bl-glossary-row')).toHaveLength(0);
		expect(view.contentEl.querySelector<HTMLInputElement>('.bl-glossary-search')?.value).toBe('outsource');

		search(view, 'obsess over');
		await app.vault.createFolder('archive');
		await app.vault.rename(app.vault.getFileByPath(B)!, 'archive/speech.md');
		await settle(app);
		clickRow(view, 'obsess over', '.bl-glossary-meaning');
		clickRow(view, 'obsess over', '.bl-glossary-occurrence');
		await settle(app);
		const opened = app.workspace.getLeaf(false).view;
		expect(opened instanceof MarkdownView && opened.file?.path).toBe('archive/speech.md');

		await app.fileManager.trashFile(app.vault.getFileByPath('archive/speech.md')!);
		await settle(app);
		expect($('.bl-glossary-totals')?.textContent).toMatch(/^1 lesson · /);
	}, 15_000); // several settles: slow on a loaded machine

	it('indexes only markdown notes: a canvas the metadata cache reports with lesson text in it is no lesson', async () => {
		const { app, $ } = await openGlossary();
		const canvas = await app.vault.create('lessons/board.canvas', LESSON_B);
		await settle(app);
		app.metadataCache.trigger('changed', canvas, app.vault.peek(canvas), {});
		await settle(app);
		expect($('.bl-glossary-totals')?.textContent).toBe('2 lessons · 312 terms · 135 🔥');
	});

	it('opens a lesson at the unit of an occurrence, flashing its card for a moment', async () => {
		const { app, plugin, view } = await openGlossary();
		search(view, 'queue');
		clickRow(view, 'queue', '.bl-glossary-meaning');
		clickRow(view, 'queue', '.bl-glossary-occurrence');
		await settle(app);
		const opened = app.workspace.getLeaf(false).view;
		if (!(opened instanceof MarkdownView)) throw new Error('no lesson opened');
		expect(opened.file?.path).toBe(A);
		expect(opened.scrolledToLine).toBe(LESSON_A.split('\n').findIndex((line) => line.startsWith('(2) [15:22')));
		// The unit's card flashes and its `queue` is marked, for a moment.
		const root = opened.previewMode.containerEl;
		expect(root.findAll('.bl-flash')).toEqual(root.findAll('.bl-card-block[data-bl-unit="2"]'));
		expect(root.findAll('.bl-flash')).toHaveLength(4);
		expect(root.findAll('.bl-term-marked').map((span) => span.getText().toLowerCase())).toEqual(['queue']);
		await passTime(3000);
		expect(root.findAll('.bl-flash, .bl-term-marked')).toHaveLength(0);
		// Drawn again later, the unit is not flashed again.
		vi.spyOn(plugin.context.clock, 'now').mockReturnValue(Date.now() + 3000);
		opened.previewMode.rerender(true);
		await opened.whenRendered();
		expect(root.findAll('.bl-card-block[data-bl-unit="2"]')).toHaveLength(4);
		expect(root.findAll('.bl-flash, .bl-term-marked')).toHaveLength(0);
	});

	it('opens an occurrence in the tab in front on a click and in a new tab on Ctrl/Cmd-click, the lesson taking the focus from the glossary', async () => {
		const { app, view } = await openGlossary();
		const glossary = app.workspace.getLeavesOfType('bl-glossary')[0];
		await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath('plain.md')!);
		const tabs: string[][] = [];
		const open = async (init: MouseEventInit) => {
			await app.workspace.revealLeaf(glossary);
			view.contentEl.querySelector('.bl-glossary-row[data-key="queue"] .bl-glossary-occurrence')!.dispatchEvent(new MouseEvent('click', { bubbles: true, ...init }));
			await settle(app);
			const files: string[] = [];
			app.workspace.iterateRootLeaves((leaf) => files.push(leaf.view instanceof MarkdownView ? String(leaf.view.file?.path) : leaf.view.getViewType()));
			tabs.push(files);
			const active = app.workspace.activeLeaf?.view;
			expect(active instanceof MarkdownView && active.file?.path).toBe(A);
		};
		search(view, 'queue');
		clickRow(view, 'queue', '.bl-glossary-meaning');
		await open({});
		await open({ ctrlKey: true });
		expect(tabs).toEqual([[A], [A, A]]);
	});

	describe('a unit with a block id', () => {
		const header = LESSON_A.split('\n').find((line) => line.startsWith('(2) [15:22'))!;
		const HASHED = 'lessons/Q&A #2.md';

		/** Opens the occurrence of `queue` from the glossary; resolves with the eState each leaf was opened with. */
		async function openQueue(files: Record<string, string>) {
			const { app, view } = await openGlossary(files);
			const states: unknown[] = [];
			const getLeaf = app.workspace.getLeaf.bind(app.workspace);
			app.workspace.getLeaf = (newLeaf) => {
				const leaf = getLeaf(newLeaf);
				const openFile = leaf.openFile.bind(leaf);
				leaf.openFile = (file, state) => (states.push(state?.eState), openFile(file, state));
				return leaf;
			};
			search(view, 'queue');
			clickRow(view, 'queue', '.bl-glossary-meaning');
			clickRow(view, 'queue', '.bl-glossary-occurrence');
			await settle(app);
			const opened = getLeaf(false).view;
			if (!(opened instanceof MarkdownView)) throw new Error('no lesson opened');
			return { app, states, opened };
		}

		it('opens at its ^block by the file, never by link text: a lesson named "Q&A #2" opens, and no note "Q&A " is made', async () => {
			const { app, states, opened } = await openQueue({ [HASHED]: LESSON_A.replace(header, `${header} ^unit-2`) });
			expect(states).toEqual([{ subpath: '#^unit-2' }]);
			expect(opened.file?.path).toBe(HASHED);
			expect(opened.scrolledToLine).toBe(LESSON_A.split('\n').indexOf(header));
			expect(app.vault.getFiles().map((f) => f.path)).toEqual([HASHED]);
		});

		it('opens at its header line when an earlier version wrote the id mid-paragraph, where Obsidian sees no block', async () => {
			const midParagraph = LESSON_A.replace(`${header}\n\n`, `${header} ^unit-2\n`);
			expect(midParagraph).not.toBe(LESSON_A);
			const { states, opened } = await openQueue({ [A]: midParagraph });
			const line = midParagraph.split('\n').indexOf(`${header} ^unit-2`);
			expect(states).toEqual([{ line }]);
			expect(opened.scrolledToLine).toBe(line);
		});
	});

	it('exports CSV and Anki files without overwriting, from commands and buttons', async () => {
		const { app, $ } = await openGlossary();
		await app.registry.runCommand('export-glossary-csv');
		await app.registry.runCommand('export-glossary-csv');
		await app.registry.runCommand('export-glossary-anki');
		await settle(app);
		const csv = await app.vault.read(app.vault.getFileByPath('Glossary.csv')!);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(parseCsv(csv)[0]).toEqual(NOTE_WORDS.en.csvHeader);
		expect(parseCsv(csv)).toHaveLength(313);
		expect(app.vault.getFileByPath('Glossary 1.csv')).not.toBeNull();
		expect((await app.vault.read(app.vault.getFileByPath('Glossary for Anki.tsv')!)).split('\n')[0]).toBe('#separator:tab');
		$('.bl-glossary-hot-filter')?.click();
		$('.bl-glossary-export-csv')?.click();
		await settle(app);
		expect(parseCsv(await app.vault.read(app.vault.getFileByPath('Glossary 2.csv')!))).toHaveLength(136);
		expect(notices).toContain('Exported 135 terms to Glossary 2.csv');
	});

	it('opens a term note, or asks before creating one', async () => {
		const { app, plugin, view } = await openGlossary();
		const created: string[] = [];
		await app.vault.createFolder('Terms');
		await app.vault.create('Terms/latency.md', '---\nterm: latency\ntags: [bilingual-lessons/term]\n---\n');
		const notes = new Set(['latency']);
		const { termNotes } = plugin.context;
		vi.spyOn(termNotes, 'pathFor').mockImplementation((key) => (notes.has(key) ? `Terms/${key}.md` : null));
		vi.spyOn(termNotes, 'notes').mockImplementation(() => [...notes].map((key) => ({ path: `Terms/${key}.md`, term: key, key })));
		vi.spyOn(termNotes, 'ensureNote').mockImplementation(async (key) => {
			created.push(key);
			return app.vault.getFileByPath('Terms/latency.md') ? 'Terms/latency.md' : null;
		});
		search(view, 'latency');
		clickRow(view, 'latency', '.bl-glossary-term');
		await settle(app);
		const opened = app.workspace.getLeaf(false).view;
		expect(opened instanceof MarkdownView && opened.file?.path).toBe('Terms/latency.md');

		search(view, 'queue');
		expect(view.contentEl.querySelector('.bl-glossary-row[data-key="queue"] .has-note')).toBeNull();
		clickRow(view, 'queue', '.bl-glossary-term');
		const modal = document.querySelector('.modal');
		expect(modal?.textContent).toContain('“queue” has no term note yet');
		expect(created).toEqual([]);
		Array.from(modal?.querySelectorAll('button') ?? []).find((b) => b.textContent === 'Create')?.click();
		await settle(app);
		expect(created).toEqual(['queue']);

		// A term note appearing shows on its row without any lesson changing.
		notes.add('queue');
		await app.vault.create('Terms/queue.md', '---\nterm: queue\ntags: [bilingual-lessons/term]\n---\n');
		await settle(app);
		expect(view.contentEl.querySelector('.bl-glossary-row[data-key="queue"] .bl-glossary-term')?.hasClass('has-note')).toBe(true);
	});

	it('keeps search, 🔥, lesson, part of speech and sort in the saved view state', async () => {
		const { view, $ } = await openGlossary();
		search(view, 'latency');
		$('.bl-glossary-hot-filter')?.click();
		const state = view.getState();
		expect(state).toEqual({ text: 'latency', hotOnly: true, dueOnly: false, lesson: null, pos: null, sort: 'az' });
		await view.setState({ text: 'queue', hotOnly: false, lesson: A, pos: '名词', sort: 'recent' }, { history: false });
		expect(view.contentEl.querySelector<HTMLInputElement>('.bl-glossary-search')?.value).toBe('queue');
		expect(view.contentEl.querySelector<HTMLSelectElement>('.bl-glossary-sort')?.value).toBe('recent');
		expect(view.contentEl.querySelector<HTMLSelectElement>('.bl-glossary-lesson-filter')?.value).toBe(A);
		expect(view.contentEl.querySelector<HTMLSelectElement>('.bl-glossary-pos-filter')?.value).toBe('名词');
		expect(view.getState()).toEqual({ text: 'queue', hotOnly: false, dueOnly: false, lesson: A, pos: '名词', sort: 'recent' });
		await view.setState({ sort: 'bogus', hotOnly: 'yes', lesson: 'gone.md' }, { history: false });
		expect(view.getState()).toEqual({ text: '', hotOnly: false, dueOnly: false, lesson: null, pos: null, sort: 'az' });
	});
});
