// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { StudyState } from '../../src/core/cards/StudyState';
import type { Unit } from '../../src/core/model';
import { actionFor } from '../../src/render/cards/cardActions';
import { termsOfSpan } from '../../src/render/cards/englishDom';
import { applyStudy } from '../../src/render/cards/renderBlock';
import { LESSON_A, LESSON_B } from '../fixtures';
import { blocksOf, renderNote, testEnv } from './renderNote';

/** The English as the reader sees it, glosses left out. */
function englishText(english: Element): string {
	const copy = english.cloneNode(true) as HTMLElement;
	for (const gloss of copy.findAll('.bl-gloss')) gloss.remove();
	return copy.textContent ?? '';
}

/** The translation part of a card block: the block itself when it kept Obsidian's paragraph. */
function translationIn(block: HTMLElement): HTMLElement | null {
	return block.hasClass('bl-translation') ? block : block.find('.bl-translation');
}

function englishOf(container: HTMLElement, n: number): HTMLElement {
	const [english] = blocksOf(container, n).flatMap((block) => block.findAll('.bl-english'));
	return english;
}

describe.each([
	['A', LESSON_A, 63],
	['B', LESSON_B, 37],
])('variant %s', (_name, text, count) => {
	const { lesson, container } = renderNote(text);

	it(`renders ${count} cards, each opening and closing once`, () => {
		expect(lesson.units).toHaveLength(count);
		expect(container.findAll('.bl-card-header')).toHaveLength(count);
		expect(container.findAll('.bl-card-first')).toHaveLength(count);
		expect(container.findAll('.bl-card-last')).toHaveLength(count);
		const numbers = container.findAll('.bl-card-header .bl-unit-number').map((el) => Number(el.getText()));
		expect(numbers).toEqual(lesson.units.map((u) => u.n));
		const hot = container.findAll('.bl-card-header').map((el) => el.getAttr('data-bl-hot'));
		expect(hot).toEqual(lesson.units.map((u) => u.terms.filter((t) => t.hot).length).map((n) => (n > 0 ? `🔥 ${n}` : null)));
		const labels = container.findAll('.bl-card-header').map((el) => [el.getAttr('data-bl-hot-label'), el.getAttr('title')]);
		const counts = lesson.units.map((u) => u.terms.filter((t) => t.hot).length);
		expect(labels).toEqual(counts.map((n) => (n === 0 ? [null, null] : [`${n} key term${n === 1 ? '' : 's'}`, `${n} key term${n === 1 ? '' : 's'} (🔥) in this unit`])));
	});

	it('keeps every card in one run of blocks: header, English, translation, chips', () => {
		for (const unit of lesson.units) {
			const blocks = blocksOf(container, unit.n);
			expect(blocks[0].hasClass('bl-card-first')).toBe(true);
			expect(blocks[blocks.length - 1].hasClass('bl-card-last')).toBe(true);
			const siblings = Array.from(container.children);
			const first = siblings.indexOf(blocks[0]);
			expect(siblings.slice(first, first + blocks.length)).toEqual(blocks);
			expect(blocks.map((b) => b.findAll('.bl-english').length).reduce((a, b) => a + b)).toBe(1);
			expect(blocks.some((b) => translationIn(b))).toBe(true);
			expect(blocks.flatMap((b) => b.findAll('.bl-chip'))).toHaveLength(unit.terms.length + unit.unreadBullets.length);
		}
	});

	it('shows the English word for word, and annotates every located term exactly once', () => {
		const all = renderNote(text, testEnv({ glossMode: 'always' })).container;
		for (const unit of lesson.units) {
			const english = englishOf(all, unit.n);
			expect(englishText(english)).toBe(unit.english);
			const glossed = english.findAll('.bl-gloss-item').map((el) => el.getAttr('data-term'));
			const located = unit.terms.filter((t) => t.span).map((t) => t.term);
			expect(glossed.sort()).toEqual(located.sort());
			for (const term of unit.terms.filter((t) => t.span)) {
				const item = english.findAll('.bl-gloss-item').find((el) => el.getAttr('data-term') === term.term)!;
				const base = englishText(item.closest('.bl-term')!);
				const written = unit.english.slice(term.span!.start, term.span!.end);
				expect(written.startsWith(base) || base.includes(written)).toBe(true);
				expect(item.closest('.bl-term')!.hasClass('bl-term-hot')).toBe(unit.terms.some((t) => t.hot && t.span && overlaps(t, term)));
			}
			// Each span stands for the terms it glosses: what its popover shows.
			for (const span of english.findAll('.bl-term:not(.bl-term-continued)')) {
				expect(termsOfSpan(span, unit).map((t) => t.term)).toEqual(span.findAll('.bl-gloss-item').map((el) => el.getAttr('data-term')));
			}
			const continued = english.findAll('.bl-term-continued');
			for (const span of continued) expect(termsOfSpan(span, unit).length).toBeGreaterThan(0);
		}
	});

	it('glosses only the 🔥 terms by default, still marking the others in the sentence', () => {
		for (const unit of lesson.units) {
			const english = englishOf(container, unit.n);
			expect(englishText(english)).toBe(unit.english);
			const glossed = english.findAll('.bl-gloss-item').map((el) => el.getAttr('data-term'));
			expect(glossed.sort()).toEqual(unit.terms.filter((t) => t.span && t.hot).map((t) => t.term).sort());
			const marked = new Set(english.findAll('.bl-term:not(.bl-term-continued)').map(englishText));
			for (const term of unit.terms.filter((t) => t.span && !t.hot && !unit.terms.some((h) => h.hot && h.span && overlaps(h, t)))) {
				expect(marked.has(unit.english.slice(term.span!.start, term.span!.end))).toBe(true);
			}
		}
	});

	it('hides the separators between cards and keeps the summary and vocabulary as Obsidian rendered them', () => {
		expect(container.findAll('.bl-card-gap')).toHaveLength(count - 1);
		for (const gap of container.findAll('.bl-card-gap')) expect(gap.childNodes).toHaveLength(0);
		expect(container.find('.bl-lesson-title h1')).not.toBeNull();
		expect(container.find('.bl-lesson-vocabulary table')).not.toBeNull();
		const summary = container.findAll('.bl-lesson-summary').map((el) => el.getText()).join('');
		expect(summary).toContain(lesson.summary!.heading);
		expect(summary).toContain(lesson.summary!.text.slice(0, 20));
	});

	it('prefixes every class it adds with bl-', () => {
		const classes = new Set(container.findAll('[class]').flatMap((el) => Array.from(el.classList)));
		const foreign = [...classes].filter((c) => !c.startsWith('bl-') && c !== 'internal-link');
		expect(foreign).toEqual([]);
		expect(classes.has('bl-card-block')).toBe(true);
	});

	it('keeps the translation as rendered markdown, bold names included', () => {
		const withBold = lesson.units.find((u) => u.translation.includes('**'))!;
		const translation = blocksOf(container, withBold.n).map(translationIn).find(Boolean)!;
		expect(translation.findAll('strong').length).toBeGreaterThan(0);
		const text = translation.findAll(':scope > :not(.bl-reveal)').map((el) => el.getText()).join('');
		expect(text.trim()).toBe(withBold.translation.replace(/\*\*/g, ''));
	});
});

