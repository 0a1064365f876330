import { describe, expect, it } from 'vitest';
import { keySuffix, newNotePath, pathKey, safeFileName } from '../../src/core/termNotes/safeName';

describe('safeFileName', () => {
	it('keeps slash terms readable', () => {
		expect(safeFileName('P50 / P90')).toBe('P50 - P90');
		expect(safeFileName('in distribution / out of distribution')).toBe('in distribution - out of distribution');
	});

	it('replaces every character some platform or Obsidian link refuses', () => {
		expect(safeFileName('a\\b/c:d*e?f"g<h>i|j#k^l[m]n')).toBe('a-b-c-d-e-f-g-h-i-j-k-l-m-n');
		expect(safeFileName('tab\there')).toBe('tab-here');
	});

	it('drops leading dots and trailing dots or spaces, and avoids reserved names', () => {
		expect(safeFileName('..hidden')).toBe('hidden');
		expect(safeFileName('etc. ')).toBe('etc');
		expect(safeFileName('CON')).toBe('CON_');
		expect(safeFileName('...')).toBe('term');
	});

	it('avoids Windows device names with an extension, the console names and superscript digits', () => {
		expect(safeFileName('aux.txt')).toBe('aux_.txt');
		expect(safeFileName('con.txt')).toBe('con_.txt');
		expect(safeFileName('COM1.md')).toBe('COM1_.md');
		expect(safeFileName('nul .tar.gz')).toBe('nul_ .tar.gz');
		expect(safeFileName('CONIN$')).toBe('CONIN$_');
		expect(safeFileName('conout$.log')).toBe('conout$_.log');
		expect(safeFileName('com²')).toBe('com²_');
		expect(safeFileName('LPT¹')).toBe('LPT¹_');
		expect(safeFileName('lpt0')).toBe('lpt0_');
		// Not device names: a longer stem, or a device name followed by more than spaces before the dot.
		expect(safeFileName('auxiliary.txt')).toBe('auxiliary.txt');
		expect(safeFileName('con man')).toBe('con man');
		expect(safeFileName('com10')).toBe('com10');
	});

	it('drops invisible and bidi control characters, keeping the joiner inside an emoji', () => {
		expect(safeFileName('in\u200Bference')).toBe('inference');
		expect(safeFileName('\u202Eevil\u202C\u2066x\u2069\u200E\u200F\u061C')).toBe('evilx');
		expect(safeFileName('soft\u00ADhyphen\uFEFF\u2060')).toBe('softhyphen');
		expect(safeFileName('zero\u200Dwidth\u200Cjoiner')).toBe('zerowidthjoiner');
		expect(safeFileName('\u3164\u115Fterm')).toBe('term');
		expect(safeFileName('lone \uD800 surrogate')).toBe('lone surrogate');
		expect(safeFileName('coder 👩\u200D💻')).toBe('coder 👩\u200D💻');
		expect(safeFileName('\u200B')).toBe('term');
		expect(safeFileName('c1\u0085control\u007F')).toBe('c1-control-');
	});

	it('caps the name by UTF-8 bytes, 255 with .md, cutting between graphemes', () => {
		const bytes = (s: string) => new TextEncoder().encode(s).length;
		expect(bytes(`${safeFileName('x'.repeat(300))}.md`)).toBe(254); // one byte kept for a reserved name's `_`
		const chinese = safeFileName('推'.repeat(200));
		expect(bytes(`${chinese}.md`)).toBeLessThanOrEqual(255);
		expect(chinese).toBe('推'.repeat(83)); // 249 bytes: an 84th would pass 251
		// 4-byte emoji: never half a surrogate pair.
		const emoji = safeFileName('😀'.repeat(100));
		expect(emoji).toBe('😀'.repeat(62));
		// A family emoji (25 bytes) is kept whole or not at all; a combining accent stays with its letter.
		const family = '👨\u200D👩\u200D👧\u200D👦';
		const families = safeFileName(`a${family.repeat(20)}`);
		expect(families).toBe(`a${family.repeat(10)}`);
		const accented = safeFileName('e\u0301'.repeat(100).normalize('NFD') + 'x');
		expect(accented.normalize('NFC')).toBe(accented);
		expect(bytes(`${safeFileName('ab' + 'e\u0300\u0316'.repeat(100), ' (suffix)')} (suffix).md`)).toBeLessThanOrEqual(255);
	});

	it('drops a grapheme that does not fit whole, and cuts one too big for any name between its code points', () => {
		// 251 bytes: 255 less `.md` and the byte spare for a reserved name's `_`.
		expect(safeFileName(`${'x'.repeat(249)}q\u0301`)).toBe('x'.repeat(249)); // not a `q` without its accent
		const giant = `推${'\u0300'.repeat(300)}`; // one grapheme of 603 bytes
		expect(safeFileName(giant)).toBe(`推${'\u0300'.repeat(124)}`); // 3 + 124 × 2 = 251 bytes
	});

	it('leaves room for the suffix within the 255 bytes', () => {
		const taken = new Set<string>();
		const term = '推'.repeat(200);
		const first = newNotePath('Terms', term, 'a', taken);
		const second = newNotePath('Terms', term, 'b', taken);
		const name = (path: string) => new TextEncoder().encode(path.slice('Terms/'.length)).length;
		expect(name(first)).toBeLessThanOrEqual(255);
		expect(second).toMatch(new RegExp(` \\(${keySuffix('b')}\\)\\.md$`));
		expect(name(second)).toBeLessThanOrEqual(255);
	});
});

