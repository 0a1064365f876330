import { describe, expect, it } from 'vitest';
import { columnsOf, isAlignmentRow, rowFields, tableCells } from '../../src/core/parser/table';

describe('a term table\'s columns, read off its header row', () => {
	it.each([
		[['单词', '音标', '词性', '释义'], { term: 0, ipa: 1, pos: 2, meaning: 3 }],
		[['Pronunciation', 'Word', '中文'], { term: 1, ipa: 0, pos: -1, meaning: 2 }],
		// No header names the term: it is the first column that is not the meaning, IPA or word class.
		[['词性', '含义', '英文'], { term: 2, ipa: -1, pos: 0, meaning: 1 }],
		[['IPA', '英文', '解释'], { term: 1, ipa: 0, pos: -1, meaning: 2 }],
		// No header names the meaning: it is the first column left.
		[['Term', '备注'], { term: 0, ipa: -1, pos: -1, meaning: 1 }],
		// A header naming the meaning, IPA or word class is not the term's, even when it holds `word`.
		[['Word meaning', 'Word'], { term: 1, ipa: -1, pos: -1, meaning: 0 }],
		[['Word pronunciation', 'Word', '释义'], { term: 1, ipa: 0, pos: -1, meaning: 2 }],
		[['Word class', 'Word', '释义'], { term: 1, ipa: -1, pos: 0, meaning: 2 }],
		[['含义', '备注', 'Term'], { term: 2, ipa: -1, pos: -1, meaning: 0 }],
		[['Term', '备注', '释义'], { term: 0, ipa: -1, pos: -1, meaning: 2 }],
		[['IPA', 'Term', '备注'], { term: 1, ipa: 0, pos: -1, meaning: 2 }],
		[['POS', 'Term', '备注'], { term: 1, ipa: -1, pos: 0, meaning: 2 }],
		[['Term'], { term: 0, ipa: -1, pos: -1, meaning: -1 }],
	])('%j', (header, columns) => {
		expect(columnsOf(header)).toEqual(columns);
	});

	it('reads a row by those columns, the IPA without its slashes, other cells as extras', () => {
		const columns = columnsOf(['词性', '含义', '英文', '音标', '例句']);
		expect(rowFields(['n.', '冰川', 'glacier', '/ˈɡlæsiə/', 'The glacier moved.'], columns)).toEqual({
			term: 'glacier',
			meaning: '冰川',
			ipa: 'ˈɡlæsiə',
			pos: 'n.',
			extra: ['The glacier moved.'],
		});
	});
});

describe('a term table\'s rows', () => {
	it.each([
		['| **tackle** | 处理 |', ['tackle', '处理']],
		['  | tackle | 处理  ', ['tackle', '处理']],
	])('%j has the cells %j, bold removed, with or without the closing bar', (row, cells) => {
		expect(tableCells(row)).toEqual(cells);
	});

	it.each([
		[['---', ':--:', '--:'], true],
		[['---', 'text'], false],
		[['a---'], false],
		[['---a'], false],
	])('%j is an alignment row: %s', (cells, alignment) => {
		expect(isAlignmentRow(cells)).toBe(alignment);
	});

	it('reads a cell the row lacks or a column the header lacks as empty, an empty IPA or word class as none', () => {
		expect(rowFields(['tackle'], columnsOf(['Term', '释义', 'IPA', 'POS']))).toEqual({ term: 'tackle', meaning: '', ipa: null, pos: null, extra: [] });
		expect(rowFields(['tackle'], columnsOf(['Term']))).toEqual({ term: 'tackle', meaning: '', ipa: null, pos: null, extra: [] });
		expect(rowFields(['tackle', '处理', '', ''], columnsOf(['Term', '释义', 'IPA', 'POS']))).toMatchObject({ ipa: null, pos: null });
	});

	it('takes only the outer slashes or brackets off an IPA, in the first column too', () => {
		expect(rowFields(['/təˈmɑːtəʊ/ /təˈmeɪtoʊ/', 'tomato', '番茄'], columnsOf(['IPA', 'Term', '释义'])).ipa).toBe('təˈmɑːtəʊ/ /təˈmeɪtoʊ');
		expect(rowFields(['[ ˈbæŋk ]', 'bank'], columnsOf(['IPA', 'Term'])).ipa).toBe('ˈbæŋk');
	});
});
