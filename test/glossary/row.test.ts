// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
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

afterEach(() => {
	document.body.empty();
});

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
