// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { entryDetails } from '../../src/core/glossary/details';
import type { GlossaryEntry, UnitPlace } from '../../src/core/glossary/types';
import { DEFAULT_FILTER } from '../../src/core/glossary/GlossaryViewModel';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { GlossaryPanel, type GlossaryActions, type Listen } from '../../src/render/glossary/GlossaryPanel';
import { LESSON_A } from '../fixtures';
import { lessonText } from '../lessonBuilder';
import { fixtureIndex, readFixture, VARIANT_A } from './fixtureIndex';

interface Calls {
	terms: string[];
	spoken: string[];
	opened: [UnitPlace, boolean][];
	csv: number[];
	anki: number[];
}

const listen: Listen = (el, type, handler) => el.addEventListener(type, handler);

function setup(canSpeak = true) {
	document.body.empty();
	const index = fixtureIndex();
	const calls: Calls = { terms: [], spoken: [], opened: [], csv: [], anki: [] };
	const actions: GlossaryActions = {
		hasNote: (key) => key === 'latency',
		// latency was due an hour ago; proxy is due in three days.
		dueOf: (key) => (key === 'latency' ? Date.now() - 3_600_000 : key === 'proxy' ? Date.now() + 3 * 86_400_000 + 60_000 : null),
		canSpeak,
		speak: (entry) => calls.spoken.push(entry.key),
		openTerm: (entry) => calls.terms.push(entry.key),
		details: (entry) => entryDetails(index, entry, readFixture),
		openOccurrence: (place, newTab) => calls.opened.push([place, newTab]),
		exportCsv: (rows) => calls.csv.push(rows.length),
		exportAnki: (rows) => calls.anki.push(rows.length),
	};
	const panel = new GlossaryPanel(document.body, index, actions, listen, DEFAULT_FILTER);
	const $ = <T extends Element = HTMLElement>(selector: string) => panel.root.querySelector<T & Element>(selector) as unknown as T;
	const rowEls = () => Array.from(panel.root.querySelectorAll<HTMLElement>('.bl-glossary-row'));
	const type = (text: string) => {
		const search = $<HTMLInputElement>('.bl-glossary-search');
		search.value = text;
		search.dispatchEvent(new Event('input'));
	};
	const key = (el: Element, k: string) => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
	return { index, actions, panel, calls, $, rowEls, type, key };
}

function rowOf(rowEls: () => HTMLElement[], key: string): HTMLElement {
	const row = rowEls().find((el) => el.getAttr('data-key') === key);
	if (!row) throw new Error(`row ${key} not rendered`);
	return row;
}

