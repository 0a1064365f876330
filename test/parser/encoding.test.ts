import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectMisEncoding } from '../../src/core/parser/encoding';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { cli } from '../cli/run';

const path = (name: string) => join(import.meta.dirname, '..', 'fixtures', 'lessons', name);
const read = (name: string) => readFileSync(path(name), 'utf8');

describe('a lesson whose UTF-8 was decoded with a Windows code page', () => {
	it.each([
		['tide-pools.cp1252.md', 'tide-pools.md', 'Windows-1252', 4, '"æ½®é—´å¸¦è§‚" for "潮间带观"'],
		['sourdough-starter.cp1254.md', 'sourdough-starter.md', 'Windows-1254', 3, 'for "🍞 Keeping"'],
	])('%s is a lesson with one mis-encoded error naming the code page', (name, original, page, units, sample) => {
		const l = parseLesson(read(name));
		expect(l.isLesson).toBe(true);
		expect(l.units).toEqual([]);
		expect(l.diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([['mis-encoded', 'error', 0]]);
		expect(l.diagnostics[0].message).toContain(`UTF-8 read as ${page}`);
		expect(l.diagnostics[0].message).toContain(sample);
		expect(l.diagnostics[0].message).toContain(`to read its ${units} units`);
		expect(detectMisEncoding(read(name))?.repaired).toBe(read(original));
	});

	it('is reported by lint', () => {
		const { stdout, status } = cli('lint', path('tide-pools.cp1252.md'));
		expect(status).toBe(1);
		expect(stdout).toMatch(/tide-pools\.cp1252\.md:1: error mis-encoded this note looks like UTF-8 read as Windows-1252/);
	});

	it.each([
		['French', "# Notes de cours\n\nLe café crème à l'école coûte 2 €. Où est la bibliothèque ? Déjà fermée, hélas.\n"],
		['Turkish', '# Ders notları\n\nBugün ağaçların altında çay içtik; şehir çok güzeldi, ılık bir rüzgâr vardı.\n'],
		['German', '# Einkaufsliste\n\nÄpfel, Öl, Süßigkeiten und große Brötchen für Müller.\n'],
	])('is not said of %s text', (_, text) => {
		expect(detectMisEncoding(text)).toBeNull();
		expect(parseLesson(text).diagnostics).toEqual([]);
	});

	it('is not said of a note of mis-decoded text that holds no lesson', () => {
		const note = Buffer.from('# 购物清单\n\n牛奶、鸡蛋、面包，还有一些水果和蔬菜。\n', 'utf8').toString('latin1');
		expect(detectMisEncoding(note)?.page).toBe('Windows-1252');
		expect(parseLesson(note)).toMatchObject({ isLesson: false, diagnostics: [] });
	});
});

describe('telling mis-decoded UTF-8 from text', () => {
	/** Parts as their UTF-8 bytes (a string) or as raw bytes, read as Latin-1 the way a Windows code page would read them. */
	const misDecoded = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p)))).toString('latin1');
	/** What repairing should give back: the UTF-8 parts decoded, raw bytes that form no character as they were read. */
	const meant = (...parts: (string | number[])[]) => parts.map((p) => (typeof p === 'string' ? p : Buffer.from(p).toString('latin1'))).join('');

	it('needs at least 12 mis-decoded characters: four Chinese ones, not three and an é', () => {
		expect(detectMisEncoding(misDecoded('# 解析解析'))?.repaired).toBe('# 解析解析');
		expect(detectMisEncoding(misDecoded('# 解析解é'))).toBeNull();
	});

	it('needs the mis-decoded characters to be at least 80 % of the non-ASCII ones', () => {
		// 16 mis-decoded characters: four more that decode to nothing (U+0080 is one) are 20 %, five are more.
		const note = (strays: number) => `${misDecoded('# 解析解析 éé ')}\u0080${'×'.repeat(strays - 1)}`;
		expect(detectMisEncoding(note(4))?.repaired).toBe('# 解析解析 éé \u0080×××');
		expect(detectMisEncoding(note(5))).toBeNull();
	});

	it('names the line of the first mis-decoded character and a sample of its first 12 characters, trailing spaces cut', () => {
		expect(detectMisEncoding(misDecoded('# Notes\n\nplain\n解析 \n\n\n\n\n解析解析'))).toMatchObject({ line: 3, sample: { written: misDecoded('解析'), meant: '解析' } });
		expect(detectMisEncoding(misDecoded('解析解析解析'))).toMatchObject({ line: 0, sample: { written: misDecoded('解析解析'), meant: '解析解析' } });
	});

	it('decodes characters of every UTF-8 length up to their limits, and leaves bytes that form no character as they were read', () => {
		const parts: (string | number[])[] = [
			'# 解析：潮间带观察 🔥 ',
			'\u0080 \u07ff \u0800 \uffff \u{10000} \u{10ffff} é',
			[0xa9], // a continuation byte after a complete character
			' ',
			[0xe0, 0x80, 0xaf], // `/` written too long
			' ',
			[0xed, 0xa0, 0x80], // surrogates are no characters
			[0xed, 0xbf, 0xbf],
			' ',
			[0xf4, 0x90, 0x80, 0x80], // past U+10FFFF
			' ',
			[0xbf, 0xbf], // a continuation byte cannot lead
			[0xf8, 0x80],
			[0xf5, 0x80, 0x80],
			[0xfc, 0x80, 0x80, 0x80],
			` ${'解析'.repeat(10)}`,
		];
		expect(detectMisEncoding(misDecoded(...parts))?.repaired).toBe(meant(...parts));
	});
});
