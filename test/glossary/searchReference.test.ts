import { describe, expect, it } from 'vitest';
import { GlossaryIndex } from '../../src/core/glossary/GlossaryIndex';
import type { LessonRecord } from '../../src/core/glossary/lessonRecord';
import { searchFold, searchTokens } from '../../src/core/glossary/search';
import { DEFAULT_FILTER, GlossaryViewModel, type GlossaryFilter, type GlossarySort } from '../../src/core/glossary/GlossaryViewModel';
import type { TermEntry } from '../../src/core/glossary/TermEntry';
import { rng as random } from '../seededRandom';

// Few letters, so keys share words, prefixes and substrings; word breaks of every kind; capitals and full-width
// letters, which a search folds.
const PIECES = ['ka', 'ki', 'ta', 'at', 'k', 'a', 'Ka', 'ＫＩ', 'ta-', 'a/', '(k', '（a', ' ', ' ta'];
const MEANINGS = ['延迟', '延', '队列', 'ka', 'Ta', '迟延', 'ａｔ', '（延）', 'k 延'];
const POS = ['名词', '动词', null];

function pick<T>(rnd: () => number, items: readonly T[]): T {
	return items[Math.floor(rnd() * items.length)];
}

function phrase(rnd: () => number, pieces: readonly string[], most: number): string {
	return Array.from({ length: 1 + Math.floor(rnd() * most) }, () => pick(rnd, pieces)).join('');
}

function lessonAt(rnd: () => number, l: number, version: number): LessonRecord {
	const terms: LessonRecord['terms'] = Array.from({ length: 1 + Math.floor(rnd() * 12) }, () => [
		0,
		phrase(rnd, PIECES, 4),
		rnd() < 0.4 ? phrase(rnd, ['ˈka', 'ta', 'ɪk', 'AT'], 3) : null,
		pick(rnd, POS),
		phrase(rnd, MEANINGS, 3),
		rnd() < 0.3 ? 1 : 0,
	]);
	return { path: `L/${l}.md`, title: `L${l}`, mtime: 1000 + version * 10 + l, size: 1, units: [[1, 0, null]], terms, words: '' };
}

/** What the glossary shows for a filter, worked out entry by entry with plain string tests. */
function reference(index: GlossaryIndex, filter: GlossaryFilter): string[] {
	const tokens = searchTokens(filter.text);
	const query = tokens.join(' ');
	const texts = (e: TermEntry) => e.occurrences.map((o) => searchFold(o.ipa === null ? o.meaning : `${o.meaning}\n${o.ipa}`));
	const rank = (e: TermEntry): number => {
		if (e.key === query) return 0;
		if (e.key.startsWith(query)) return 1;
		for (let at = 1; at < e.key.length; at++) if (e.key.startsWith(query, at) && ' -/(（'.includes(e.key[at - 1])) return 2;
		return texts(e).some((text) => text.startsWith(query)) ? 3 : 4;
	};
	const figure = (e: TermEntry) => (filter.sort === 'lessons' ? e.lessonCount : filter.sort === 'recent' ? e.lastModified : 0);
	return index
		.entries()
		.toArray()
		.map((entry, az) => ({ entry, az }))
		.filter(({ entry: e }) => tokens.every((token) => e.key.includes(token) || texts(e).some((text) => text.includes(token))))
		.filter(({ entry: e }) => !filter.hotOnly || e.hot)
		.filter(({ entry: e }) => filter.pos === null || e.pos.includes(filter.pos))
		.filter(({ entry: e }) => filter.lesson === null || e.occurrences.some((o) => o.path === filter.lesson))
		.map(({ entry, az }) => ({ entry, az, rank: tokens.length === 0 ? 0 : rank(entry) }))
		.sort((a, b) => a.rank - b.rank || figure(b.entry) - figure(a.entry) || a.az - b.az)
		.map(({ entry }) => entry.key);
}

describe('glossary search against a reference', () => {
	it('finds, ranks and orders exactly as an entry-by-entry search does, in every order, as the index changes', () => {
		const rnd = random(11);
		const index = new GlossaryIndex();
		const vm = new GlossaryViewModel(index);
		const lessons = 40;
		for (let l = 0; l < lessons; l++) index.setRecord(lessonAt(rnd, l, 0));
		let compared = 0;
		let hits = 0;
		for (let round = 0; round < 6; round++) {
			// Lessons replaced and removed: entries come and go, and their ids are given again.
			for (let k = 0; k < 10; k++) {
				const l = Math.floor(rnd() * lessons);
				if (rnd() < 0.3) index.delete(`L/${l}.md`);
				else index.setRecord(lessonAt(rnd, l, round + 1));
			}
			const keys = index.entries().toArray().map((e) => e.key);
			const queries = ['k', 'a', 'K', 'ta', 'ka', 'ki', 'ＫＡ', '延', '延迟', 'at', 'a k', 'ta 延', 'k a t', ' -', '(k', 'zz', pick(rnd, keys), pick(rnd, keys).slice(1, 3), `${pick(rnd, keys)} 延`];
			for (const text of queries) {
				for (const sort of ['az', 'lessons', 'recent'] as GlossarySort[]) {
					const filters: GlossaryFilter[] = [
						{ ...DEFAULT_FILTER, text, sort },
						{ ...DEFAULT_FILTER, text, sort, hotOnly: true },
						{ ...DEFAULT_FILTER, text, sort, pos: '名词', lesson: `L/${round}.md` },
					];
					for (const filter of filters) {
						const expected = reference(index, filter);
						expect(vm.rows(filter).toArray().map((e) => e.key), JSON.stringify(filter)).toEqual(expected);
						compared++;
						hits += expected.length;
					}
				}
			}
		}
		// The comparisons ran, and on lists long enough to mean something.
		expect(compared).toBe(6 * 19 * 3 * 3);
		expect(hits).toBeGreaterThan(compared * 5);
	});
});