function overlaps(a: Unit['terms'][number], b: Unit['terms'][number]): boolean {
	return a.span!.start < b.span!.end && b.span!.start < a.span!.end;
}

describe('variant B markup', () => {
	const { lesson, container } = renderNote(LESSON_B);

	it('nests a modifier inside a modifier in unit 37', () => {
		const english = englishOf(container, 37);
		const inner = english.findAll('.bl-modifier .bl-modifier');
		expect(inner.length).toBeGreaterThan(0);
		expect(inner.map(englishText)).toContain("[who plays devil's advocate]");
		expect(inner[0].hasClass('bl-depth-2')).toBe(true);
		expect(englishText(inner[0].parentElement!.closest('.bl-modifier')!)).toContain('where you want to confront an idea');
	});

	it('renders clauses, modifiers and asides as segments with their brackets as separate marks', () => {
		const unit = lesson.units[0];
		const english = englishOf(container, unit.n);
		expect(english.findAll(':scope > .bl-clause')).toHaveLength(unit.markup.length);
		expect(english.findAll('.bl-aside').map((el) => el.getText())).toContain('(actually)');
		const brackets = english.findAll('.bl-bracket').map((el) => el.getText()).join('');
		expect(brackets.replace(/[^{}]/g, '')).toBe('{}{}{}');
		expect(english.hasClass('bl-show-brackets')).toBe(false);
		expect(englishOf(renderNote(LESSON_B, testEnv({ showBrackets: true })).container, 1).hasClass('bl-show-brackets')).toBe(true);
	});
});

