// @vitest-environment happy-dom
// The review panel's DOM, as the view shows it: front, back, keys, buttons and the end of a session.
import { describe, expect, it } from 'vitest';
import type { ReviewCard } from '../../src/core/review/card';
import type { Answer } from '../../src/core/review/schedule';
import { ReviewPanel, type ReviewActions } from '../../src/render/review/ReviewPanel';

const GLAZE: ReviewCard = {
	note: { path: 'Terms/throw a pot.md', term: 'throw a pot', state: null },
	direction: 'cloze',
	term: 'throw a pot',
	ipa: 'θroʊ ə pɒt',
	pos: '短语',
	meaning: '拉坯',
	cloze: { before: 'On my first evening at the studio I ', answer: 'threw a pot', after: ' that collapsed at once.' },
	translation: '我在工作室的第一个晚上拉了一个坯，它立刻就塌了。',
	place: { path: 'Crafts/Pottery night.md', unit: 4, line: 30, blockId: 'unit-4', lessonTitle: 'Pottery night' },
};
const INTERVALS: Record<Answer, string> = { again: '1m', hard: '6m', good: '10m', easy: '8d' };

interface Calls {
	graded: Answer[];
	spoken: string[];
	opened: ReviewCard[];
}

function mount(canSpeak = true) {
	const calls: Calls = { graded: [], spoken: [], opened: [] };
	const actions: ReviewActions = {
		canSpeak,
		speak: (text) => calls.spoken.push(text),
		grade: (answer) => calls.graded.push(answer),
		open: (card) => calls.opened.push(card),
	};
	const host = document.body.createDiv();
	const panel = new ReviewPanel(host, actions, (el, type, handler) => el.addEventListener(type, handler));
	host.addEventListener('keydown', (evt) => panel.handleKey(evt) && evt.preventDefault());
	return { panel, calls, root: panel.root };
}

/** Presses a key where the focus is, as a person would; true when the panel took it. */
function press(key: string, init: KeyboardEventInit = {}): boolean {
	const target = document.activeElement ?? document.body;
	const evt = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
	target.dispatchEvent(evt);
	return evt.defaultPrevented;
}

const text = (root: HTMLElement, selector: string) => root.querySelector(selector)?.textContent ?? null;


