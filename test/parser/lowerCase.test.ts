import { describe, expect, it } from 'vitest';
import { lowerCase } from '../../src/core/parser/text';

describe('lower-casing a term', () => {
	it('lowers a word written all in capitals, with no other character to set it off', () => {
		expect(lowerCase('API')).toBe('api');
		expect(lowerCase('Ω')).toBe('ω');
	});

	it('lowers full-width capitals, which stand between the full-width signs it leaves alone', () => {
		expect(lowerCase('ＡＰＩ')).toBe('ａｐｉ');
		expect(lowerCase('用ＡＰＩ')).toBe('用ａｐｉ');
	});
});
