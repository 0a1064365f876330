// @vitest-environment happy-dom
// The term popover in the plugin, over the test double: what it shows and what its buttons do.
import { describe, expect, it, vi } from 'vitest';
import BilingualLessonsPlugin from '../../src/main';
import { LESSON_A, LESSON_B } from '../fixtures';
import { lessonText } from '../lessonBuilder';
import { FAKE_TIMERS, loadPlugin, openNote, passTime } from '../obsidian-double/harness';

const A = 'Lessons/voice-ai-inference-and-evals.md';
const B = 'Lessons/voice-ai-speech-to-speech.md';
const FILES = { [A]: LESSON_A, [B]: LESSON_B, 'Terms/latency.md': '---\nterm: latency\ntags: [bilingual-lessons/term]\n---\n# latency\n' };

async function open(files: Record<string, string> = FILES, path = A) {
	const { app, plugin } = await loadPlugin(BilingualLessonsPlugin, { files, data: { autoUpdateTermNotes: false } });
	// The glossary indexes the vault in short tasks after the layout is ready.
	await plugin.context.glossary.ready;
	expect(plugin.context.glossary.index.totals().lessons).toBe(Object.keys(files).filter((path) => path.startsWith('Lessons/')).length);
	const view = await openNote(app, path);
	const root = view.previewMode.containerEl;
	document.body.appendChild(view.containerEl);
	const termIn = (unit: number, text: string) => root.findAll(`.bl-card-block[data-bl-unit="${unit}"] .bl-english .bl-term`).find((el) => el.getText().endsWith(text))!;
	return { app, plugin, view, root, termIn };
}

const popover = () => document.body.querySelector<HTMLElement>('.bl-popover');


