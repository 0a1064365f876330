// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { GlossaryLesson } from '../../src/core/glossary/types';
import { lessonCount, lessonOptions, posOptions, renderControls, setOptions, setPressed, totalsText } from '../../src/render/glossary/controls';

const lesson = (path: string, title: string): GlossaryLesson => ({ path, title, mtime: 0, size: 0, units: 1, terms: 1 });
const FILTER = { text: 'late', hotOnly: true, dueOnly: false, lesson: null, pos: null, sort: 'lessons' as const };

describe('the glossary controls', () => {
	it('labels the export buttons and the search box, which keeps the filter text and does not spell-check', () => {
		const c = renderControls(document.body, FILTER);
		expect([c.exportCsv.textContent, c.exportCsv.getAttribute('aria-label')]).toEqual(['CSV', 'Export the shown terms as CSV']);
		expect([c.exportAnki.textContent, c.exportAnki.getAttribute('aria-label')]).toEqual(['Anki', 'Export the shown terms for Anki']);
		expect(c.search.value).toBe('late');
		expect(c.search.type).toBe('search');
		expect(c.search.placeholder).toBe('Search terms, meanings, IPA');
		expect(c.search.getAttribute('aria-label')).toBe('Search the glossary');
		expect(c.search.getAttribute('spellcheck')).toBe('false');
		expect(c.status.getAttribute('aria-live')).toBe('polite');
	});

	it('shows the key-term and due filters pressed as the filter has them, and the sort it names', () => {
		const c = renderControls(document.body, FILTER);
		expect(c.hot.closest('.bl-glossary-filters')).not.toBeNull();
		expect([c.hot.textContent, c.hot.getAttribute('aria-label'), c.hot.getAttribute('aria-pressed')]).toEqual(['Only 🔥', 'Show key terms only', 'true']);
		expect(c.hot.classList.contains('is-active')).toBe(true);
		expect([c.due.textContent, c.due.getAttribute('aria-pressed'), c.due.classList.contains('is-active')]).toEqual(['Due', 'false', false]);
		expect([...c.sort.options].map((o) => [o.value, o.textContent])).toEqual([
			['az', 'A–Z'],
			['lessons', 'Most lessons'],
			['recent', 'Most recent lesson'],
		]);
		expect(c.sort.value).toBe('lessons');
		expect([c.lesson.getAttribute('aria-label'), c.pos.getAttribute('aria-label'), c.sort.getAttribute('aria-label')]).toEqual(['Lesson', 'Part of speech', 'Sort by']);
		expect(renderControls(document.body, { ...FILTER, hotOnly: false }).hot.getAttribute('aria-pressed')).toBe('false');
		setPressed(c.hot, false);
		expect([c.hot.getAttribute('aria-pressed'), c.hot.classList.contains('is-active')]).toEqual(['false', false]);
	});

	it('keeps a select as it is when its options are unchanged, and falls back to the first when the selected one is gone', () => {
		const select = document.body.createEl('select');
		expect(setOptions(select, lessonOptions([lesson('b.md', 'Bees'), lesson('a.md', 'Ants')]), 'b.md')).toBe('b.md');
		expect([...select.options].map((o) => o.textContent)).toEqual(['All lessons', 'Ants', 'Bees']);
		const first = select.options[1];
		select.value = 'a.md'; // the user's choice
		expect(setOptions(select, lessonOptions([lesson('b.md', 'Bees'), lesson('a.md', 'Ants')]), 'b.md')).toBe('a.md');
		expect(select.options[1]).toBe(first);
		expect(setOptions(select, posOptions(['名词', '动词']), 'adj')).toBe('');
		expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
			['', 'Any part of speech'],
			['名词', '名词'],
			['动词', '动词'],
		]);
		expect(setOptions(document.body.createEl('select'), [], 'x')).toBe('');
		expect(setOptions(document.body.createEl('select'), [['az', 'A–Z'], ['recent', 'Most recent lesson']], 'gone')).toBe('az');
	});

	it('counts lessons, terms and key terms in words', () => {
		expect(totalsText({ lessons: 1, terms: 1, hot: 0 })).toBe('1 lesson · 1 term · 0 🔥');
		expect(totalsText({ lessons: 3, terms: 12, hot: 2 })).toBe('3 lessons · 12 terms · 2 🔥');
		expect(lessonCount(0)).toBe('0 lessons');
	});
});
