// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../src/core/glossary/types';
import { renderRow, type RowContext } from '../../src/render/glossary/row';

const ENTRY: GlossaryEntry = {
	key: 'latency',
	term: 'latency',
	forms: ['latency'],
	ipa: ['ˈleɪtənsi'],
	pos: ['名词'],
	meanings: ['延迟'],
	hot: true,
	occurrences: [],
	lessonCount: 2,
	lastModified: 0,
};
const CTX: RowContext = { tokens: [], expanded: false, details: null, index: 0, hasNote: false, canSpeak: false, due: null, now: 0 };

const row = (entry: Partial<GlossaryEntry> = {}) => renderRow(document.body, { ...ENTRY, ...entry }, CTX);

describe('a glossary row', () => {
	it('marks a key term: the row is hot, a 🔥 image says "Key term", and the row label says it too', () => {
		const el = row();
		expect(el.classList.contains('is-hot')).toBe(true);
		const fire = el.findAll('.bl-glossary-hot');
		expect(fire.map((f) => [f.textContent, f.getAttr('aria-label'), f.getAttr('role')])).toEqual([['🔥', 'Key term', 'img']]);
		expect(el.getAttr('aria-label')).toBe('latency, key term, in 2 lessons: 延迟');
	});

	it('shows no fire and no hot class for a term that is not a key term', () => {
		const el = row({ hot: false });
		expect(el.classList.contains('is-hot')).toBe(false);
		expect(el.textContent).not.toContain('🔥');
		expect(el.getAttr('aria-label')).toBe('latency, in 2 lessons: 延迟');
	});

	it('shows the IPA between slashes when the term has some, and no IPA element when it has none', () => {
		expect(row().findAll('.bl-glossary-ipa').map((el) => el.textContent)).toEqual(['/ˈleɪtənsi/']);
		document.body.empty();
		expect(row({ ipa: ['ə', 'eɪ'] }).findAll('.bl-glossary-ipa').map((el) => el.textContent)).toEqual(['/ə/ /eɪ/']);
		document.body.empty();
		expect(row({ ipa: [] }).querySelectorAll('.bl-glossary-ipa')).toHaveLength(0);
	});
});

describe('an expanded glossary row', () => {
	const place = { path: 'Bees.md', unit: 3, line: 10, blockId: null, lessonTitle: 'Bees' };
	const occurrence = { ...place, form: 'latency', ipa: null, pos: null, meaning: '延迟', hot: false };
	const text = { sentence: 'The latency was high.', span: { start: 4, end: 11 }, translation: '**延迟**很高。' };
	const appearance = (unit: number) => ({ ...place, unit, ...text });
	const expanded = (details: RowContext['details']) =>
		renderRow(document.body, { ...ENTRY, occurrences: [occurrence] }, { ...CTX, expanded: true, details });

	it('is marked expanded only when it is, and a collapsed row lists no occurrences', () => {
		const open = expanded(null);
		expect(open.classList.contains('is-expanded')).toBe(true);
		expect(open.getAttribute('aria-expanded')).toBe('true');
		const closed = row();
		expect(closed.classList.contains('is-expanded')).toBe(false);
		expect(closed.getAttribute('aria-expanded')).toBe('false');
		expect(closed.findAll('.bl-glossary-occurrences')).toHaveLength(0);
	});

	it('says it is busy while the sentences load, showing each place meanwhile', () => {
		const list = expanded(null).find('.bl-glossary-occurrences');
		expect(list.getAttribute('aria-busy')).toBe('true');
		const buttons = list.findAll('.bl-glossary-occurrence');
		expect(buttons.map((b) => b.textContent)).toEqual(['Bees · unit 3']);
		expect(buttons[0].getAttribute('title')).toBe('Open Bees · unit 3');
		expect(buttons[0].getAttribute('data-occurrence')).toBe('0');
		expect(list.findAll('.bl-glossary-sentence')).toHaveLength(0);
	});

	it('shows each sentence with the term marked, the translation without bold markers, and where else it appears', () => {
		const list = expanded({ occurrences: [{ ...occurrence, ...text }], alsoIn: [appearance(5), appearance(7)] }).find('.bl-glossary-occurrences');
		expect(list.getAttribute('aria-busy')).toBe('false');
		expect(list.findAll('.bl-glossary-term-mark').map((m) => m.textContent)).toEqual(['latency', 'latency', 'latency']);
		expect(list.find('.bl-glossary-translation').textContent).toBe('延迟很高。');
		expect(list.find('.bl-glossary-also-in').textContent).toBe('Also appears in 2 units');
		const also = list.findAll('[data-action="appearance"]');
		expect(also.map((b) => [b.getAttribute('data-appearance'), b.find('.bl-glossary-occurrence-source').textContent])).toEqual([
			['0', 'Bees · unit 5'],
			['1', 'Bees · unit 7'],
		]);
		document.body.empty();
		const one = expanded({ occurrences: [{ ...occurrence, ...text }], alsoIn: [appearance(5)] });
		expect(one.find('.bl-glossary-also-in').textContent).toBe('Also appears in 1 unit');
		document.body.empty();
		expect(expanded({ occurrences: [{ ...occurrence, ...text }], alsoIn: [] }).findAll('.bl-glossary-also-in')).toHaveLength(0);
	});
});

