import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../src/core/glossary/csv';
import { ankiCards, ankiTsv, CSV_HEADER, csvRows, glossaryCsv, parseAnkiTsv } from '../../src/core/glossary/exportFormats';
import { GlossaryIndex } from '../../src/core/glossary/glossaryIndex';
import { lesson, unit } from './lessons';

function entries() {
	const index = new GlossaryIndex();
	const tricky = unit(1, 'He said "cut it", then left,\nquickly.', [
		{ term: 'cut it', meaning: '算了, "停下"', ipa: 'kʌt ɪt', pos: '短语', hot: true },
		{ term: 'a<b & c', meaning: '比较\t符号' },
	]);
	index.setLesson('a.md', lesson('A', [{ ...tricky, translation: '他说"算了"，\n\n然后走了。' }]), 1);
	return index.entries();
}

describe('CSV', () => {
	it('round-trips commas, quotes and line breaks', () => {
		const rows = [['a,b', 'say "hi"', 'line\r\nbreak\nand\rmore'], ['', '中文', 'plain']];
		expect(parseCsv(toCsv(rows))).toEqual(rows);
	});

	it('exports the glossary with a BOM and reads back the same rows', () => {
		const csv = glossaryCsv(entries());
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const parsed = parseCsv(csv);
		expect(parsed[0]).toEqual(CSV_HEADER);
		expect(parsed.slice(1)).toEqual(csvRows(entries()));
		const cut = parsed.find((row) => row[0] === 'cut it');
		expect(cut).toEqual(['cut it', '/kʌt ɪt/', '短语', '算了, "停下"', 'yes', '1', 'a.md', 'He said "cut it", then left,\nquickly.', '他说"算了"，\n\n然后走了。']);
	});

	it('reads malformed CSV without throwing', () => {
		expect(parseCsv('a,"unterminated\nb')).toEqual([['a', 'unterminated\nb']]);
		expect(parseCsv('x"y,z')).toEqual([['x"y', 'z']]);
		expect(parseCsv('')).toEqual([]);
	});
});

describe('Anki TSV', () => {
	it('puts term and IPA in front, meaning and example on the back, escaped as HTML', () => {
		const [sign, cut] = ankiCards(entries()); // A–Z: "a<b & c" before "cut it"
		expect(cut.front).toBe('cut it<br>/kʌt ɪt/');
		expect(cut.back).toBe('算了, "停下"<br><br><i>He said "cut it", then left,<br>quickly.</i><br><br>他说"算了"，<br><br>然后走了。');
		expect(sign.front).toBe('a&lt;b &amp; c');
		expect(sign.back.startsWith('比较 符号')).toBe(true);
	});

	it('reads back the same cards, one per line after the headers', () => {
		const cards = ankiCards(entries());
		const tsv = ankiTsv(cards);
		expect(tsv.split('\n').filter((l) => l.startsWith('#'))).toEqual(['#separator:tab', '#html:true', '#columns:Front\tBack']);
		expect(tsv.trimEnd().split('\n')).toHaveLength(3 + cards.length);
		expect(parseAnkiTsv(tsv)).toEqual(cards);
	});
});
