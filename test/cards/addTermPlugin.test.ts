// @vitest-environment happy-dom
// "Add as a term" in the plugin, over the test double: a selection in the English, the preview, the write.
import { afterEach, describe, expect, it, vi } from 'vitest';
import BilingualLessonsPlugin from '../../src/main';
import { loadPlugin, openNote } from '../obsidian-double/harness';
import type { MarkdownView } from '../obsidian-double/markdownView';

const PATH = 'Lessons/cooking.md';
const LESSON = [
	'# Cooking with heat',
	'',
	'(1) [00:01-00:05] **Sear the steak until a crust forms.**',
	'',
	'把牛排煎到表面形成硬壳。',
	'',
	'解析：',
	'* **sear** /sɪr/：动词，用高温快速煎 🔥',
	'',
	'---',
	'',
	'(2) [00:06-00:09] **Then let it rest on a warm plate.**',
	'',
	'然后让它在温热的盘子上静置。',
	'',
].join('\n');

let loaded: { plugin: BilingualLessonsPlugin; view: MarkdownView } | null = null;

async function open(lesson = LESSON, others: Record<string, string> = {}) {
	const { app, plugin } = await loadPlugin(BilingualLessonsPlugin, { files: { [PATH]: lesson, ...others }, data: { autoUpdateTermNotes: false } });
	const view = await openNote(app, PATH);
	loaded = { plugin, view };
	document.body.appendChild(view.containerEl);
	return { app, view, root: view.previewMode.containerEl };
}

/** Selects `words` in the English of unit `n`, as a reader's drag would, and releases the pointer there. */
function select(root: HTMLElement, n: number, words: string): void {
	const english = root.find(`.bl-card-block[data-bl-unit="${n}"] .bl-english`);
	const walker = document.createTreeWalker(english, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const at = node.textContent!.indexOf(words);
		if (at === -1) continue;
		const range = document.createRange();
		range.setStart(node, at);
		range.setEnd(node, at + words.length);
		getSelection()!.removeAllRanges();
		getSelection()!.addRange(range);
		english.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
		return;
	}
	throw new Error(`"${words}" not in unit ${n}`);
}

function fill(label: string, value: string): void {
	const setting = [...document.querySelectorAll('.modal .setting-item')].find((el) => el.querySelector('.setting-item-name')?.textContent === label)!;
	const input = setting.querySelector('input')!;
	input.value = value;
	input.dispatchEvent(new Event('input'));
}

afterEach(async () => {
	// The cards' debounced freshness check may re-render the note after a test (under load, after the DOM is gone):
	// unloading the plugin cancels it.
	loaded?.plugin.unload();
	await loaded?.view.whenRendered();
	loaded = null;
});

