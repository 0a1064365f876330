import { describe, expect, it } from 'vitest';
import { calloutTitle, quotePrefixEnd, unquote } from '../../src/core/parser/quote';
import { isAnalysisLabel } from '../../src/core/parser/unitBody';

describe('blockquote marks', () => {
	it.each([
		['> - **term**：x', '- **term**：x'],
		['>- **term**：x', '- **term**：x'],
		['> >   - 例句：nested', '  - 例句：nested'],
		['>\t* tab', '* tab'],
		['   > indented quote', 'indented quote'],
		['>', ''],
		['    > code, not a quote', '    > code, not a quote'],
		['- not quoted > at all', '- not quoted > at all'],
	])('%s', (line, content) => {
		expect(unquote(line)).toBe(content);
		expect(line.slice(0, quotePrefixEnd(line)) + content).toBe(line);
	});
});

describe('callout titles', () => {
	it.each([
		['[!note] 解析', '解析'],
		['[!tip]- 解析：', '解析：'],
		['[!NOTE]+ **解析**', '**解析**'],
		['[!note]', ''],
		['[!not a callout] 解析', '[!not a callout] 解析'],
		['[link](x) 解析', '[link](x) 解析'],
	])('%s', (text, title) => {
		expect(calloutTitle(text)).toBe(title);
	});

	it('makes a quoted or callout label an analysis label, and nothing else', () => {
		for (const line of ['> [!note] 解析', '> [!tip]- 解析：', '> **解析：**', '> 🔍 解析:', '> [!example]+ Vocabulary:']) expect(isAnalysisLabel(line, [])).toBe(true);
		for (const line of ['> [!note] 解析一下这个问题', '> [!note]', '> 解析这句话很难', '> [!quote] Vocabulary']) expect(isAnalysisLabel(line, [])).toBe(false);
		expect(isAnalysisLabel('> [!info] Notes', ['Notes'])).toBe(true);
	});
});
