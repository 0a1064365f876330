import { describe, expect, it } from 'vitest';
import {
	findDeclaredUnits,
	findIntro,
	findTitle,
	frontmatterEnd,
	isSummaryHeading,
	isVocabularyHeading,
	readSection,
	readVocabulary,
} from '../../src/core/parser/sections';

describe('the parts of a lesson around its units', () => {
	it.each([
		[['---', 'tags: [a]', '---', '# T'], 3],
		[['---', 'tags: [a]', '...', '# T'], 3],
		[[' --- ', 'a: 1', ' --- '], 3],
		[['---', 'a: 1'], 0],
		[['# T', '---', 'a: 1', '---'], 0],
		[[], 0],
	])('frontmatter of %j ends before line %i', (lines, end) => {
		expect(frontmatterEnd(lines)).toBe(end);
	});

	it('takes the last H1 in range as the title, without bold or a leading emoji', () => {
		const lines = ['# First', '## Sub', '# 🎯 **Second** ', '# Out of range'];
		expect(findTitle(lines, 0, 3)).toEqual({ title: 'Second', line: 2 });
		expect(findTitle(lines, 0, 2)).toEqual({ title: 'First', line: 0 });
		expect(findTitle(lines, 1, 2)).toBeNull();
		expect(findTitle(['#NoSpace', '####### seven'], 0, 2)).toBeNull();
	});

	it('reads the declared unit count from the first line that has one', () => {
		expect(findDeclaredUnits(['intro', '本文共 **63 个语义单元**，将全部翻译。', '共 7 个语义单元'], 0, 3)).toEqual({ count: 63, line: 1 });
		expect(findDeclaredUnits(['共 7 个语义单元', '本文共 **63 个语义单元**'], 1, 2)).toEqual({ count: 63, line: 1 });
		expect(findDeclaredUnits(['12语义单元'], 0, 1)).toEqual({ count: 12, line: 0 });
		expect(findDeclaredUnits(['语义单元很多', '共 5 个语义单元'], 0, 2)).toEqual({ count: 5, line: 1 });
		expect(findDeclaredUnits(['共 5 个语义单元'], 0, 0)).toBeNull();
		expect(findDeclaredUnits(['语义单元'], 0, 1)).toBeNull();
	});

	it('reads `共 n 个句子` and `共 n 个单元` as a declared count, not `第 n 单元`', () => {
		expect(findDeclaredUnits(['本文共 **2 个句子**。'], 0, 1)).toEqual({ count: 2, line: 0 });
		expect(findDeclaredUnits(['共 3 个句子。'], 0, 1)).toEqual({ count: 3, line: 0 });
		expect(findDeclaredUnits(['本课是第 2 单元', '共 4 个单元'], 0, 2)).toEqual({ count: 4, line: 1 });
		expect(findDeclaredUnits(['第 2 单元', '这些句子很难'], 0, 2)).toBeNull();
	});

	it('takes the first blockquote in range as the intro, without its marks', () => {
		const lines = ['# T', '', '> 📝 First line', '  >  second line ', '', '> another quote'];
		expect(findIntro(lines, 0, 6)).toBe('📝 First line\nsecond line');
		expect(findIntro(lines, 0, 3)).toBe('📝 First line');
		expect(findIntro(lines, 4, 6)).toBe('another quote');
		expect(findIntro(lines, 0, 2)).toBeNull();
		expect(findIntro(['>', '> '], 0, 2)).toBe('');
	});

	it.each([
		['段落小结', true, false],
		['Summary', true, false],
		['SUMMARY of it', true, false],
		['重点词汇', false, true],
		['Vocabulary', false, true],
		['Key GLOSSARY', false, true],
		['Notes', false, false],
	])('%s is a summary heading: %s, a vocabulary heading: %s', (text, summary, vocabulary) => {
		expect(isSummaryHeading(text)).toBe(summary);
		expect(isVocabularyHeading(text)).toBe(vocabulary);
	});

	it('reads a section up to the next heading, blank lines at its end left out', () => {
		const lines = ['## 📌 段落小结', '', 'First.', 'Second.', '', '', '## Next', 'x'];
		expect(readSection(lines, 0, 8)).toEqual({ heading: '段落小结', text: 'First.\nSecond.', line: 0, endLine: 3 });
		expect(readSection(lines, 0, 3)).toEqual({ heading: '段落小结', text: 'First.', line: 0, endLine: 2 });
		expect(readSection(['## Empty', '', '## Next'], 0, 3)).toEqual({ heading: 'Empty', text: '', line: 0, endLine: 0 });
		expect(readSection(['**Summary** ', 'Text.'], 0, 2)).toEqual({ heading: '**Summary**', text: 'Text.', line: 0, endLine: 1 });
	});

	it('reads the vocabulary table under its heading, columns by their headers, up to the text or heading after it', () => {
		const lines = [
			'## 重点词汇',
			'',
			'| 中文 | 词汇 | 音标 |',
			'| --- | --- | --- |',
			'| 处理 | **tackle** | /ˈtækəl/ |',
			'|  | | |',
			'| 延迟 | latency | |',
			'',
			'| 不读 | skipped | |',
			'Text after the table.',
			'| 不读 | after text | |',
		];
		expect(readVocabulary(lines, 0, lines.length)).toEqual([
			{ term: 'tackle', meaning: '处理', ipa: 'ˈtækəl', pos: null, extra: [], line: 4 },
			{ term: 'latency', meaning: '延迟', ipa: null, pos: null, extra: [], line: 6 },
			{ term: 'skipped', meaning: '不读', ipa: null, pos: null, extra: [], line: 8 },
		]);
		expect(readVocabulary(lines, 0, 5)).toHaveLength(1);
		expect(readVocabulary(['## V', 'Intro text.', '| term | meaning |', '| a | b |', '## Next', '| c | d |'], 0, 6)).toEqual([
			{ term: 'a', meaning: 'b', ipa: null, pos: null, extra: [], line: 3 },
		]);
	});
});
