import { describe, expect, it } from 'vitest';
import { parseTermBullet } from '../../src/core/parser/bullet';
import { squash } from '../../src/core/parser/text';

describe('squashing white space', () => {
	it('treats every character JavaScript counts as white space as a space, and no other', () => {
		for (let code = 0; code <= 0xffff; code++) {
			const ch = String.fromCharCode(code);
			const text = `a${ch}b`;
			expect(squash(text), code.toString(16)).toBe(/\s/.test(ch) ? 'a b' : text);
		}
	});

	it('trims a text that starts and ends with a single space, with single spaces between its words', () => {
		expect(squash(' a b ')).toBe('a b');
		expect(squash(' give up ')).toBe('give up');
	});

	it('reads a term written with a thin or narrow no-break space as the same words with one plain space', () => {
		for (const space of ['\u2009', '\u202f', '\u2003', '\u205f'])
			expect(parseTermBullet(`**give${space}up**：放弃`)?.term, space.charCodeAt(0).toString(16)).toBe('give up');
	});
});