describe('keySuffix', () => {
	it('is the 32-bit FNV-1a hash of the key in base 36, so a term keeps its suffix across versions', () => {
		expect(keySuffix('a')).toBe((0xe40c292c).toString(36)); // FNV-1a test vectors
		expect(keySuffix('foobar')).toBe((0xbf9cf968).toString(36));
	});
});

describe('newNotePath', () => {
	it('gives two terms whose safe names collide two paths, the second with a stable suffix', () => {
		const taken = new Set<string>();
		const first = newNotePath('Terms', 'a/b', 'a/b', taken);
		const second = newNotePath('Terms', 'a:b', 'a:b', taken);
		expect(first).toBe('Terms/a-b.md');
		expect(second).toBe(`Terms/a-b (${keySuffix('a:b')}).md`);
		expect(newNotePath('Terms', 'a:b', 'a:b', new Set([pathKey('Terms/A-B.md')]))).toBe(second);
	});

	it('numbers further collisions from 2 after the plain suffix', () => {
		const suffix = keySuffix('tackle');
		const taken = new Set([pathKey('Terms/tackle.md'), pathKey(`Terms/tackle (${suffix}).md`)]);
		expect(newNotePath('Terms', 'tackle', 'tackle', taken)).toBe(`Terms/tackle (${suffix}-2).md`);
		expect(newNotePath('Terms', 'tackle', 'tackle', taken)).toBe(`Terms/tackle (${suffix}-3).md`);
	});

	it('treats paths that differ only in case as taken (macOS, Windows)', () => {
		expect(newNotePath('Terms', 'Tackle', 'tackle x', new Set(['terms/tackle.md']))).not.toBe('Terms/Tackle.md');
	});

	it('treats paths that differ only in Unicode normalisation as taken (NFD names from macOS)', () => {
		const nfd = 'Terms/Cafe\u0301.md';
		expect(newNotePath('Terms', 'Café', 'café', new Set([pathKey(nfd)]))).toBe(`Terms/Café (${keySuffix('café')}).md`);
		expect(pathKey('Terms/STRASSE.md')).toBe(pathKey('terms/straße.md'));
		expect(pathKey(nfd)).toBe(pathKey('terms/CAFÉ.md'));
	});

	it('writes at the vault root when the folder is empty', () => {
		expect(newNotePath('', 'tackle', 'tackle', new Set())).toBe('tackle.md');
	});
});