describe('lazy rendering', () => {
	it('gives the same cards whatever order and chunks the blocks are rendered in', () => {
		for (const text of [LESSON_A, LESSON_B]) {
			const expected = renderNote(text).container.outerHTML;
			const count = renderNote(text).sections.length;
			const shuffled = shuffle([...Array(count).keys()], 7);
			expect(renderNote(text, testEnv(), shuffled, 5).container.outerHTML).toBe(expected);
			const reversed = [...Array(count).keys()].reverse();
			expect(renderNote(text, testEnv(), reversed, 1).container.outerHTML).toBe(expected);
		}
	});
});

describe('study mode', () => {
	it('adds reveal buttons only once study mode is on, one per translation', () => {
		const study = new StudyState(false);
		const { container } = renderNote(LESSON_B, testEnv({ study }));
		expect(container.findAll('.bl-reveal')).toHaveLength(0);
		study.toggle();
		applyStudy(container, study);
		applyStudy(container, study);
		const translations = container.findAll('.bl-translation');
		expect(translations).toHaveLength(37);
		for (const t of translations) expect(t.findAll(':scope > .bl-reveal')).toHaveLength(1);
		expect(container.findAll('.bl-concealed')).toHaveLength(container.findAll('.bl-card-block').length);
	});

	it('hides every translation until its unit is revealed by a click, then reveals all and hides all', () => {
		const study = new StudyState(true);
		const { lesson, container } = renderNote(LESSON_B, testEnv({ study }));
		const translations = container.findAll('.bl-translation');
		expect(translations).toHaveLength(37);
		for (const t of translations) expect(t.closest('.bl-card-block')!.hasClass('bl-concealed')).toBe(true);

		const button = blocksOf(container, 5).map((b) => b.find('.bl-reveal')).find(Boolean)!;
		const action = actionFor(button);
		expect(action).toEqual({ kind: 'study', unit: 5, part: 'translation' });
		study.reveal(5);
		applyStudy(container, study);
		for (const block of container.findAll('.bl-card-block')) {
			expect(block.hasClass('bl-concealed')).toBe(block.getAttr('data-bl-unit') !== '5');
			expect(block.hasClass('bl-study')).toBe(true);
		}

		study.revealAll(lesson.units.map((u) => u.n));
		applyStudy(container, study);
		expect(container.findAll('.bl-concealed')).toHaveLength(0);
		study.hideAll();
		applyStudy(container, study);
		expect(container.findAll('.bl-card-block.bl-concealed')).toHaveLength(container.findAll('.bl-card-block').length);
	});

	it('never reveals a concealed unit on a click in its English: a term there asks for its popover', () => {
		const { container } = renderNote(LESSON_A, testEnv({ study: new StudyState(true) }));
		const english = englishOf(container, 3);
		const word = english.find('.bl-term');
		expect(actionFor(word)).toEqual({ kind: 'term', span: word });
		expect(actionFor(english)).toBeNull();
	});
});

describe('term chips', () => {
	it('link to their term note as internal links when it exists, and stay plain text otherwise', () => {
		const env = testEnv({ notePath: (term) => (term.hot ? `Terms/${term.term}.md` : null) });
		const { lesson, container } = renderNote(LESSON_A, env);
		const unit = lesson.units[0];
		const chips = blocksOf(container, 1).flatMap((b) => b.findAll('.bl-chip'));
		expect(chips.map((c) => c.find('.bl-chip-term').getText())).toEqual(unit.terms.map((t) => t.term));
		for (const [i, term] of unit.terms.entries()) {
			const chip = chips[i];
			expect(chip.tagName).toBe(term.hot ? 'A' : 'SPAN');
			expect(chip.hasClass('internal-link')).toBe(term.hot);
			expect(chip.hasClass('bl-chip-hot')).toBe(term.hot);
			if (term.hot) expect(actionFor(chip.find('.bl-chip-meaning'))).toEqual({ kind: 'open', path: `Terms/${term.term}.md` });
			if (term.ipa) expect(chip.getText()).toContain(`/${term.ipa}/`);
		}
	});
});

