import { describe, expect, it } from 'vitest';
import { decodeDelta, encodeDelta, level, levelLog, wordIndices, wordNumber } from '../../src/core/repair/tableCodec';

describe('the compact character-table codec', () => {
	it('writes a count as its log in half steps, clamped to the 64 symbols', () => {
		expect(level(1)).toBe('A');
		expect(level(Math.exp(5))).toBe('K');
		expect(level(Math.exp(5.3))).toBe('L');
		expect(level(0)).toBe('A');
		expect(level(1e40)).toBe('/');
		expect(levelLog('K')).toBe(5);
		expect(levelLog('/')).toBe(31.5);
	});

	it('writes rising numbers as gaps in 5-bit symbols and reads them back exactly', () => {
		expect(encodeDelta([0, 5, 40])).toBe('AFhD');
		expect(decodeDelta('AFhD')).toEqual([0, 5, 40]);
		const big = [3, 31, 32, 1023, 1024, 70000, 2 ** 40];
		expect(decodeDelta(encodeDelta(big))).toEqual(big);
		expect(encodeDelta([1024])).toBe('hgA');
		expect(decodeDelta('hgA')).toEqual([1024]);
		expect(encodeDelta([])).toBe('');
	});

	it('packs a word of character indices into one number and unpacks it', () => {
		expect(wordNumber([1, 2])).toBe(4098);
		expect(wordIndices(4098, 2)).toEqual([1, 2]);
		expect(wordIndices(5, 3)).toEqual([0, 0, 5]);
		expect(wordIndices(wordNumber([4095, 0, 17, 4000]), 4)).toEqual([4095, 0, 17, 4000]);
	});
});