describe('term popover', () => {
	it('shows term, IPA, meaning, key mark, its term note and its other lessons, and says when the device has no speech', async () => {
		const { app, termIn } = await open();
		const latency = termIn(1, 'latency');
		latency.click();
		const el = popover()!;
		expect(el.getAttr('role')).toBe('dialog');
		expect(el.find('.bl-popover-term').getText()).toBe('latency');
		expect(el.find('.bl-popover-ipa').getText()).toBe('/ˈleɪtənsi/');
		expect(el.find('.bl-popover-pos').getText()).toBe('名词');
		expect(el.find('.bl-popover-meaning').getText()).toBe('延迟（网络/系统响应时间）');
		expect(el.find('.bl-popover-hot')).not.toBeNull();
		// happy-dom, like Android's WebView, has no speech synthesis: a sentence, not a dead button.
		expect(el.find('.bl-popover-speak')).toBeNull();
		expect(el.find('.bl-popover-no-speech').getText()).toBe('No speech on this device');
		expect(latency.getAttr('aria-expanded')).toBe('true');

		el.find('.bl-popover-note').click();
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(app.workspace.getActiveFile()?.path).toBe('Terms/latency.md');
		expect(popover()).toBeNull();
	});

	it('counts the other lessons that gloss the term, and offers no note link where there is no note', async () => {
		const { termIn } = await open();
		termIn(54, 'decent').click();
		expect(popover()!.find('.bl-popover-glossary').getText()).toBe('Also in 1 other lesson');
		expect(popover()!.find('.bl-popover-note')).toBeNull();
	});

	it('says "Also in 2 other lessons" for a term three lessons gloss, and "In the glossary" for a term only this one does', async () => {
		const { termIn } = await open({ ...FILES, 'Lessons/copy of speech to speech.md': LESSON_B });
		termIn(54, 'decent').click();
		expect(popover()!.find('.bl-popover-glossary').getText()).toBe('Also in 2 other lessons');
		termIn(1, 'outsource').click();
		expect(popover()!.find('.bl-popover-glossary').getText()).toBe('In the glossary');
	});

	it('opens the glossary searched for the term from "Also in", closing itself', async () => {
		const { app, termIn } = await open();
		termIn(54, 'decent').click();
		popover()!.find('.bl-popover-glossary').click();
		await vi.waitFor(() => expect(app.workspace.getLeavesOfType('bl-glossary')).toHaveLength(1));
		const glossary = app.workspace.getLeavesOfType('bl-glossary')[0].view.containerEl;
		await vi.waitFor(() => expect(glossary.querySelector<HTMLInputElement>('.bl-glossary-search')?.value).toBe('decent'));
		expect(popover()).toBeNull();
	});

	it('acts for the entry whose button was pressed when terms overlap: the second opens the glossary at its own term', async () => {
		const lesson = lessonText([{ n: 1, english: 'We want low latency at every turn.', terms: [{ term: 'low latency', hot: true }, { term: 'latency', hot: true }] }]);
		const { app, termIn } = await open({ 'Lessons/overlap.md': lesson }, 'Lessons/overlap.md');
		termIn(1, 'low latency').click();
		const entries = popover()!.findAll('.bl-popover-entry');
		expect(entries.map((entry) => entry.find('.bl-popover-term').getText())).toEqual(['low latency', 'latency']);
		entries[1].find('.bl-popover-glossary').click();
		await vi.waitFor(() => expect(app.workspace.getLeavesOfType('bl-glossary')).toHaveLength(1));
		const glossary = app.workspace.getLeavesOfType('bl-glossary')[0].view.containerEl;
		await vi.waitFor(() => expect(glossary.querySelector<HTMLInputElement>('.bl-glossary-search')?.value).toBe('latency'));
	});

	it('closes on Escape pressed on its term, and leaves Escape on another term alone', async () => {
		const { termIn } = await open();
		const term = termIn(1, 'outsource');
		term.click();
		const other = termIn(1, 'latency');
		const onOther = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
		other.dispatchEvent(onOther);
		expect(popover()).not.toBeNull();
		expect(onOther.defaultPrevented).toBe(false);
		const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
		term.dispatchEvent(escape);
		expect(popover()).toBeNull();
		expect(escape.defaultPrevented).toBe(true);
		expect(term.getAttr('aria-expanded')).toBe('false');
	});

	it('opens on a resting mouse and closes when it leaves, unless pinned by a click; moving to another term moves it', async () => {
		const { termIn } = await open();
		vi.useFakeTimers(FAKE_TIMERS);
		try {
			const mouse = (el: HTMLElement, type: 'pointerover' | 'pointerout') => el.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerType: 'mouse' }));
			const outsource = termIn(1, 'outsource');
			const latency = termIn(1, 'latency');
			mouse(outsource, 'pointerover');
			expect(popover()).toBeNull();
			await passTime(400);
			expect(popover()?.getAttr('aria-label')).toContain('outsource');
			expect(outsource.getAttr('aria-expanded')).toBe('true');
			mouse(outsource, 'pointerout');
			await passTime(400);
			expect(popover()).toBeNull();
			expect(outsource.getAttr('aria-expanded')).toBe('false');

			outsource.click();
			mouse(outsource, 'pointerout');
			await passTime(400);
			expect(popover()?.getAttr('aria-label')).toContain('outsource');
			mouse(latency, 'pointerover');
			await passTime(400);
			expect(popover()?.getAttr('aria-label')).toContain('latency');
			expect(document.body.findAll('.bl-popover')).toHaveLength(1);
			expect([outsource.hasClass('is-active'), latency.hasClass('is-active')]).toEqual([false, true]);
		} finally {
			vi.useRealTimers();
		}
	});

	it('opens nothing for a mouse passing over a term, stays open while the mouse is on it or a press lands in it, and closes when the mouse leaves it', async () => {
		const { termIn } = await open();
		vi.useFakeTimers(FAKE_TIMERS);
		try {
			const mouse = (el: HTMLElement, type: 'pointerover' | 'pointerout' | 'pointerenter' | 'pointerleave') => el.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerType: 'mouse' }));
			const outsource = termIn(1, 'outsource');
			mouse(outsource, 'pointerover');
			await passTime(100);
			mouse(outsource, 'pointerout');
			await passTime(400);
			expect(popover()).toBeNull();

			mouse(outsource, 'pointerover');
			await passTime(400);
			const el = popover()!;
			mouse(outsource, 'pointerout');
			mouse(el, 'pointerenter');
			await passTime(400);
			expect(popover()).toBe(el);
			// A press on one of its buttons, or on its term, does not put it away before the click.
			for (const target of [el.find('.bl-popover-glossary'), outsource]) target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
			expect(popover()).toBe(el);
			mouse(el, 'pointerleave');
			await passTime(400);
			expect(popover()).toBeNull();
		} finally {
			vi.useRealTimers();
		}
	});

	it('toggles on a second click, and closes on Escape or a click elsewhere', async () => {
		const { termIn, root } = await open();
		const term = termIn(1, 'outsource');
		term.click();
		expect(popover()).not.toBeNull();
		term.click();
		expect(popover()).toBeNull();
		term.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
		expect(popover()).not.toBeNull();
		expect(document.activeElement?.closest('.bl-popover')).not.toBeNull();
		popover()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
		expect(popover()).toBeNull();
		expect(document.activeElement).toBe(term);
		term.click();
		root.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
		expect(popover()).toBeNull();
	});

	it('opens on Space as on Enter, the page left unscrolled; leaving it for elsewhere closes it, going back to its term does not', async () => {
		const { termIn } = await open();
		const term = termIn(1, 'outsource');
		const space = new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true });
		term.dispatchEvent(space);
		expect(space.defaultPrevented).toBe(true);
		const el = popover()!;
		expect(el.getAttr('aria-label')).toContain('outsource');
		el.dispatchEvent(new FocusEvent('focusout', { relatedTarget: term }));
		el.dispatchEvent(new FocusEvent('focusout', { relatedTarget: el.find('.bl-popover-glossary') }));
		el.dispatchEvent(new FocusEvent('focusout'));
		expect(popover()).toBe(el);
		el.dispatchEvent(new FocusEvent('focusout', { relatedTarget: termIn(1, 'latency') }));
		expect(popover()).toBeNull();
		expect(term.getAttr('aria-expanded')).toBe('false');
		const other = new KeyboardEvent('keydown', { key: 'a', bubbles: true, cancelable: true });
		term.dispatchEvent(other);
		expect(popover()).toBeNull();
		expect(other.defaultPrevented).toBe(false);
	});

	it('closes on a scroll of the page, not on one inside it, and goes when the plugin is unloaded', async () => {
		const { plugin, root, termIn } = await open();
		termIn(1, 'outsource').click();
		const el = popover()!;
		el.dispatchEvent(new Event('scroll'));
		expect(popover()).toBe(el);
		root.dispatchEvent(new Event('scroll'));
		expect(popover()).toBeNull();
		termIn(1, 'outsource').click();
		expect(popover()).not.toBeNull();
		plugin.unload();
		expect(popover()).toBeNull();
	});

	it('opens nothing for a click that ends a selection of text', async () => {
		const { termIn } = await open();
		const term = termIn(1, 'outsource');
		const range = document.createRange();
		range.selectNodeContents(term);
		getSelection()!.removeAllRanges();
		getSelection()!.addRange(range);
		term.click();
		expect(popover()).toBeNull();
		getSelection()!.removeAllRanges();
		term.click();
		expect(popover()).not.toBeNull();
	});

	it('reads its term aloud where the device has speech, and opens the term note in a new tab on a Mod-click', async () => {
		const spoken: string[] = [];
		vi.stubGlobal('SpeechSynthesisUtterance', class {
			lang = '';
			constructor(readonly text: string) {}
		});
		vi.stubGlobal('speechSynthesis', { cancel() {}, speak: (u: { text: string }) => spoken.push(u.text) });
		try {
		const { app, view, termIn } = await open();
		termIn(1, 'latency').click();
		popover()!.find('.bl-popover-speak').click();
		expect(spoken).toEqual(['latency']);
		expect(popover()).not.toBeNull();
		popover()!.find('.bl-popover-note').dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }));
		await vi.waitFor(() => expect(app.workspace.getActiveFile()?.path).toBe('Terms/latency.md'));
		expect(app.workspace.getLeavesOfType('markdown').map((leaf) => leaf.view)).toContain(view);
		expect(app.workspace.getLeavesOfType('markdown')).toHaveLength(2);
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
