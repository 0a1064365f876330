import { describe, expect, it } from 'vitest';
import { parseUnitHeader, splitBlockId, type UnitHeader } from '../../src/core/parser/header';

describe('unit headers', () => {
	it.each([
		['(1) [15:09-15:22] **Okay.**', { n: 1, start: '15:09', end: '15:22', rest: '**Okay.**', blockId: null }],
		['（１２） 【1:02:03 – 1:02:30】', { n: 12, start: '1:02:03', end: '1:02:30', rest: '', blockId: null }],
		['### (3) [0:05~0:09] ^unit-3', { n: 3, start: '0:05', end: '0:09', rest: '', blockId: 'unit-3' }],
		['(2) **Text.**  ^unit-2', { n: 2, start: null, end: null, rest: '**Text.**', blockId: 'unit-2' }],
		['(4) **No time here.**', { n: 4, start: null, end: null, rest: '**No time here.**', blockId: null }],
		['(5) [1:2:3-1:2:4] text', { n: 5, start: null, end: null, rest: '[1:2:3-1:2:4] text', blockId: null }],
		['(6) [15:09-] text', { n: 6, start: null, end: null, rest: '[15:09-] text', blockId: null }],
	])('reads %s', (line, expected) => {
		expect(parseUnitHeader(line)).toEqual(expected);
	});

	it.each(['(a) [15:09-15:22]', '1) [15:09-15:22]', '(1 [15:09-15:22]', 'text (1) [15:09-15:22]', '()', '(10:00) one time only', '(10:00 or 10:15) x'])('rejects %s', (line) => {
		expect(parseUnitHeader(line)).toBeNull();
	});
});

