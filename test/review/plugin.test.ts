// @vitest-environment happy-dom
// The review in the plugin, through the double: a keyboard session writes the review-* properties and nothing else.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { answer, type Answer } from '../../src/core/review/schedule';
import { reviewProperties, type ReviewState } from '../../src/core/review/state';
import BilingualLessonsPlugin from '../../src/main';
import { ReviewView } from '../../src/Obsidian/review/ReviewView';
import type { App } from '../obsidian-double/app';
import { FAKE_TIMERS, loadPlugin, passTime } from '../obsidian-double/harness';
import { notices } from '../obsidian-double/notice';
import { stringifyYaml } from '../obsidian-double/yaml';
import { runVault } from '../termNotes/runVault';
import type { MarkdownView } from '../obsidian-double/markdownView';
import { withProperties } from '../../src/core/termNotes/withProperties';
import { showSettingTab } from '../obsidian-double/setting';
import { BEEKEEPING, HIVE_CHECKS } from './lessons';

const NOW = new Date(2026, 11, 3, 9, 30).getTime();
const FILES = {
	'Bees/Beekeeping.md': BEEKEEPING,
	'Bees/Hive checks.md': HIVE_CHECKS,
	// Not the plugin's: a `term` property and a review-due of its own never make it a card.
	'School/Term dates.md': '---\nterm: Autumn\nreview-due: 2026-01-01T00:00:00Z\n---\nParents evening.\n',
};

const text = (app: App, path: string) => app.vault.peek(app.vault.getFileByPath(path)!)!;

async function settle(app: App): Promise<void> {
	for (let i = 0; i < 3; i++) {
		await app.metadataCache.settled();
		await passTime(50);
	}
}

async function setUp() {
	vi.spyOn(Date, 'now').mockReturnValue(NOW);
	const { app, plugin } = await loadPlugin(BilingualLessonsPlugin, { files: FILES });
	// On screen, as in Obsidian, so the card can take the keyboard focus.
	document.body.appendChild(app.workspace.containerEl);
	await runVault(app, 'Apply');
	await settle(app);
	const before = Object.fromEntries(app.vault.getMarkdownFiles().map((f) => [f.path, text(app, f.path)]));
	return { app, plugin, before };
}

async function openReview(app: App): Promise<ReviewView> {
	await app.registry.runCommand('review-due-terms');
	const view = app.workspace.getLeavesOfType('bl-review')[0]?.view;
	if (!(view instanceof ReviewView)) throw new Error('review view not open');
	await vi.waitFor(() => expect(view.contentEl.querySelector('[data-side="front"], [data-side="done"] :not(.bl-review-empty)')).not.toBeNull());
	return view;
}

function press(view: ReviewView, key: string): void {
	const target = view.contentEl.ownerDocument.activeElement ?? view.contentEl;
	target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}

const side = (view: ReviewView) => view.contentEl.querySelector('.bl-review-card')?.getAttribute('data-side');
const term = (view: ReviewView) => view.contentEl.querySelector('.bl-review-term')?.textContent;

/** A term note's text with the review properties added at the end of its frontmatter: what one review may change. */
function withReview(note: string, state: ReviewState): string {
	const close = note.indexOf('\n---\n', 4);
	return `${note.slice(0, close + 1)}${stringifyYaml(reviewProperties(state))}${note.slice(close + 1)}`;
}

beforeEach(() => {
	vi.useFakeTimers(FAKE_TIMERS);
});

