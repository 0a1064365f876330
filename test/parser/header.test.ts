import { describe, expect, it } from 'vitest';
import { parseUnitHeader } from '../../src/core/parser/header';

describe('unit headers', () => {
	it.each([
		['(1) [15:09-15:22] **Okay.**', { n: 1, start: '15:09', end: '15:22', rest: '**Okay.**', blockId: null }],
		['（１２） 【1:02:03 – 1:02:30】', { n: 12, start: '1:02:03', end: '1:02:30', rest: '', blockId: null }],
		['### (3) [0:05~0:09] ^unit-3', { n: 3, start: '0:05', end: '0:09', rest: '', blockId: 'unit-3' }],
		['(4) **No time here.**', { n: 4, start: null, end: null, rest: '**No time here.**', blockId: null }],
		['(5) [1:2:3-1:2:4] text', { n: 5, start: null, end: null, rest: '[1:2:3-1:2:4] text', blockId: null }],
		['(6) [15:09-] text', { n: 6, start: null, end: null, rest: '[15:09-] text', blockId: null }],
	])('reads %s', (line, expected) => {
		expect(parseUnitHeader(line)).toEqual(expected);
	});

	it.each(['(a) [15:09-15:22]', '1) [15:09-15:22]', '(1 [15:09-15:22]', 'text (1) [15:09-15:22]', '()'])('rejects %s', (line) => {
		expect(parseUnitHeader(line)).toBeNull();
	});
});