describe('unit headers other generators write', () => {
	it.each([
		['**(1)**', { n: 1, start: null, end: null, rest: '', blockId: null }],
		['**(1) [00:12-00:30]**', { n: 1, start: '00:12', end: '00:30', rest: '', blockId: null }],
		['**(2)** [00:30-00:58] **Text.**', { n: 2, start: '00:30', end: '00:58', rest: '**Text.**', blockId: null }],
		['【1】 [03:05-03:21]', { n: 1, start: '03:05', end: '03:21', rest: '', blockId: null }],
		['### (2) [03:21-03:40]', { n: 2, start: '03:21', end: '03:40', rest: '', blockId: null }],
		['(3) 02:10-02:34 **Bare times.**', { n: 3, start: '02:10', end: '02:34', rest: '**Bare times.**', blockId: null }],
		['(4) [02:10 → 02:34] Arrow.', { n: 4, start: '02:10', end: '02:34', rest: 'Arrow.', blockId: null }],
		['[02:10 → 02:34] **No number.**', { n: null, start: '02:10', end: '02:34', rest: '**No number.**', blockId: null }],
		['(5) 10 - 15 people came', { n: 5, start: null, end: null, rest: '10 - 15 people came', blockId: null }],
		['## 1. [02:10-02:25]', { n: 1, start: '02:10', end: '02:25', rest: '', blockId: null }],
		['### ３、 02:10-02:34 Bare times.', { n: 3, start: '02:10', end: '02:34', rest: 'Bare times.', blockId: null }],
		['## 12) 【1:02:03 – 1:02:30】 **Text.** ^u12', { n: 12, start: '1:02:03', end: '1:02:30', rest: '**Text.**', blockId: 'u12' }],
		['## 🔹 Unit 1 ｜ 00:10 - 00:24', { n: 1, start: '00:10', end: '00:24', rest: '', blockId: null }],
		['**Unit 2** ⏱ 00:00:05 – 00:00:21', { n: 2, start: '00:00:05', end: '00:00:21', rest: '', blockId: null }],
		['### Segment #3: [01:02-01:20] Text.', { n: 3, start: '01:02', end: '01:20', rest: 'Text.', blockId: null }],
		['**第 4 单元 (02:10-02:34)**', { n: 4, start: '02:10', end: '02:34', rest: '', blockId: null }],
		['## 第５段 · 02:10–02:34', { n: 5, start: '02:10', end: '02:34', rest: '', blockId: null }],
		['**Part 6 · [03:00-03:15]** **Text.**', { n: 6, start: '03:00', end: '03:15', rest: '**Text.**', blockId: null }],
		['## Sentence 7', { n: 7, start: null, end: null, rest: '', blockId: null, weak: true }],
		['**Unit 8** ^u8', { n: 8, start: null, end: null, rest: '', blockId: 'u8', weak: true }],
		['### 第9句', { n: 9, start: null, end: null, rest: '', blockId: null, weak: true }],
		['1️⃣ **The bank held rates.**', { n: 1, start: null, end: null, rest: '**The bank held rates.**', blockId: null, weak: true }],
		['## 1️⃣2️⃣ [00:10-00:24]', { n: 12, start: '00:10', end: '00:24', rest: '', blockId: null }],
		['🔟 Text.', { n: 10, start: null, end: null, rest: 'Text.', blockId: null, weak: true }],
		['## 1 · 00:00:12 → 00:00:30', { n: 1, start: '00:00:12', end: '00:00:30', rest: '', blockId: null }],
		['### 2 | [00:30-00:47] Text.', { n: 2, start: '00:30', end: '00:47', rest: 'Text.', blockId: null }],
	])('reads %s', (line, expected) => {
		expect(parseUnitHeader(line)).toEqual(expected);
	});

	it.each(['**Bold words** here', '[a link](https://example.com)', '[10:00] one time only', '## 1. Introduction', '## 2. [Meetings](meetings.md)', '1. [02:10-02:25] not a heading', '## 2024 [10:00-10:15]', '## Unit 3 review', '**Part 2** of the plan', '## Unity 3 [00:10-00:24]', '## Parts 2 00:10-00:24', '## 第3章 00:10-00:24', 'Unit 1 00:10-00:24 plain', '## Sentence 4 — a note on the speaker', 'Sentence 5', '## 1 · Fiction', '## 2024 · 10:00-10:15', '1 · 00:10-00:24', '1️ no keycap', '10:00-10:15 stand-up with the team', '- [10:00-10:15] stand-up'])('rejects %s', (line) => {
		expect(parseUnitHeader(line)).toBeNull();
	});
});

