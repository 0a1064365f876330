import { describe, expect, it } from 'vitest';
import { GlossaryIndex } from '../../src/core/glossary/GlossaryIndex';
import { matchRanges, searchTokens } from '../../src/core/glossary/search';
import { DEFAULT_FILTER, filterFromState, GlossaryViewModel, type GlossaryFilter } from '../../src/core/glossary/GlossaryViewModel';
import type { LessonRecord } from '../../src/core/glossary/lessonRecord';
import { parsedLesson } from '../lessonBuilder';

function model(): { index: GlossaryIndex; vm: GlossaryViewModel } {
	const index = new GlossaryIndex();
	index.setLesson('old.md', parsedLesson([{ n: 1, english: 'Latency and queue and zebra.', terms: [
		{ term: 'latency', meaning: '延迟（网络响应时间）', ipa: 'ˈleɪtənsi', pos: '名词', hot: true },
		{ term: 'queue', meaning: '队列', pos: '名词' },
		{ term: 'zebra', meaning: '斑马', pos: '名词' },
	] }], 'Old'), 100);
	index.setLesson('new.md', parsedLesson([{ n: 1, english: 'Apply the queue.', terms: [
		{ term: 'apply', meaning: '应用', pos: '动词', hot: true },
		{ term: 'queue', meaning: '队列', pos: '名词' },
	] }], 'New'), 200);
	return { index, vm: new GlossaryViewModel(index) };
}

const keys = (vm: GlossaryViewModel, filter: Partial<GlossaryFilter>): string[] => vm.rows({ ...DEFAULT_FILTER, ...filter }).toArray().map((e) => e.key);

