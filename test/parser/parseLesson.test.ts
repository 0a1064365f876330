// Which notes parseLesson reads as lessons, and where their units and sections are.
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/core/parser/parseLesson';

/** A unit in the reference layout: header, English, translation, then its analysis lines. */
const unit = (header: string, english: string, analysis: string[]) => [`${header} **${english}**`, '', '蜂巢安静了下来。', '', ...analysis, ''].join('\n');

describe('a note is a lesson', () => {
	it.each([
		['a term of one Latin letter', '* **a**：冠词，一个', true],
		['a term of capitals ending in Z', '* **Z**：字母', true],
		['a term in Chinese only', '* **蜂巢**：名词，hive', false],
		['a term of digits only', '* **2024**：年份', false],
	])('when a unit teaches English: not with %s', (_, bullet, isLesson) => {
		const text = unit('(1) [00:01-00:05]', 'The hive went quiet at dusk, a Z of bees.', ['解析：', bullet]);
		expect(parseLesson(text).isLesson).toBe(isLesson);
	});

	it.each([
		['English and bullets none of which reads', '* just a note', true],
		['a Chinese-only term and a bullet that does not read', '* **蜂巢**：名词\n* just a note', false],
		['a table header and a line that is no bullet', '| 词 | 释义 |\nno words today', false],
	])('when no bullet in the note reads but its list has bullets: %s', (_, list, isLesson) => {
		const text = unit('(1) [00:01-00:05]', 'The hive went quiet at dusk.', ['解析：', ...list.split('\n')]);
		expect(parseLesson(text).isLesson).toBe(isLesson);
	});

	it('not when it is a template: placeholders are no English, and bullets of placeholders do not make a list', () => {
		const text = ['(1) [00:00-00:00] {{english}}', '', '{{translation}}', '', '解析：', '* {{term}} {{meaning}}', ''].join('\n');
		expect(parseLesson(text).isLesson).toBe(false);
	});

	it('with keycap headers up to 9️⃣ and 🔟', () => {
		const units = ['8️⃣', '9️⃣', '🔟'].map((cap) => unit(cap, 'The hive went quiet at dusk.', ['解析：', '* **hive**：名词，蜂巢']));
		expect(parseLesson(units.join('\n')).units.map((u) => u.n)).toEqual([8, 9, 10]);
	});

	it('with tables for term lists, each right up to the next unit and the end of the note', () => {
		const table = (term: string) => ['词汇：', '| 词 | 释义 |', '| --- | --- |', `| **${term}** | 释义 |`];
		const text = [unit('(1) [00:01-00:05]', 'The hive went quiet.', table('hive')).trimEnd(), unit('(2) [00:05-00:09]', 'The bees slept.', table('bees')).trimEnd()].join('\n');
		expect(parseLesson(text).units.map((u) => u.terms.map((t) => t.term))).toEqual([['hive'], ['bees']]);
	});

	it('under a weak header when its only Chinese follows the English on the same line', () => {
		const text = ['1️⃣', 'The hive went quiet at dusk and all of the bees slept. 蜂巢。', '', '解析：', '* **hive**：名词，蜂巢'].join('\n');
		const l = parseLesson(text);
		expect(l.units.map((u) => [u.english, u.translation])).toEqual([['The hive went quiet at dusk and all of the bees slept.', '蜂巢。']]);
	});
});

describe('the sections after the units', () => {
	it('take the first summary heading as the summary', () => {
		const text = [unit('(1) [00:01-00:05]', 'The hive went quiet.', ['解析：', '* **hive**：蜂巢']), '## Summary', '', 'First.', '', '## 小结', '', 'Second.'].join('\n');
		expect(parseLesson(text).summary).toMatchObject({ heading: 'Summary', text: 'First.' });
	});
});
