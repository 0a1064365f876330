// Vault notes that hold a lesson and the user's own material: the lesson is read, and nothing of the user's joins it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lesson } from '../../src/core/model';
import { parseLesson } from '../../src/core/parser/parseLesson';

const read = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'lessons', name), 'utf8');
const units = (l: Lesson) => l.units.map((u) => [u.n, u.start, u.english, u.translation]);
const terms = (l: Lesson) => l.units.flatMap((u) => u.terms.map((t) => [t.term, t.hot]));

const FOXES = [
	[1, '00:05', 'Foxes have learned to live alongside us, raiding bins after midnight.', '狐狸已经学会了和我们共处，午夜后翻垃圾桶。'],
	[2, '00:19', 'Most people never see them, though they pass within metres every night.', '大多数人从没见过它们，尽管它们每晚都从几米外经过。'],
];
const FOX_TERMS = [
	['alongside', true],
	['raid', false],
	['within metres', false],
	['pass', true],
];

describe('a journal entry above a pasted lesson, and `## My notes` below its vocabulary table (journal-then-lesson)', () => {
	const text = read('journal-then-lesson.md');
	const l = parseLesson(text);
	const lines = text.split('\n');

	it('reads the lesson under its own title, not the journal’s, with no intro from the journal’s quote', () => {
		expect([l.isLesson, l.title, l.titleLine, l.declaredUnits, l.intro]).toEqual([true, 'Urban foxes 英语段落翻译', lines.indexOf('# 🎯 Urban foxes 英语段落翻译'), 2, null]);
		expect(l.diagnostics).toEqual([]);
	});

	it('takes neither the journal’s bullets nor the notes’ `(3)` item and 解析： list into units or terms', () => {
		expect(units(l)).toEqual(FOXES);
		expect(terms(l)).toEqual(FOX_TERMS);
	});

	it('keeps the summary to its own prose and the vocabulary to its table', () => {
		expect(l.summary?.text).toBe('城市狐狸适应了夜间生活，离人很近却很少被看见。');
		expect(l.vocabulary.map((r) => [r.term, r.meaning])).toEqual([
			['alongside', '与……一起'],
			['pass', '经过'],
		]);
	});
});

describe('a journal entry of `(1)` `(2)` English sentences with their Chinese and a 词汇： list, above a pasted lesson (journal-sentences-then-lesson)', () => {
	const l = parseLesson(read('journal-sentences-then-lesson.md'));

	it('reads the lesson under its own H1 from its own (1): the journal’s sentences are no units, its words no terms', () => {
		expect([l.title, l.declaredUnits]).toEqual(['Urban foxes 英语段落翻译', 2]);
		expect(units(l)).toEqual(FOXES);
		expect(terms(l)).toEqual(FOX_TERMS);
		expect(l.diagnostics).toEqual([]);
	});
});

describe('a lesson with no summary, then `## My notes` with the user’s own `(1)` `(2)` remarks (lesson-then-my-notes)', () => {
	const text = read('lesson-then-my-notes.md');
	const l = parseLesson(text);

	it('ends the lesson at the notes: their numbers start again and teach nothing, so they are no units and raise no diagnostics', () => {
		expect(units(l)).toEqual(FOXES);
		expect(terms(l)).toEqual(FOX_TERMS);
		expect(l.units[1].endLine).toBe(text.split('\n').indexOf('* **pass** 🔥：动词，经过'));
		expect([l.summary, l.vocabulary, l.diagnostics]).toEqual([null, [], []]);
	});
});

describe('a lesson whose second part, under a heading of its own, is numbered from (1) again', () => {
	const unit = (n: number, english: string, chinese: string, term: string) =>
		[`(${n}) [00:0${n}-00:0${n + 1}] **${english}**`, '', chinese, '', '解析：', `* **${term}**：词`, ''].join('\n');
	const l = parseLesson(
		['## 第一部分', '', unit(1, 'Bees dance to share directions.', '蜜蜂用舞蹈分享方向。', 'dance'), unit(2, 'The hive hums at noon.', '蜂巢中午嗡嗡作响。', 'hum'),
			'## 第二部分', '', unit(1, 'Wasps build paper nests.', '黄蜂筑纸巢。', 'nest'), unit(2, 'Ants follow scent trails.', '蚂蚁沿气味路线走。', 'scent trail')].join('\n'),
	);

	it('keeps the second part’s units: they teach, so they are no notes of the user’s', () => {
		expect(l.units.map((u) => [u.n, u.terms[0].term])).toEqual([
			[1, 'dance'],
			[2, 'hum'],
			[1, 'nest'],
			[2, 'scent trail'],
		]);
	});
});