describe('GlossaryViewModel', () => {
	it('searches term, meaning and IPA, in English and Chinese', () => {
		const { vm } = model();
		expect(keys(vm, { text: 'latency' })).toEqual(['latency']);
		expect(keys(vm, { text: 'LATE' })).toEqual(['latency']);
		expect(keys(vm, { text: '延迟' })).toEqual(['latency']);
		expect(keys(vm, { text: 'leɪt' })).toEqual(['latency']);
		expect(keys(vm, { text: 'ｑｕｅｕｅ' })).toEqual(['queue']);
		expect(keys(vm, { text: 'queue 队列' })).toEqual(['queue']);
		expect(keys(vm, { text: 'queue 斑马' })).toEqual([]);
		// A lesson's texts are searched as one string: a word across two of them is in neither.
		expect(keys(vm, { text: 'tənsi队' })).toEqual([]);
		expect(keys(vm, { text: '列斑' })).toEqual([]);
		expect(keys(vm, { text: '斑马' })).toEqual(['zebra']);
	});

	it('ranks results: the term itself, terms and words that start with the search, meanings, then the rest', () => {
		const index = new GlossaryIndex();
		index.setLesson('r.md', parsedLesson([{ n: 1, english: 'Translate the flat report: the end-to-end latency at P50 / P90, each delay, the lat of the slate.', terms: [
			{ term: 'translate', meaning: '翻译' },
			{ term: 'flat', meaning: '平的' },
			{ term: 'latency', meaning: '延迟（网络响应时间）' },
			{ term: 'end-to-end latency', meaning: '端到端延迟' },
			{ term: 'lat', meaning: '纬度' },
			{ term: 'P50 / P90', meaning: '百分位延迟指标' },
			{ term: 'delay', meaning: '延迟，推迟' },
			{ term: 'slate', meaning: '石板', ipa: 'sleɪt' },
		] }], 'R'), 1);
		const vm = new GlossaryViewModel(index);
		expect(keys(vm, { text: 'lat' })).toEqual(['lat', 'latency', 'end-to-end latency', 'flat', 'slate', 'translate']);
		expect(keys(vm, { text: 'Late' })).toEqual(['latency', 'end-to-end latency', 'slate', 'translate']);
		expect(keys(vm, { text: '延迟' })).toEqual(['delay', 'latency', 'end-to-end latency', 'p50 / p90']);
		expect(keys(vm, { text: 'lat', sort: 'recent', hotOnly: false })[0]).toBe('lat');
		// Narrowing a search re-ranks what the shorter one found.
		expect(keys(vm, { text: 'la' })[0]).toBe('lat');
		expect(keys(vm, { text: 'late' })).toEqual(['latency', 'end-to-end latency', 'slate', 'translate']);
	});

	it('filters by hot, lesson and part of speech', () => {
		const { vm } = model();
		expect(keys(vm, { hotOnly: true })).toEqual(['apply', 'latency']);
		expect(keys(vm, { lesson: 'new.md' })).toEqual(['apply', 'queue']);
		expect(keys(vm, { pos: '动词' })).toEqual(['apply']);
		expect(keys(vm, { pos: '名词', lesson: 'new.md' })).toEqual(['queue']);
		expect(vm.partsOfSpeech()).toEqual(['动词', '名词'].sort());
	});

	it('sorts A–Z, by most lessons and by most recent lesson', () => {
		const { vm } = model();
		expect(keys(vm, { sort: 'az' })).toEqual(['apply', 'latency', 'queue', 'zebra']);
		expect(keys(vm, { sort: 'lessons' })).toEqual(['queue', 'apply', 'latency', 'zebra']);
		expect(keys(vm, { sort: 'recent' })).toEqual(['apply', 'queue', 'latency', 'zebra']);
	});

	it('searches, filters and sorts an index of 300,000 terms', () => {
		const index = new GlossaryIndex();
		for (let l = 0; l < 3000; l++) {
			const terms: LessonRecord['terms'] = Array.from({ length: 100 }, (_, t) => [0, `t${l}x${t}`, null, t % 2 === 0 ? '名词' : '动词', `意思${t}`, t === 0 ? 1 : 0]);
			terms.push([0, 'shared', null, null, '共同', 0]);
			index.setRecord({ path: `l${l}.md`, title: `L${l}`, mtime: l, size: 1, units: [[1, 0, null]], terms, words: '' });
		}
		const vm = new GlossaryViewModel(index);
		expect(keys(vm, {})).toHaveLength(300_001);
		// Lessons 12, 120–129 and 1200–1299, 100 terms each; typing on narrows to lesson 12's.
		expect(keys(vm, { text: 't12' })).toHaveLength(111 * 100);
		expect(keys(vm, { text: 't12x' })).toHaveLength(100);
		expect(keys(vm, { text: 't12x7' })).toEqual(['t12x7', ...Array.from({ length: 10 }, (_, i) => `t12x${70 + i}`)]);
		expect(keys(vm, { text: '意思99' })).toHaveLength(3000);
		expect(keys(vm, { text: '共同' })).toEqual(['shared']);
		expect(keys(vm, { text: 't2999x', pos: '名词' })).toHaveLength(50);
		expect(keys(vm, { hotOnly: true })).toHaveLength(3000);
		expect(keys(vm, { sort: 'lessons' })[0]).toBe('shared');
		expect(keys(vm, { sort: 'recent', text: '意思0' }).slice(0, 2)).toEqual(['t2999x0', 't2998x0']);
	});

	it('follows index changes', () => {
		const { index, vm } = model();
		expect(keys(vm, {})).toHaveLength(4);
		index.delete('old.md');
		expect(keys(vm, {})).toEqual(['apply', 'queue']);
	});
});

describe('matchRanges', () => {
	it('finds every token, case-insensitively, merged', () => {
		expect(matchRanges('Latency, latency', searchTokens('lat'))).toEqual([{ start: 0, end: 3 }, { start: 9, end: 12 }]);
		expect(matchRanges('abcdef', searchTokens('abc cde'))).toEqual([{ start: 0, end: 5 }]);
		expect(matchRanges('延迟（网络）', searchTokens('网络'))).toEqual([{ start: 3, end: 5 }]);
		expect(matchRanges('nothing', [])).toEqual([]);
	});
});

describe('filterFromState', () => {
	it('keeps every field of a saved filter and drops what is off', () => {
		const saved: GlossaryFilter = { text: '延迟', hotOnly: true, dueOnly: true, lesson: 'Lessons/a.md', pos: '名词', sort: 'recent' };
		expect(filterFromState(JSON.parse(JSON.stringify(saved)))).toEqual(saved);
		expect(filterFromState({ text: 3, hotOnly: 'yes', lesson: '', pos: null, sort: 'sideways' })).toEqual(DEFAULT_FILTER);
		expect(filterFromState(null)).toEqual(DEFAULT_FILTER);
		expect(filterFromState({ sort: 'lessons' })).toEqual({ ...DEFAULT_FILTER, sort: 'lessons' });
	});
});