describe('add as a term', () => {
	it('offers a button by a selection in the English, previews the bullet, and writes it only on Add', async () => {
		const { app, view, root } = await open();
		select(root, 1, 'a crust ');
		const button = document.querySelector<HTMLElement>('.bl-add-term')!;
		expect(button.getText()).toBe('Add as a term');
		button.click();
		const preview = document.querySelector('.bl-add-term-preview')!;
		expect(preview.textContent).toBe('* **a crust**：');
		expect(document.querySelector('.bl-add-term-problem')!.textContent).toBe('Give the term a meaning.');
		fill('Meaning', '硬壳');
		fill('Part of speech', '名词');
		expect(preview.textContent).toBe('* **a crust**：名词，硬壳');
		const text = () => app.vault.read(app.vault.getFileByPath(PATH)!);
		expect(await text()).toBe(LESSON);
		[...document.querySelectorAll<HTMLElement>('.modal button')].find((b) => b.textContent === 'Add')!.click();
		await app.metadataCache.settled();
		// The write re-renders the note: wait for it, so no render runs after the test's DOM is gone.
		await view.whenRendered();
		expect(await text()).toBe(LESSON.replace('快速煎 🔥\n', '快速煎 🔥\n* **a crust**：名词，硬壳\n'));
	});

	it('gives a unit without an analysis list one, and writes nothing on Cancel', async () => {
		const { app, view, root } = await open();
		select(root, 2, 'warm plate');
		document.querySelector<HTMLElement>('.bl-add-term')!.click();
		[...document.querySelectorAll<HTMLElement>('.modal button')].find((b) => b.textContent === 'Cancel')!.click();
		const text = () => app.vault.read(app.vault.getFileByPath(PATH)!);
		expect(await text()).toBe(LESSON);
		select(root, 2, 'warm plate');
		document.querySelector<HTMLElement>('.bl-add-term')!.click();
		fill('Meaning', '温热的盘子');
		[...document.querySelectorAll<HTMLElement>('.modal button')].find((b) => b.textContent === 'Add')!.click();
		await app.metadataCache.settled();
		// The write re-renders the note: wait for it, so no render runs after the test's DOM is gone.
		await view.whenRendered();
		expect(await text()).toBe(`${LESSON.slice(0, -1)}\n\n解析：\n* **warm plate**：温热的盘子\n`);
	});

	it.each([
		['\n', 'LF'],
		['\r\n', 'CRLF'],
	])('follows the list\'s own bullet marker in a closed lesson with %j line endings (%s), keeping them', async (eol) => {
		const dashed = LESSON.replace('* **sear**', '- **sear**').replaceAll('\n', eol);
		const { app, view, root } = await open(dashed);
		select(root, 1, 'a crust ');
		document.querySelector<HTMLElement>('.bl-add-term')!.click();
		fill('Meaning', '硬壳');
		[...document.querySelectorAll<HTMLElement>('.modal button')].find((b) => b.textContent === 'Add')!.click();
		const text = () => app.vault.read(app.vault.getFileByPath(PATH)!);
		await vi.waitFor(async () => expect(await text()).not.toBe(dashed));
		// The write re-renders the note: wait for it, so no render runs after the test's DOM is gone.
		await app.metadataCache.settled();
		await view.whenRendered();
		expect(await text()).toBe(dashed.replace(`快速煎 🔥${eol}`, `快速煎 🔥${eol}- **a crust**：硬壳${eol}`));
	});

	it('writes into the lesson\'s own editor when it is open in one, its unsaved text kept, and never into another note being edited', async () => {
		const other = 'Notes/shopping.md';
		const { app, root } = await open(LESSON, { [other]: '# Shopping\n- eggs\n' });
		const editorOf = async (path: string) => {
			const leaf = app.workspace.getLeaf('split');
			await leaf.openFile(app.vault.getFileByPath(path)!, { state: { mode: 'source' } });
			return (leaf.view as MarkdownView).editor;
		};
		const add = (words: string, meaning: string) => {
			select(root, 1, words);
			document.querySelector<HTMLElement>('.bl-add-term')!.click();
			fill('Meaning', meaning);
			[...document.querySelectorAll<HTMLElement>('.modal button')].find((b) => b.textContent === 'Add')!.click();
		};
		const shopping = await editorOf(other);
		shopping.type('- milk\n');
		add('a crust ', '硬壳');
		const text = () => app.vault.read(app.vault.getFileByPath(PATH)!);
		await vi.waitFor(async () => expect(await text()).toBe(LESSON.replace('快速煎 🔥\n', '快速煎 🔥\n* **a crust**：硬壳\n')));
		expect(shopping.getValue()).toBe('# Shopping\n- eggs\n- milk\n');

		const lesson = await editorOf(PATH);
		lesson.replaceRange('A note of mine.\n', { line: 0, ch: 0 });
		add('the steak', '牛排');
		expect(lesson.getValue()).toBe(`A note of mine.\n${await text()}`.replace('**a crust**：硬壳\n', '**a crust**：硬壳\n* **the steak**：牛排\n'));
		expect(shopping.getValue()).toBe('# Shopping\n- eggs\n- milk\n');
		await app.metadataCache.settled();
	});

	it('is a command too, offered only while the active lesson holds a selection in its English, opening the same preview', async () => {
		const { app, plugin } = await loadPlugin(BilingualLessonsPlugin, { files: { [PATH]: LESSON }, data: { autoUpdateTermNotes: false } });
		const command = app.registry.commands.get('bilingual-lessons:add-selection-as-term')!;
		expect(command.name).toBe('Bilingual Lessons: Add the selected text as a term');
		// No note open.
		expect(command.checkCallback!(true)).toBe(false);
		const view = await openNote(app, PATH);
		loaded = { plugin, view };
		document.body.appendChild(view.containerEl);
		expect(command.checkCallback!(true)).toBe(false);
		select(view.previewMode.containerEl, 1, 'a crust ');
		expect(command.checkCallback!(true)).toBe(true);
		expect(document.querySelector('.bl-add-term-preview')).toBeNull();
		command.checkCallback!(false);
		expect(document.querySelector('.bl-add-term-preview')!.textContent).toBe('* **a crust**：');
	});

	it('offers nothing for a selection outside the English', async () => {
		const { root } = await open();
		const translation = root.find('.bl-card-block[data-bl-unit="1"] .bl-translation, .bl-card-block.bl-translation');
		const range = document.createRange();
		range.selectNodeContents(translation);
		getSelection()!.removeAllRanges();
		getSelection()!.addRange(range);
		translation.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
		expect(document.querySelector('.bl-add-term')).toBeNull();
	});
});