describe('a bullet the parser could not read', () => {
	it('stays as written, as a plain chip after the terms', () => {
		const text = ['(1) [00:01-00:05] **Sear the steak until a crust forms.**', '', '把牛排煎到表面形成硬壳。', '', '解析：', '* **sear**：动词，煎 🔥', '* compare with grill, unit 3', ''].join('\n');
		const { lesson, container } = renderNote(text);
		expect(lesson.units[0].unreadBullets).toHaveLength(1);
		const chips = blocksOf(container, 1).flatMap((b) => b.findAll('.bl-chip'));
		expect(chips.map((c) => [c.hasClass('bl-chip-unread'), c.getText()])).toEqual([
			[false, expect.stringContaining('sear')],
			[true, 'compare with grill, unit 3'],
		]);
	});
});

/** Deterministic Fisher–Yates. */
function shuffle<T>(items: T[], seed: number): T[] {
	let s = seed;
	for (let i = items.length - 1; i > 0; i--) {
		s = (s * 1103515245 + 12345) % 2147483648;
		const j = s % (i + 1);
		[items[i], items[j]] = [items[j], items[i]];
	}
	return items;
}

describe('a lesson written without blank lines', () => {
	const JAMMED = ['(1) [00:01-00:02] **One two.**', '一**二**。', '解析：', '* **two**：二 🔥', '(2) [00:03-00:04] **Three.**', '', '三。', '', '解析：', '* **three**：三'].join('\n');

	it('still gives whole cards: the shared block split in two, the translation rendered from the note', () => {
		const { container } = renderNote(JAMMED);
		expect(container.findAll('.bl-card-header')).toHaveLength(2);
		const first = blocksOf(container, 1);
		expect(first.map((b) => b.hasClass('bl-card-last'))).toEqual([false, true]);
		expect(first[0].find('.bl-translation strong').getText()).toBe('二');
		const shared = first[1].parentElement!;
		expect(Array.from(shared.children)).toEqual([first[1], blocksOf(container, 2)[0]]);
		expect(blocksOf(container, 2)[0].hasClass('bl-card-first')).toBe(true);
	});
});

describe('what is written between two units', () => {
	const unit = (n: number, en: string, term: string) => [`(${n}) [00:0${n}-00:0${n + 1}] **${en}**`, '', '中文。', '', '解析：', `* **${term}**：词`].join('\n');
	const PARTED = [unit(1, 'One fish.', 'fish'), '', '---', '', '## Part two', '', '---', '', unit(2, 'Two birds.', 'birds')].join('\n');

	it('keeps a heading there as Obsidian rendered it, and makes each `---` the space between the cards', () => {
		const { container } = renderNote(PARTED);
		expect(container.findAll('.bl-card-header')).toHaveLength(2);
		expect(container.findAll('.bl-lesson-other h2').map((h) => h.getText())).toEqual(['Part two']);
		const gaps = container.findAll('.bl-card-gap');
		expect(gaps).toHaveLength(2);
		for (const gap of gaps) expect(gap.childNodes).toHaveLength(0);
	});
});

describe('the vocabulary table', () => {
	it('links each term to its term note where it has one, and to the glossary', () => {
		const env = testEnv({ notePath: (term) => (term.term === 'proxy' ? 'Terms/proxy.md' : null) });
		const { lesson, container } = renderNote(LESSON_A, env);
		const cells = container.findAll('.bl-lesson-vocabulary tbody td:first-child');
		expect(cells.map((td) => td.getText())).toEqual(lesson.vocabulary.map((row) => `${row.term}↗`));
		const links = container.findAll('.bl-lesson-vocabulary a.bl-vocab-link');
		expect(links.map((a) => [a.getText(), a.getAttr('data-href')])).toEqual([['proxy', 'Terms/proxy.md']]);
		expect(actionFor(links[0].firstElementChild ?? links[0])).toEqual({ kind: 'open', path: 'Terms/proxy.md' });
		const buttons = container.findAll('.bl-lesson-vocabulary .bl-vocab-glossary');
		expect(buttons).toHaveLength(lesson.vocabulary.length);
		expect(actionFor(buttons[0])).toEqual({ kind: 'glossary', term: lesson.vocabulary[0].term });
	});
});