describe('the review panel', () => {
	it('shows the sentence with the term blanked on the front, and nothing of the answer', () => {
		const { panel, root } = mount();
		panel.showCard(GLAZE, INTERVALS, 3);
		expect(text(root, '.bl-review-progress')).toBe('3 cards left');
		// Said by a screen reader as it changes, card after card, without taking the focus.
		expect(root.querySelector('.bl-review-progress')?.getAttribute('aria-live')).toBe('polite');
		expect(text(root, '.bl-review-prompt')).toBe('Fill in the blank');
		const sentence = root.querySelector('.bl-review-sentence')!;
		expect(sentence.getAttribute('lang')).toBe('en');
		expect([...sentence.childNodes].slice(0, 3).map((n) => n.textContent)).toEqual(['On my first evening at the studio I ', '…', ' that collapsed at once.']);
		expect(root.querySelector('.bl-review-blank')?.getAttribute('aria-label')).toBe('Blank');
		expect(root.textContent).not.toContain('threw');
		expect(root.textContent).not.toContain('拉坯');
		expect(root.querySelector('.bl-review-grades')).toBeNull();
		expect(text(root, 'button.bl-review-reveal')).toBe('Show answer');
		expect(document.activeElement).toBe(root);
	});

	it('reveals the back with Space: term, IPA, part of speech, meaning, marked sentence, translation, lesson, and the grades with their intervals', () => {
		const { panel, root } = mount();
		panel.showCard(GLAZE, INTERVALS, 3);
		expect(press(' ')).toBe(true);
		expect(root.querySelector('.bl-review-card')?.getAttribute('data-side')).toBe('back');
		expect(root.querySelector('.bl-review-reveal')).toBeNull();
		expect(text(root, '.bl-review-term')).toBe('throw a pot');
		expect(text(root, '.bl-review-ipa')).toBe('/θroʊ ə pɒt/');
		expect(text(root, '.bl-review-pos')).toBe('短语');
		expect(text(root, '.bl-review-meaning')).toBe('拉坯');
		expect(text(root, '.bl-review-sentence mark.bl-review-answer')).toBe('threw a pot');
		expect(root.querySelector('.bl-review-sentence')?.textContent).toBe('On my first evening at the studio I threw a pot that collapsed at once.🔊');
		expect(text(root, '.bl-review-translation')).toBe(GLAZE.translation);
		expect(text(root, 'a.bl-review-source')).toBe('Pottery night, unit 4');
		const grades = [...root.querySelectorAll<HTMLElement>('.bl-review-grade')];
		expect(grades.map((b) => [b.dataset.answer, b.find('.bl-review-grade-name').textContent, b.find('.bl-review-grade-interval').textContent, b.find('kbd.bl-review-key').textContent])).toEqual([
			['again', 'Again', '1m', '1'],
			['hard', 'Hard', '6m', '2'],
			['good', 'Good', '10m', '3'],
			['easy', 'Easy', '8d', '4'],
		]);
		expect(grades[2].getAttribute('aria-label')).toBe('Good: next in 10m');
	});

	it('grades by keys 1–4 only once the card is turned; Enter turns it too', () => {
		const { panel, calls } = mount();
		panel.showCard(GLAZE, INTERVALS, 1);
		expect(press('3')).toBe(false);
		expect(calls.graded).toEqual([]);
		expect(press('Enter')).toBe(true);
		for (const key of ['1', '2', '3', '4', '5']) press(key);
		expect(calls.graded).toEqual(['again', 'hard', 'good', 'easy']);
	});

	it('leaves keys with a modifier, keys in a text field, and Space on a focused button to their usual work', () => {
		const { panel, root, calls } = mount();
		panel.showCard(GLAZE, INTERVALS, 1);
		expect(press(' ', { ctrlKey: true })).toBe(false);
		const field = root.createEl('input');
		field.focus();
		expect(press(' ')).toBe(false);
		root.find('.bl-review-speak').focus();
		expect(press(' ')).toBe(false);
		expect(root.querySelector('.bl-review-card')?.getAttribute('data-side')).toBe('front');
		root.focus();
		press(' ');
		expect(press('2', { metaKey: true })).toBe(false);
		expect(calls.graded).toEqual([]);
	});

	it('takes the keyboard focus when asked, so the study keys work without a click', () => {
		const { panel, root, calls } = mount();
		panel.showCard(GLAZE, INTERVALS, 1);
		panel.focus();
		expect(document.activeElement).toBe(root);
		expect(root.getAttribute('tabindex')).toBe('-1');
		expect(press('Enter')).toBe(true);
		press('3');
		expect(calls.graded).toEqual(['good']);
	});

	it('grades, speaks and opens the lesson by its buttons', () => {
		const { panel, root, calls } = mount();
		panel.showCard(GLAZE, INTERVALS, 1);
		root.find('.bl-review-speak').click();
		expect(calls.spoken).toEqual(['On my first evening at the studio I threw a pot that collapsed at once.']);
		root.find('.bl-review-reveal').click();
		root.find('.bl-review-term-line .bl-review-speak').click();
		root.find('a.bl-review-source').click();
		root.find('.bl-review-grade[data-answer="hard"]').click();
		expect(calls.spoken.at(-1)).toBe('throw a pot');
		expect(calls.opened).toEqual([GLAZE]);
		expect(calls.graded).toEqual(['hard']);
	});

	it('keeps the back as it is when asked to reveal it again: the focused grade keeps the focus', () => {
		const { panel, root } = mount();
		panel.showCard(GLAZE, INTERVALS, 1);
		panel.reveal();
		const good = root.find('.bl-review-grade[data-answer="good"]');
		good.focus();
		panel.reveal();
		expect(good.isConnected).toBe(true);
		expect(document.activeElement).toBe(good);
	});

	it('offers no speaker where there is no speech synthesis', () => {
		const { panel, root } = mount(false);
		panel.showCard(GLAZE, INTERVALS, 1);
		expect(root.querySelector('.bl-review-speak')).toBeNull();
		panel.reveal();
		expect(root.querySelector('.bl-review-speak')).toBeNull();
	});

	it('asks from the meaning in the other direction, or when no lesson sentence holds the term', () => {
		for (const card of [{ ...GLAZE, direction: 'meaning' as const }, { ...GLAZE, cloze: null }]) {
			const { panel, root } = mount();
			panel.showCard(card, INTERVALS, 1);
			expect(text(root, '.bl-review-prompt')).toBe('Name the term that means');
			expect(text(root, '.bl-review-meaning')).toBe('拉坯短语');
			expect(text(root, '.bl-review-meaning .bl-review-pos')).toBe('短语'); // set apart from the meaning by its class
			expect(root.textContent).not.toMatch(/throw|threw/);
			expect(root.querySelector('.bl-review-speak')).toBeNull();
			panel.reveal();
			expect(text(root, '.bl-review-term')).toBe('throw a pot');
			root.remove();
		}
	});

	it('ends with what was reviewed, how much was right and when the next card is due', () => {
		const { panel, root, calls } = mount();
		panel.showCard(GLAZE, INTERVALS, 1);
		const now = new Date(2026, 11, 3, 10, 0).getTime();
		panel.showSummary({ reviewed: 4, correct: 3, nextDue: now + 10 * 60_000 }, now);
		const facts = [...root.querySelectorAll('.bl-review-facts dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`);
		expect(text(root, '.bl-review-title')).toBe('Session done');
		expect(facts).toEqual(['Reviewed: 4', 'Correct: 3 (75%)', 'Next due: In 10 minutes']);
		expect(text(root, '.bl-review-progress')).toBe('');
		expect(press('3')).toBe(false);
		expect(calls.graded).toEqual([]);
	});
});
