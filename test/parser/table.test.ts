import { describe, expect, it } from 'vitest';
import { columnsOf, rowFields } from '../../src/core/parser/table';

describe('a term table\'s columns, read off its header row', () => {
	it.each([
		[['单词', '音标', '词性', '释义'], { term: 0, ipa: 1, pos: 2, meaning: 3 }],
		[['Pronunciation', 'Word', '中文'], { term: 1, ipa: 0, pos: -1, meaning: 2 }],
		// No header names the term: it is the first column that is not the meaning, IPA or word class.
		[['词性', '含义', '英文'], { term: 2, ipa: -1, pos: 0, meaning: 1 }],
		[['IPA', '英文', '解释'], { term: 1, ipa: 0, pos: -1, meaning: 2 }],
		// No header names the meaning: it is the first column left.
		[['Term', '备注'], { term: 0, ipa: -1, pos: -1, meaning: 1 }],
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