describe('unit header times, numbers and block ids at their limits', () => {
	const header = (n: number | null, start: string | null, end: string | null, rest = '', more: { blockId?: string; weak?: true } = {}): UnitHeader => ({ n, start, end, rest, blockId: null, ...more });
	const untimed = (line: string) => header(1, null, null, line.slice(4));

	it.each<[string, UnitHeader]>([
		['(1) [123:45-123:50]', header(1, '123:45', '123:50')],
		['(1) (15:09-15:22) text', header(1, '15:09', '15:22', 'text')],
		['(1) （15:09-15:22） text', header(1, '15:09', '15:22', 'text')],
		[`(1) [15:09${' '.repeat(28)}-15:22] x`, header(1, '15:09', '15:22', 'x')],
		[`(1) 15:09${' '.repeat(30)}-15:22 x`, header(1, '15:09', '15:22', 'x')],
		['(4) [02:10 -> 02:34] Arrow.', header(4, '02:10', '02:34', 'Arrow.')],
		['(4) 02:10->02:34 Arrow.', header(4, '02:10', '02:34', 'Arrow.')],
		...[...'至到～－⟶—'].map((dash) => [`(1) [02:10${dash}02:34]`, header(1, '02:10', '02:34')] as [string, UnitHeader]),
		['(1) ０２：１０-０２：３４ x', header(1, '02:10', '02:34', 'x')],
		['(1) 02:10-02:34\tx', header(1, '02:10', '02:34', 'x')],
		['( 1 ) x', header(1, null, null, 'x')],
		['(1234567) x', header(1234567, null, null, 'x')],
		['1⃣ x', header(1, null, null, 'x', { weak: true })],
		...['**UNIT 3**', '## Chunk 3', '## 片段 3', '## 单元 3', '## 段落 3', '## 句子 3', '## Section 3', '## 第 3 单元', '## 第3节', '## 第3部分', '## Segment #3', '## ⏱ Unit 3'].map(
			(line) => [line, header(3, null, null, '', { weak: true })] as [string, UnitHeader],
		),
		...['## 3) [00:10-00:24]', '## 3． [00:10-00:24]', '## 3 | 00:10-00:24', '## 3 • 00:10-00:24', '## 3 ｜ 00:10-00:24', '## Unit\u30003 00:10-00:24', '## Clip 3 [00:10-00:24]'].map(
			(line) => [line, header(3, '00:10', '00:24')] as [string, UnitHeader],
		),
		['## 999 · 00:10-00:24', header(999, '00:10', '00:24')],
		['**(1) [00:12-00:30]** **Text.**', header(1, '00:12', '00:30', '**Text.**')],
		['[00:10-00:24] ^id', header(null, '00:10', '00:24', '', { blockId: 'id' })],
		['(00:10-00:24) The tide went out.', header(null, '00:10', '00:24', 'The tide went out.')],
		['**（0:10 – 0:24）** The tide went out.', header(null, '0:10', '0:24', 'The tide went out.')],
		['【1】【00:12-00:30】 x', header(1, '00:12', '00:30', 'x')],
		['(1) ...so we begin.', header(1, null, null, '...so we begin.')],
		['(1) – Well.', header(1, null, null, '– Well.')],
		['1️⃣ ...so we begin.', header(1, null, null, '...so we begin.', { weak: true })],
		['🔟 ...so we begin.', header(10, null, null, '...so we begin.', { weak: true })],
		['(1)\t[00:10-00:24]\tx', header(1, '00:10', '00:24', 'x')],
		['## 3·00:10-00:24', header(3, '00:10', '00:24')],
		['(1) Okay.\u00a0 ', header(1, null, null, 'Okay.')],
	])('reads %j', (line, expected) => {
		expect(parseUnitHeader(line)).toEqual(expected);
	});

	it.each([
		'(1) [1234:45-1234:50] x',
		'(1) [1:02:03:04-1:02:03:05] x',
		'(1) [:30-:40] x',
		'(1) [15:9-15:22] x',
		'(1) [15-16] x',
		'(1) [1:234-1:235] x',
		'(1) [1:023:45-1:024:45] x',
		`(1) [15:09${' '.repeat(29)}-15:22] x`,
		`(1) 15:09${' '.repeat(31)}-15:22 x`,
		'(1) [1o:00-1o:15] x',
		'(1) [00:10-00:24)',
		'(1) [10:00 ] x',
		'(1) 10:00 sharp',
	])('keeps %j, which holds no time range, as text', (line) => {
		expect(parseUnitHeader(line)).toEqual(untimed(line));
	});

	it.each(['(12345678) x', '## 第3', '## 第x段', '## Segment # 3', '## 1000 · 00:10-00:24', '## Unit 3 ^u3 extra', '## 第3段 review'])('rejects %j', (line) => {
		expect(parseUnitHeader(line)).toBeNull();
	});

	it.each([
		['^abc', '', 'abc'],
		['text\t^id', 'text', 'id'],
		['text ^id  ', 'text', 'id'],
		['x ^AZaz09-', 'x', 'AZaz09-'],
	])('takes the block id off %j', (line, text, blockId) => {
		expect(splitBlockId(line)).toEqual({ text, blockId });
	});

	it.each(['', '^', 'text^abc', 'text ^', 'x ^^a', ...['_', '@', '[', '`', '{', '/', ':'].map((c) => `x ^a${c}`)])('finds no block id in %j', (line) => {
		expect(splitBlockId(line)).toEqual({ text: line, blockId: null });
	});
});
