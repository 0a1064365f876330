import { describe, expect, it } from 'vitest';
import { bodyContent, isAnalysisLabel } from '../../src/core/parser/unitBody';

describe('an analysis label', () => {
	it.each([
		'解析：',
		'解析:',
		'解析',
		'   解析：   ',
		`解析：${' '.repeat(37)}`,
		'**解析：**',
		'🔍 解析：',
		'**🔍 解析：**',
		'> 解析：',
		'# 解析',
		'## 🔍 解析',
		'词汇解析：',
		'重点词汇解析：',
		'重点词汇：',
		'重点词汇',
		'**词汇**',
		'生词：',
		'词汇:',
		'#### 重点词汇',
		'###### 重点词汇',
		'Vocabulary:',
		'vocabulary：',
		'#### Vocabulary',
		'key vocabulary:',
		'Key words:',
		'Keywords:',
		'Key phrases:',
		'Key expressions:',
		'重点短语：',
		'重点表达：',
		'【重点词汇】',
		'**【重点短语】**',
		'*重点词汇*：',
		'_重点词汇：_',
	])('%j is one', (line) => {
		expect(isAnalysisLabel(line, [])).toBe(true);
	});

	it.each(['## 重点词汇', 'Vocabulary', '## Vocabulary', '解析这句话', 'Notes:', 'Words:', 'ords', `解析：${' '.repeat(38)}`, 'Key phrases', '【重点词汇', '【短语】'])('%j is none', (line) => {
		expect(isAnalysisLabel(line, [])).toBe(false);
	});

	it('is also one of the user’s labels, in any case and without their spaces', () => {
		for (const line of ['Notes:', 'notes', 'Words:']) expect(isAnalysisLabel(line, [' Notes ', 'Words'])).toBe(true);
		expect(isAnalysisLabel('Remarks:', [' Notes ', 'Words'])).toBe(false);
	});
});

describe('a body line’s content', () => {
	it.each([
		['**原文：** Hello', 'Hello'],
		['原文: Hello', 'Hello'],
		['**原文**：Hello', 'Hello'],
		['**原文：**', ''],
		['> 原文：Hi', 'Hi'],
		...['英文原文', '英文', 'English', 'Original', 'EN', '译文', '翻译', '中文翻译', '中文', 'Translation', 'Chinese', 'ZH', 'CN'].map((label) => [`${label}：x`, 'x']),
		['**Translation:** **你好**', '**你好**'],
		['**Translation**: 你好', '你好'],
		['| Hi | 你好 |', 'Hi'],
		['  | Hi | 你好 |', 'Hi'],
	])('of %j is %j', (line, content) => {
		expect(bodyContent(line)).toBe(content);
	});

	it.each(['Englishman: no', 'EN Hi', '**EN** Hi', '**Translation** 你好', 'Other: x', 'ENGLISH: x', 'Hello there.'])('of %j is the line itself', (line) => {
		expect(bodyContent(line)).toBe(line);
	});
});