describe('GlossaryPanel', () => {
	let t: ReturnType<typeof setup>;
	beforeEach(() => {
		// "In 3 days" counts calendar days: a clock near midnight would make 3 days and a minute read as 4.
		vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 11, 3, 12, 0) });
		t = setup();
	});

	it('shows when a term with a note is next due, and keeps only the due terms with the "Due" filter', () => {
		t.type('latency');
		const latency = rowOf(t.rowEls, 'latency').find('.bl-glossary-due');
		expect([latency.textContent, latency.getAttr('title')]).toEqual(['Now', 'Next review: Now']);
		t.type('proxy');
		expect(rowOf(t.rowEls, 'proxy').find('.bl-glossary-due').textContent).toBe('In 3 days');
		t.type('');
		const button = t.$('.bl-glossary-due-filter');
		button.click();
		expect(button.getAttr('aria-pressed')).toBe('true');
		expect(t.rowEls().map((el) => el.getAttr('data-key'))).toEqual(['latency']);
		expect(t.panel.state.dueOnly).toBe(true);
		expect(t.rowEls()[0].querySelectorAll('.bl-glossary-due')).toHaveLength(1);
		button.click();
		expect(t.rowEls().length).toBeGreaterThan(1);
	});

	it("shows each row's lesson count once, with its tooltip", () => {
		t.type('latency');
		const counts = rowOf(t.rowEls, 'latency').querySelectorAll('.bl-glossary-count');
		expect(Array.from(counts, (el) => [el.textContent, el.getAttr('title')])).toEqual([['1', 'Glossed in 1 lesson']]);
	});

	it('shows totals and renders only a screenful of rows', () => {
		expect(t.$('.bl-glossary-totals').textContent).toBe('2 lessons · 312 terms · 135 🔥');
		const count = t.rowEls().length;
		expect(count).toBeGreaterThan(5);
		expect(count).toBeLessThan(40);
		const after = parseFloat(t.$('.bl-virtual-window').style.getPropertyValue('--bl-virtual-after'));
		expect(after).toBeGreaterThan(200 * 40);
	});

	it('filters as you type and highlights the match', () => {
		t.type('延迟');
		expect(t.panel.shown.toArray().every((e: GlossaryEntry) => e.meanings.some((m) => m.includes('延迟')))).toBe(true);
		const latency = rowOf(t.rowEls, 'latency');
		expect(latency.querySelector('.bl-glossary-meaning mark.bl-glossary-match')?.textContent).toBe('延迟');
		expect(t.$('.bl-glossary-status').textContent).toBe(`Showing ${t.panel.shown.length} of 312 terms`);
		t.type('zzzz-nothing');
		expect(t.rowEls()).toHaveLength(0);
		expect(t.$('.bl-glossary-status').textContent).toBe('No terms match.');
	});

	it('filters hot terms, by lesson, by part of speech, and sorts', () => {
		t.$<HTMLButtonElement>('.bl-glossary-hot-filter').click();
		expect(t.panel.shown).toHaveLength(135);
		expect(t.$('.bl-glossary-hot-filter').getAttr('aria-pressed')).toBe('true');
		const lesson = t.$<HTMLSelectElement>('.bl-glossary-lesson-filter');
		// The menu lists the lessons once used, not before: thousands of options would slow every opening.
		expect(Array.from(lesson.options).map((o) => o.value)).toEqual(['']);
		lesson.focus();
		expect(Array.from(lesson.options).map((o) => o.value)).toContain(VARIANT_A);
		lesson.value = VARIANT_A;
		lesson.dispatchEvent(new Event('change'));
		expect(t.panel.shown.toArray().every((e) => e.hot && e.occurrences.some((o) => o.path === VARIANT_A))).toBe(true);
		const pos = t.$<HTMLSelectElement>('.bl-glossary-pos-filter');
		pos.value = '名词';
		pos.dispatchEvent(new Event('change'));
		expect(t.panel.shown.length).toBeGreaterThan(0);
		expect(t.panel.shown.toArray().every((e) => e.pos.includes('名词'))).toBe(true);
		const sort = t.$<HTMLSelectElement>('.bl-glossary-sort');
		sort.value = 'lessons';
		sort.dispatchEvent(new Event('change'));
		expect(t.panel.state).toMatchObject({ hotOnly: true, lesson: VARIANT_A, pos: '名词', sort: 'lessons' });
	});

	it('expands a row to its occurrences, read from the lesson, and opens the lesson at one', async () => {
		t.type('latency');
		const row = rowOf(t.rowEls, 'latency');
		row.querySelector<HTMLElement>('.bl-glossary-meaning')?.click();
		expect(rowOf(t.rowEls, 'latency').getAttr('aria-expanded')).toBe('true');
		await vi.waitFor(() => expect(rowOf(t.rowEls, 'latency').querySelector('.bl-glossary-sentence')).not.toBeNull());
		const expanded = rowOf(t.rowEls, 'latency');
		const occurrence = expanded.querySelector<HTMLElement>('.bl-glossary-occurrence');
		expect(occurrence?.querySelector('mark.bl-glossary-term-mark')?.textContent).toBe('latency');
		expect(occurrence?.querySelector('.bl-glossary-translation')?.textContent).toContain('延迟');
		occurrence?.click();
		expect(t.calls.opened.map(([o, newTab]) => [o.path, o.unit, newTab])).toEqual([[VARIANT_A, 1, false]]);
	});

	it('lists the units that use a term without glossing it, and opens one', async () => {
		t.type('latency');
		rowOf(t.rowEls, 'latency').querySelector<HTMLElement>('.bl-glossary-meaning')?.click();
		await vi.waitFor(() => expect(rowOf(t.rowEls, 'latency').querySelector('.bl-glossary-also-in')).not.toBeNull());
		const row = rowOf(t.rowEls, 'latency');
		const appearances = Array.from(row.querySelectorAll<HTMLElement>('[data-action="appearance"]'));
		expect(row.querySelector('.bl-glossary-also-in')?.textContent).toBe(`Also appears in ${appearances.length} units`);
		expect(appearances).toHaveLength(9);
		expect(appearances.every((a) => a.querySelector('mark.bl-glossary-term-mark')?.textContent?.toLowerCase() === 'latency')).toBe(true);
		appearances[0].click();
		expect(t.calls.opened).toHaveLength(1);
		expect(t.calls.opened[0][1]).toBe(false);
	});

	it('opens the term note and pronounces the term', () => {
		t.type('latency');
		const row = rowOf(t.rowEls, 'latency');
		expect(row.querySelector('.bl-glossary-term')?.hasClass('has-note')).toBe(true);
		row.querySelector<HTMLElement>('.bl-glossary-term')?.click();
		row.querySelector<HTMLElement>('.bl-glossary-speak')?.click();
		expect(t.calls.terms).toEqual(['latency']);
		expect(t.calls.spoken).toEqual(['latency']);
		expect(setup(false).rowEls()[0].querySelector('.bl-glossary-speak')).toBeNull();
	});

	it('is usable from the keyboard', () => {
		const search = t.$('.bl-glossary-search');
		t.key(search, 'ArrowDown');
		const first = t.panel.shown.get(0)?.key ?? '';
		expect(document.activeElement?.getAttr('data-key')).toBe(first);
		t.key(document.activeElement!, 'ArrowDown');
		const second = t.panel.shown.get(1)?.key ?? '';
		expect(document.activeElement?.getAttr('data-key')).toBe(second);
		t.key(document.activeElement!, 'Enter');
		expect(rowOf(t.rowEls, second).getAttr('aria-expanded')).toBe('true');
		t.key(document.activeElement!, 'Escape');
		expect(rowOf(t.rowEls, second).getAttr('aria-expanded')).toBe('false');
		t.key(document.activeElement!, 'Escape');
		expect(document.activeElement).toBe(search);
		t.type('latency');
		t.key(search, 'Escape');
		expect(t.panel.shown).toHaveLength(312);
	});

	it('moves the focused row with ArrowUp, Home and End, never past the last row', () => {
		const search = t.$('.bl-glossary-search');
		const focusedKey = () => document.activeElement?.getAttr('data-key');
		const keyAt = (i: number) => t.panel.shown.get(i)?.key;
		const last = t.panel.shown.length - 1;
		t.key(search, 'ArrowDown');
		for (let i = 0; i < 3; i++) t.key(document.activeElement!, 'ArrowDown');
		expect(focusedKey()).toBe(keyAt(3));
		t.key(document.activeElement!, 'ArrowUp');
		expect(focusedKey()).toBe(keyAt(2));
		t.key(document.activeElement!, 'End');
		expect(focusedKey()).toBe(keyAt(last));
		t.key(document.activeElement!, 'ArrowDown');
		t.key(document.activeElement!, 'PageDown');
		expect(focusedKey()).toBe(keyAt(last));
		t.key(document.activeElement!, 'ArrowUp');
		expect(focusedKey()).toBe(keyAt(last - 1));
		t.key(document.activeElement!, 'Home');
		expect(focusedKey()).toBe(keyAt(0));
		t.key(document.activeElement!, 'ArrowUp');
		expect(document.activeElement).toBe(search);
	});

	it('keeps filters, expanded rows and focus through a live update', () => {
		t.type('inference');
		const before = t.panel.shown.length;
		rowOf(t.rowEls, 'inference layer').querySelector<HTMLElement>('.bl-glossary-meaning')?.click();
		const text = LESSON_A;
		t.index.setLesson(VARIANT_A, parseLesson(text.slice(0, text.indexOf('(2) [15:22'))), 5000);
		t.panel.update();
		expect(t.$<HTMLInputElement>('.bl-glossary-search').value).toBe('inference');
		expect(t.panel.shown.length).toBeLessThan(before);
		expect(rowOf(t.rowEls, 'inference layer').getAttr('aria-expanded')).toBe('true');
		expect(document.activeElement?.getAttr('data-key')).toBe('inference layer');
		expect(t.$('.bl-glossary-totals').textContent).toMatch(/^2 lessons · \d+ terms/);
	});

	it('leaves the focus in the search box through a live update while the user types', () => {
		const search = t.$<HTMLInputElement>('.bl-glossary-search');
		search.focus();
		t.type('infer');
		t.index.setLesson('extra.md', parseLesson(LESSON_A), 9000);
		t.panel.update();
		expect(document.activeElement).toBe(search);
		t.type('inference');
		expect(search.value).toBe('inference');
	});

	it('keeps the focus on the same term when a live update puts new rows above it', () => {
		const search = t.$('.bl-glossary-search');
		const focusedKey = () => document.activeElement?.getAttr('data-key');
		t.key(search, 'ArrowDown');
		for (let i = 0; i < 3; i++) t.key(document.activeElement!, 'ArrowDown');
		const focused = t.panel.shown.get(3)?.key;
		expect(focusedKey()).toBe(focused);
		const aardvarks = lessonText([{ n: 1, english: 'An aardvark and an aardwolf came.', terms: [{ term: 'aardvark' }, { term: 'aardwolf' }] }]);
		t.index.setLesson('aardvarks.md', parseLesson(aardvarks), 9000);
		t.panel.update();
		expect(t.panel.shown.get(5)?.key).toBe(focused);
		expect(focusedKey()).toBe(focused);
	});

	it('keeps the scroll position through a live update', () => {
		const list = t.$('.bl-glossary-list');
		list.scrollTop = 5200;
		list.dispatchEvent(new Event('scroll'));
		const firstBefore = t.rowEls()[0].getAttr('data-index');
		expect(Number(firstBefore)).toBeGreaterThan(90);
		t.index.setLesson('extra.md', parseLesson(LESSON_A), 9000);
		t.panel.update();
		expect(list.scrollTop).toBe(5200);
		expect(t.rowEls()[0].getAttr('data-index')).toBe(firstBefore);
		expect(t.$('.bl-glossary-totals').textContent).toMatch(/^3 lessons/);
	});

	it('drops a lesson filter whose lesson is gone', () => {
		const lesson = t.$<HTMLSelectElement>('.bl-glossary-lesson-filter');
		lesson.focus();
		lesson.value = VARIANT_A;
		lesson.dispatchEvent(new Event('change'));
		expect(t.panel.state.lesson).toBe(VARIANT_A);
		t.index.delete(VARIANT_A);
		t.panel.update();
		expect(t.panel.state.lesson).toBeNull();
		expect(Array.from(lesson.options).map((o) => o.value)).not.toContain(VARIANT_A);
		expect(Array.from(lesson.selectedOptions).map((o) => o.text)).toEqual(['All lessons']);
		expect(t.panel.shown).toHaveLength(t.index.totals().terms);
	});

	it('lists only the chosen lesson in the lesson menu until the menu is first used, then every lesson', () => {
		expect(Array.from(t.$<HTMLSelectElement>('.bl-glossary-lesson-filter').options).map((o) => o.value)).toEqual(['']);
		const index = t.index;
		document.body.empty();
		const panel = new GlossaryPanel(document.body, index, t.actions, listen, { ...DEFAULT_FILTER, lesson: VARIANT_A });
		const lesson = panel.root.querySelector<HTMLSelectElement>('.bl-glossary-lesson-filter')!;
		expect(Array.from(lesson.options).map((o) => o.value)).toEqual(['', VARIANT_A]);
		expect(lesson.value).toBe(VARIANT_A);
		lesson.dispatchEvent(new Event('focus'));
		expect(Array.from(lesson.options).map((o) => o.value).sort()).toEqual(['', ...index.lessons().map((l) => l.path)].sort());
		expect(lesson.value).toBe(VARIANT_A);
	});

	it("reads an expanded row's sentences afresh when the lessons change while they load, and never shows the stale ones", async () => {
		const pending: (() => void)[] = [];
		const panel = new GlossaryPanel(document.body.createDiv(), t.index, { ...t.actions, details: (entry) => new Promise((resolve) => pending.push(() => resolve(entryDetails(t.index, entry, readFixture)))) }, listen, { ...DEFAULT_FILTER, text: 'latency' });
		const row = () => panel.root.querySelector<HTMLElement>('.bl-glossary-row[data-key="latency"]')!;
		row().querySelector<HTMLElement>('.bl-glossary-meaning')!.click();
		expect(pending).toHaveLength(1);
		t.index.setLesson('extra.md', parseLesson(LESSON_A), 9000);
		panel.update();
		pending[0]();
		await vi.waitFor(() => expect(pending).toHaveLength(2));
		expect(row().querySelector('.bl-glossary-occurrences')?.getAttribute('aria-busy')).toBe('true');
		pending[1]();
		await vi.waitFor(() => expect(row().querySelector('.bl-glossary-occurrences')?.getAttribute('aria-busy')).toBe('false'));
		expect(row().querySelectorAll('.bl-glossary-sentence').length).toBeGreaterThan(0);
	});

	it("reads an expanded row's sentences again once they have been shown and the lessons then change", async () => {
		const asked: string[] = [];
		const panel = new GlossaryPanel(document.body.createDiv(), t.index, { ...t.actions, details: (entry) => (asked.push(entry.key), entryDetails(t.index, entry, readFixture)) }, listen, { ...DEFAULT_FILTER, text: 'latency' });
		const sentences = () => panel.root.querySelectorAll('.bl-glossary-row[data-key="latency"] .bl-glossary-sentence').length;
		panel.root.querySelector<HTMLElement>('.bl-glossary-row[data-key="latency"] .bl-glossary-meaning')!.click();
		await vi.waitFor(() => expect(sentences()).toBeGreaterThan(0));
		const before = sentences();
		panel.update();
		expect(asked).toEqual(['latency']); // nothing changed: the sentences shown are kept
		t.index.setLesson('extra.md', parseLesson(LESSON_A), 9000);
		panel.update();
		await vi.waitFor(() => expect(sentences()).toBeGreaterThan(before));
		expect(asked).toEqual(['latency', 'latency']);
	});

	it('keeps a lesson filter, shown as chosen, when another lesson joins the menu', () => {
		const lesson = t.$<HTMLSelectElement>('.bl-glossary-lesson-filter');
		lesson.focus();
		lesson.value = VARIANT_A;
		lesson.dispatchEvent(new Event('change'));
		const shown = t.panel.shown.length;
		t.index.setLesson('extra.md', parseLesson(LESSON_A), 9000);
		t.panel.update();
		expect(Array.from(lesson.options).map((o) => o.value)).toContain('extra.md');
		expect(t.panel.state.lesson).toBe(VARIANT_A);
		expect(lesson.value).toBe(VARIANT_A);
		expect(t.panel.shown).toHaveLength(shown);
	});

	it('exports the rows shown', () => {
		t.$<HTMLButtonElement>('.bl-glossary-hot-filter').click();
		t.$<HTMLButtonElement>('.bl-glossary-export-csv').click();
		t.$<HTMLButtonElement>('.bl-glossary-export-anki').click();
		expect(t.calls.csv).toEqual([135]);
		expect(t.calls.anki).toEqual([135]);
	});
});

describe('GlossaryPanel, typing on a row', () => {
	beforeEach(() => document.body.empty());

	it('sends the letters to the search box, which then holds the cursor; Space still toggles the row', () => {
		const { panel, $, rowEls, key, type } = setup();
		const first = rowEls()[0];
		first.focus();
		key(first, ' ');
		expect(rowEls()[0].getAttr('aria-expanded')).toBe('true');
		key(rowEls()[0], 'l');
		const search = $<HTMLInputElement>('.bl-glossary-search');
		expect(search.value).toBe('l');
		expect(document.activeElement).toBe(search);
		expect(panel.state.text).toBe('l');
		// The next letters are typed into the box itself.
		type('lat');
		expect(panel.shown.get(0)?.key).toBe('latency');
	});
});