describe('review in the plugin', () => {
	it('shows the definition as the term note’s properties have it after the user edits them; a blank one falls back to the lesson’s', async () => {
		const { app } = await setUp();
		const note = app.vault.getFileByPath('Terms/bounce back.md')!;
		const back = async () => {
			const view = await openReview(app);
			press(view, ' ');
			const $ = (cls: string) => view.contentEl.querySelector(`.bl-review-back .${cls}`)?.textContent ?? null;
			const shown = { term: term(view), ipa: $('bl-review-ipa'), pos: $('bl-review-pos'), meaning: $('bl-review-meaning') };
			view.leaf.detach();
			return shown;
		};
		const lessons = await back();
		expect(lessons.term).toBe('bounce back');
		await app.fileManager.processFrontMatter(note, (fm: Record<string, unknown>) => Object.assign(fm, { ipa: 'baʊns bæk!', pos: '  ', meaning: 'spring back fast' }));
		await settle(app);
		const edited = await back();
		expect(edited).toEqual({ ...lessons, ipa: expect.stringContaining('baʊns bæk!') as string, meaning: expect.stringContaining('spring back fast') as string });
		expect(lessons.ipa).not.toContain('!');
	});

	it('opens the lesson of the card beside the review, which stays open where it was', async () => {
		const { app } = await setUp();
		const view = await openReview(app);
		press(view, ' ');
		const source = view.contentEl.querySelector<HTMLElement>('.bl-review-back a.bl-review-source')!;
		source.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
		await settle(app);
		const lessons = app.workspace.getLeavesOfType('markdown').map((leaf) => (leaf.view as MarkdownView).file?.path);
		expect(lessons).toEqual(['Bees/Beekeeping.md']);
		expect(app.workspace.getLeavesOfType('bl-review').map((leaf) => leaf.view)).toEqual([view]);
		expect(side(view)).toBe('back');
		expect(term(view)).toBe('bounce back');
	});

	it('runs a session by keyboard, writing each answer once into its term note and nothing else anywhere', async () => {
		const { app, before } = await setUp();
		const writes = vi.spyOn(app.fileManager, 'processFrontMatter');
		const view = await openReview(app);
		expect(view.contentEl.querySelector('.bl-review-progress')?.textContent).toBe('5 cards left');
		// Again on the first card (it comes back after the others), Easy on every card shown after.
		const answers: [string, Answer][] = [];
		while (side(view) === 'front') {
			press(view, ' ');
			expect(side(view)).toBe('back');
			const given: Answer = answers.length === 0 ? 'again' : 'easy';
			answers.push([term(view)!, given]);
			press(view, given === 'again' ? '1' : '4');
			await vi.waitFor(() => expect(writes).toHaveBeenCalledTimes(answers.length));
			await vi.waitFor(() => expect(side(view) === 'front' ? view.contentEl.querySelector('.bl-review-progress')?.textContent : 'done').toBeTruthy());
			await settle(app);
		}
		expect(answers).toEqual([
			['bounce back', 'again'],
			['keep tabs on', 'easy'],
			['kick in', 'easy'],
			['nectar flow', 'easy'],
			['swarm', 'easy'],
			['bounce back', 'easy'],
		]);
		expect(writes.mock.calls.map(([file]) => file.path)).toEqual(answers.map(([t]) => `Terms/${t}.md`));
		const after = Object.fromEntries(app.vault.getMarkdownFiles().map((f) => [f.path, text(app, f.path)]));
		const again = answer(null, 'again', NOW);
		const expected: Record<string, string> = {
			...before,
			'Terms/bounce back.md': withReview(before['Terms/bounce back.md'], answer(again, 'easy', NOW)),
		};
		for (const t of ['keep tabs on', 'kick in', 'nectar flow', 'swarm']) expected[`Terms/${t}.md`] = withReview(before[`Terms/${t}.md`], answer(null, 'easy', NOW));
		expect(after).toEqual(expected);
		expect(after['Terms/swarm.md']).toMatch(/\nreview-due: 2026-12-\d\dT\d\d:\d\d:\d\dZ\nreview-state: review\n/);

		const facts = [...view.contentEl.querySelectorAll('.bl-review-facts dd')].map((dd) => dd.textContent);
		expect(facts.slice(0, 2)).toEqual(['5', '4 (80%)']);
		expect(notices).toEqual(expect.not.arrayContaining([expect.stringMatching(/not saved/)]));
	});

	it('counts the due terms in the status bar and the ribbon tooltip, and updates the count when notes change', async () => {
		const { app } = await setUp();
		await passTime(600);
		const ribbon = app.registry.ribbonIcons.find((r) => r.icon === 'layers')!;
		expect(ribbon.el.getAttribute('aria-label')).toBe('Review due terms · 5 terms due');
		const view = await openReview(app);
		press(view, ' ');
		press(view, '4');
		await settle(app);
		await vi.waitFor(() => expect(ribbon.el.getAttribute('aria-label')).toBe('Review due terms · 4 terms due'), { timeout: 3000 });
		// A term note moved to the trash leaves the count at once, not at the next periodic refresh.
		await app.fileManager.trashFile(app.vault.getFileByPath('Terms/kick in.md')!);
		await passTime(600);
		expect(ribbon.el.getAttribute('aria-label')).toBe('Review due terms · 3 terms due');
		// One due term, then none, are said in words.
		for (const t of ['nectar flow', 'swarm']) await app.fileManager.trashFile(app.vault.getFileByPath(`Terms/${t}.md`)!);
		await passTime(600);
		expect(ribbon.el.getAttribute('aria-label')).toBe('Review due terms · One term due');
		await app.fileManager.trashFile(app.vault.getFileByPath('Terms/keep tabs on.md')!);
		await passTime(600);
		expect(ribbon.el.getAttribute('aria-label')).toBe('Review due terms · No terms due');
	});

	it('says when the next review is once nothing is due, by the card due first', async () => {
		const { app, before } = await setUp();
		const DAY = 24 * 60 * 60 * 1000;
		const terms = ['bounce back', 'keep tabs on', 'kick in', 'nectar flow', 'swarm'];
		// Due in 8, 7, 2, 5 and 4 days: the first due is neither the first note nor the last, in either order.
		for (const [i, term] of [...terms.entries()]) {
			const path = `Terms/${term}.md`;
			await app.vault.modify(app.vault.getFileByPath(path)!, withReview(before[path], { ...answer(null, 'easy', NOW), due: NOW + (i === 2 ? 2 : 8 - i) * DAY }));
		}
		await settle(app);
		await app.registry.runCommand('review-due-terms');
		const view = app.workspace.getLeavesOfType('bl-review')[0].view;
		await vi.waitFor(() => expect(view.containerEl.querySelector('.bl-review-empty')?.textContent).toBe('No terms are due now. Next review: In 2 days.'));
	});

	it('takes a grade key pressed twice, before the first grade is saved, as one grade: the next card is not graded unseen', async () => {
		const { app, before } = await setUp();
		const view = await openReview(app);
		press(view, ' ');
		press(view, '3');
		press(view, '3');
		await settle(app);
		const changed = app.vault.getMarkdownFiles().filter((f) => text(app, f.path) !== before[f.path]);
		expect(changed).toHaveLength(1);
		expect(side(view)).toBe('front');
	});

	it('does not write a note that stopped being a term note during the session, and says so', async () => {
		const { app } = await setUp();
		const view = await openReview(app);
		press(view, ' ');
		const path = `Terms/${term(view)}.md`;
		const mine = '---\nterm: bounce back\n---\nMy own note now.\n';
		await app.vault.modify(app.vault.getFileByPath(path)!, mine);
		press(view, '3');
		await vi.waitFor(() => expect(notices.at(-1)).toBe(`The review was not saved. ${path} is no longer a term note.`));
		expect(text(app, path)).toBe(mine);
		expect(text(app, 'School/Term dates.md')).toBe(FILES['School/Term dates.md']);
	});

	it('writes the review of a term note open in an editor through that editor, its unsaved text kept', async () => {
		const { app, before } = await setUp();
		const writes = vi.spyOn(app.fileManager, 'processFrontMatter');
		const leaf = app.workspace.getLeaf('split');
		const path = 'Terms/bounce back.md';
		await leaf.openFile(app.vault.getFileByPath(path)!);
		const note = leaf.view as MarkdownView;
		note.editor.type('\nA thought of mine, not saved yet.\n');
		const view = await openReview(app);
		press(view, ' ');
		expect(term(view)).toBe('bounce back');
		press(view, '3');
		await vi.waitFor(() => expect(note.editor.getValue()).toMatch(/\nreview-state: learning\n/));
		expect(writes).not.toHaveBeenCalled();
		expect(note.modifiedExternally).toBe(0);
		const good = answer(null, 'good', NOW);
		expect(note.editor.getValue()).toBe(withProperties(`${before[path]}\nA thought of mine, not saved yet.\n`, reviewProperties(good)));
		expect(note.editor.getValue()).toContain('\nreview-reps: 1\n');
		expect(note.editor.getValue().endsWith('\nA thought of mine, not saved yet.\n')).toBe(true);
		// The editor saves it as it saves typing; nothing was written to the file behind it meanwhile.
		expect(text(app, path)).toBe(before[path]);
		await note.save();
		expect(text(app, path)).toBe(note.editor.getValue());
	});

	it('asks from the meaning once the card direction is set to it in the settings tab, and from the sentence again when set back', async () => {
		const { app } = await setUp();
		const front = (view: ReviewView) => ({
			blank: view.contentEl.querySelector('.bl-review-front .bl-review-blank') !== null,
			meaning: view.contentEl.querySelector('.bl-review-front .bl-review-meaning')?.textContent ?? null,
		});
		let view = await openReview(app);
		expect(front(view)).toEqual({ blank: true, meaning: null });
		const tab = app.registry.settingTabs[0];
		showSettingTab(tab, 'current');
		await tab.setControlValue('reviewDirection', 'meaning');
		view.leaf.detach();
		view = await openReview(app);
		const asked = front(view);
		expect(asked.blank).toBe(false);
		press(view, ' ');
		// The meaning asked is the one on the back of the same card, and the term is not on the front.
		expect(asked.meaning).toContain(view.contentEl.querySelector('.bl-review-back .bl-review-meaning')?.textContent);
		expect(asked.meaning).not.toContain(term(view));
		await tab.setControlValue('reviewDirection', 'cloze');
		view.leaf.detach();
		view = await openReview(app);
		expect(front(view)).toEqual({ blank: true, meaning: null });
	});

	it('says when nothing is due', async () => {
		const { app } = await loadPlugin(BilingualLessonsPlugin, { files: FILES });
		await app.registry.runCommand('review-due-terms');
		const view = app.workspace.getLeavesOfType('bl-review')[0]?.view as unknown as ReviewView;
		await vi.waitFor(() => expect(view.contentEl.querySelector('.bl-review-empty')?.textContent).toMatch(/^No term notes yet/));
	});
});
