// A term's span is located when it is first read, for all its unit's terms at once; it reads and copies as the plain value.
import { describe, expect, it, vi } from 'vitest';
import type { Term } from '../../src/core/model';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { TermLocator } from '../../src/core/parser/TermLocator';
import { LESSON_A, LESSON_B } from '../fixtures';

const lesson = [
	'(1) [00:01-00:05]',
	'',
	'**The pools that stay fill with crabs at low tide.**',
	'',
	'退潮时，留下的水潭里满是螃蟹。',
	'',
	'解析：',
	'* **low tide**：低潮',
	'  * 例句：Walk out at low tide.',
	'* **seaweed**：海藻',
	'',
	'| 词 | 释义 |',
	'| --- | --- |',
	'| crab | 螃蟹 |',
	'',
	'(2) [00:05-00:09] **A starfish clings to the rock.**',
	'',
	'海星紧紧抓住岩石。',
	'',
	'解析：',
	'* **cling to**：紧抓',
].join('\n');

const KEYS = ['term', 'ipa', 'pos', 'meaning', 'hot', 'line', 'span', 'raw'];

/** The term as a plain object of the model's fields, each read once. */
const plain = (term: Term) => Object.fromEntries(Object.keys(term).map((key) => [key, term[key as keyof Term]]));


describe('term spans', () => {
	it('are where a locator over the unit English finds each term, in list order', () => {
		for (const text of [LESSON_A, LESSON_B, lesson]) {
			for (const unit of parseLesson(text).units) {
				const locator = new TermLocator(unit.english);
				expect(unit.terms.map((t) => t.span)).toEqual(unit.terms.map((t) => locator.locate(t.term)));
			}
		}
	});

	it('are located only when one is read, all of a unit at once', () => {
		const locate = vi.spyOn(TermLocator.prototype, 'locate');
		const [first, second] = parseLesson(lesson).units;
		expect(locate).not.toHaveBeenCalled();
		expect(first.terms[1].span).toBeNull();
		expect(locate.mock.calls.map(([term]) => term)).toEqual(['low tide', 'seaweed', 'crab']);
		expect(first.terms.map((t) => first.english.slice(t.span?.start, t.span?.end))).toEqual(['low tide', first.english, 'crabs']);
		expect(locate).toHaveBeenCalledTimes(3);
		expect(second.terms[0].span).toEqual({ start: 11, end: 20 });
		expect(locate).toHaveBeenCalledTimes(4);
	});

	it('are fields like the others: in their place, in JSON, spreads and structured clones, before and after a read', () => {
		const [first] = parseLesson(lesson).units;
		const [tide, weed, crab] = first.terms;
		expect(Object.keys(tide)).toEqual([...KEYS, 'examples']);
		expect(Object.keys(crab)).toEqual(KEYS);
		for (const copy of [{ ...tide }, structuredClone(tide), JSON.parse(JSON.stringify(tide)) as unknown]) {
			expect(Reflect.ownKeys(copy as object)).toEqual([...KEYS, 'examples']);
			expect(copy).toEqual({ term: 'low tide', ipa: null, pos: null, meaning: '低潮', hot: false, line: 7, span: { start: 39, end: 47 }, raw: '**low tide**：低潮', examples: ['例句：Walk out at low tide.'] });
		}
		expect({ ...weed }).toEqual({ ...plain(weed), span: null });
		expect(structuredClone(crab)).toEqual(plain(crab));
		expect(JSON.parse(JSON.stringify(first.terms))).toEqual(first.terms.map(plain));
	});

	it('can be set, each term on its own', () => {
		const [first] = parseLesson(lesson).units;
		first.terms[1].span = { start: 0, end: 3 };
		expect(first.terms.map((t) => t.span)).toEqual([{ start: 39, end: 47 }, { start: 0, end: 3 }, { start: 30, end: 35 }]);
		expect({ ...first.terms[1] }.span).toEqual({ start: 0, end: 3 });
	});
});
