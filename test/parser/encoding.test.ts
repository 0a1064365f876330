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
