import { describe, expect, it } from 'vitest';
import { ankiCards, ankiTsv, csvRows, glossaryCsv, parseAnkiTsv } from '../../src/core/glossary/exportFormats';
import { parseCsv } from '../../src/core/glossary/csv';
import { detailedEntries, entryDetails } from '../../src/core/glossary/details';
import type { GlossaryEntry } from '../../src/core/glossary/types';
import { DEFAULT_FILTER, GlossaryViewModel, type GlossaryFilter } from '../../src/core/glossary/GlossaryViewModel';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { LESSON_A } from '../fixtures';
import { fixtureIndex, readFixture, VARIANT_A, VARIANT_B } from './fixtureIndex';

describe('glossary index on the real lessons', () => {
	it('counts 312 distinct terms, 135 hot, 12 met twice', () => {
		const index = fixtureIndex();
		expect(index.totals()).toEqual({ lessons: 2, terms: 312, hot: 135 });
		const twice = index.entries().toArray().filter((e) => e.occurrences.length === 2);
		expect(twice).toHaveLength(12);
		expect(index.entries().toArray().every((e) => e.occurrences.length <= 2)).toBe(true);
		expect(index.lessons().map((l) => [l.units, l.terms])).toEqual([[63, 195], [37, 129]]);
	});

	it('drops the occurrences of a unit removed by an edit', () => {
		const index = fixtureIndex();
		const text = LESSON_A;
		const edited = text.slice(0, text.indexOf('(1) [15:09')) + text.slice(text.indexOf('(2) [15:22'));
		expect(index.entry('outsource')?.occurrences).toHaveLength(1);
		index.setLesson(VARIANT_A, parseLesson(edited), 3000);
		expect(index.entry('outsource')).toBeUndefined();
		expect(index.entry('latency')).toBeUndefined();
		expect(index.entry('inference layer')?.occurrences.every((o) => o.unit !== 1) ?? true).toBe(true);
		expect(index.lessons().find((l) => l.path === VARIANT_A)?.units).toBe(62);
	});

	it('points occurrences at the new path after a rename', () => {
		const index = fixtureIndex();
		index.rename(VARIANT_B, 'archive/s2s.md');
		const paths = new Set(index.entries().toArray().flatMap((e) => e.occurrences.map((o) => o.path)));
		expect([...paths].sort()).toEqual(['archive/s2s.md', VARIANT_A]);
		expect(index.entry('obsess over')?.occurrences[0].path).toBe('archive/s2s.md');
	});

	it('shows variant B sentences without markup brackets, term still marked', async () => {
		const index = fixtureIndex();
		const occurrence = (await entryDetails(index, index.entry('verticals') as GlossaryEntry, readFixture)).occurrences[0];
		expect(occurrence?.sentence).not.toMatch(/[{}[\]]/);
		expect(occurrence && occurrence.span && occurrence.sentence.slice(occurrence.span.start, occurrence.span.end)).toBe('verticals');
	});
});

describe('glossary view model on the real lessons', () => {
	const vm = new GlossaryViewModel(fixtureIndex());
	const rows = (filter: Partial<GlossaryFilter>) => vm.rows({ ...DEFAULT_FILTER, ...filter }).toArray();

	it('ranks latency first for "lat" and for "延迟"', () => {
		expect(rows({ text: 'lat' })[0].key).toBe('latency');
		expect(rows({ text: '延迟' })[0].key).toBe('latency');
	});

	it('finds where latency is used besides the unit that glosses it', async () => {
		const index = fixtureIndex();
		const details = await entryDetails(index, index.entry('latency') as GlossaryEntry, readFixture);
		expect(details.occurrences).toHaveLength(1);
		// Its 10 units: the one that glosses it and 9 that only use it.
		expect(details.alsoIn).toHaveLength(9);
		expect(details.alsoIn.every((a) => a.span !== null && a.sentence.slice(a.span.start, a.span.end).toLowerCase() === 'latency')).toBe(true);
		expect(new Set(details.alsoIn.map((a) => a.path))).toEqual(new Set([VARIANT_A, VARIANT_B]));
		expect(details.alsoIn.some((a) => a.path === VARIANT_A && a.unit === details.occurrences[0].unit)).toBe(false);
	});

	it('finds latency by English and by Chinese', () => {
		expect(rows({ text: 'latency' }).map((e) => e.key)).toContain('latency');
		expect(rows({ text: '延迟' }).map((e) => e.key)).toContain('latency');
		expect(rows({ text: '延迟' }).every((e) => e.meanings.some((m) => m.includes('延迟')))).toBe(true);
	});

	it('filters 135 hot terms and by lesson', () => {
		expect(rows({ hotOnly: true })).toHaveLength(135);
		const inB = rows({ lesson: VARIANT_B });
		expect(inB.length).toBeGreaterThan(100);
		expect(inB.every((e) => e.occurrences.some((o) => o.path === VARIANT_B))).toBe(true);
	});

	it('sorts A–Z, by lesson count and by the newest lesson', () => {
		const az = rows({ sort: 'az' }).map((e) => e.key);
		expect(az).toEqual([...az].sort());
		const byLessons = rows({ sort: 'lessons' });
		expect(byLessons.slice(0, 8).map((e) => e.lessonCount)).toEqual(Array(8).fill(2)); // 8 terms are in both lessons
		expect(byLessons[8].lessonCount).toBe(1);
		const ties = byLessons.slice(8).map((e) => e.key);
		expect(ties).toEqual([...ties].sort());
		const recent = rows({ sort: 'recent' });
		const firstOld = recent.findIndex((e) => e.lastModified === 1000);
		expect(recent.slice(firstOld).every((e) => e.lastModified === 1000)).toBe(true);
		expect(recent[0].lastModified).toBe(2000);
	});

	it('exports CSV and Anki files that read back to the same rows', async () => {
		const all = await detailedEntries(rows({}), readFixture);
		expect(parseCsv(glossaryCsv(all, 'en')).slice(1)).toEqual(csvRows(all, 'en'));
		const cards = ankiCards(all);
		expect(parseAnkiTsv(ankiTsv(cards))).toEqual(cards);
		expect(cards).toHaveLength(312);
	});
});
