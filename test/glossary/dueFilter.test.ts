import { describe, expect, it } from 'vitest';
import { dueToday } from '../../src/core/glossary/dueFilter';
import { GlossaryIndex } from '../../src/core/glossary/GlossaryIndex';
import { DEFAULT_FILTER, GlossaryViewModel } from '../../src/core/glossary/GlossaryViewModel';
import { parsedLesson } from '../lessonBuilder';

const NOW = new Date(2026, 11, 3, 15, 0).getTime();
const HOUR = 3_600_000;

function model(): GlossaryViewModel {
	const index = new GlossaryIndex();
	index.setLesson('Sailing/Knots.md', parsedLesson([{ n: 1, english: 'Cleat the line, then ease the sheet and tack.', terms: [
		{ term: 'cleat', meaning: '系住（绳索）', pos: '动词', hot: true },
		{ term: 'ease the sheet', meaning: '放松帆脚索', pos: '短语', hot: true },
		{ term: 'tack', meaning: '迎风换舷', pos: '动词' },
		{ term: 'line', meaning: '绳索', pos: '名词' },
	] }], 'Knots'), 100);
	return new GlossaryViewModel(index);
}

describe('the glossary due filter', () => {
	it('counts a term due today when its review falls before local midnight, not a new one', () => {
		const midnight = new Date(2026, 12 - 1, 4, 0, 0).getTime();
		expect(dueToday(NOW - 48 * HOUR, NOW)).toBe(true);
		expect(dueToday(midnight - 1, NOW)).toBe(true);
		expect(dueToday(midnight, NOW)).toBe(false);
		expect(dueToday(null, NOW)).toBe(false);
	});

	it('keeps only the due terms, with the other filters and the search, and follows reviews with no index change', () => {
		const vm = model();
		const due = new Map<string, number>([['cleat', NOW - HOUR], ['tack', NOW + 2 * HOUR], ['line', NOW + 30 * 24 * HOUR]]);
		const keys = (filter: Partial<typeof DEFAULT_FILTER>) => vm.rows({ ...DEFAULT_FILTER, ...filter }, (key) => due.get(key) ?? null, NOW).toArray().map((e) => e.key);
		expect(keys({})).toEqual(['cleat', 'ease the sheet', 'line', 'tack']);
		expect(keys({ dueOnly: true })).toEqual(['cleat', 'tack']);
		expect(keys({ dueOnly: true, hotOnly: true })).toEqual(['cleat']);
		expect(keys({ dueOnly: true, text: 't' })).toEqual(['tack', 'cleat']);
		expect(keys({ dueOnly: true, text: 'ta' })).toEqual(['tack']);
		// Reviewed: tack is next due in a week; the same filter shows it gone.
		due.set('tack', NOW + 7 * 24 * HOUR);
		expect(keys({ dueOnly: true, text: 'ta' })).toEqual([]);
		expect(keys({ dueOnly: true })).toEqual(['cleat']);
	});
});
