import { describe, expect, it } from 'vitest';
import { plainSentence } from '../../src/core/plainSentence';
import type { MarkupNode } from '../../src/core/model';

describe('plainSentence', () => {
	it('removes the markup brackets and moves the span with the text', () => {
		const english = '{I think [going (actually) there] works.}';
		const aside: MarkupNode = { kind: 'aside', start: 16, end: 26, children: [] };
		const modifier: MarkupNode = { kind: 'modifier', start: 9, end: 33, children: [aside] };
		const clause: MarkupNode = { kind: 'clause', start: 0, end: english.length, children: [modifier] };
		const at = english.indexOf('there');
		const result = plainSentence(english, [clause], { start: at, end: at + 5 });
		expect(result.text).toBe('I think going actually there works.');
		expect(result.text.slice(result.span!.start, result.span!.end)).toBe('there');
	});

	it('keeps ordinary parentheses and an unclosed group’s last character', () => {
		const english = '{time to first token (TTFT) matters';
		const result = plainSentence(english, [{ kind: 'clause', start: 0, end: english.length, children: [] }], null);
		expect(result.text).toBe('time to first token (TTFT) matters');
	});

	it('drops a span that lies outside the English', () => {
		expect(plainSentence('short', [], { start: 2, end: 40 }).span).toBeNull();
		expect(plainSentence('{short}', [{ kind: 'clause', start: 0, end: 7, children: [] }], { start: 2, end: 40 }).span).toBeNull();
	});
});
