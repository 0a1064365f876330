import { describe, expect, it } from 'vitest';
import { interlinear, shortGloss, type InterlinearNode } from '../../src/core/cards/interlinear';
import type { MarkupNode, Term, Unit } from '../../src/core/model';

function term(text: string, english: string, hot = false, from = 0): Term {
	const start = english.indexOf(text, from);
	return { term: text, ipa: null, pos: null, meaning: `${text} 的意思`, hot, line: 0, span: start < 0 ? null : { start, end: start + text.length }, raw: text };
}

function unit(english: string, terms: Term[], markup: MarkupNode[] = []): Unit {
	return { n: 1, start: null, end: null, english, markup, translation: '', terms, unreadBullets: [], line: 0, endLine: 0, englishLines: [0, 0], translationLines: null, analysisLine: null, blockId: null };
}

/** A compact picture of the tree: markup as kind(depth)[…], brackets as is, terms as <text|glosses>. */
function show(nodes: InterlinearNode[]): string {
	return nodes
		.map((node) => {
			if (node.kind === 'text' || node.kind === 'bracket') return node.text;
			if (node.kind === 'markup') return `${node.markup}${node.depth ? node.depth : ''}[${show(node.children)}]`;
			return `<${node.text}|${node.glossed.map((t) => t.term).join(',')}${node.hot ? '🔥' : ''}>`;
		})
		.join('');
}

describe('interlinear', () => {
	it('marks each located term in the text, and skips the ones not found', () => {
		const english = 'You have to run the inference layer, not outsource it.';
		const terms = [term('inference layer', english, true), term('outsource', english), term('turn-taking', english)];
		expect(show(interlinear(unit(english, terms)))).toBe('You have to run the <inference layer|inference layer🔥>, not <outsource|outsource> it.');
	});

	it('nests modifiers with their depth, keeps asides and brackets, and glosses inside them', () => {
		const english = '{confront an idea [who (really) plays [devil advocate]]}';
		const markup: MarkupNode[] = [
			{ kind: 'clause', start: 0, end: 56, children: [{ kind: 'modifier', start: 18, end: 55, children: [{ kind: 'aside', start: 23, end: 31, children: [] }, { kind: 'modifier', start: 38, end: 54, children: [] }] }] },
		];
		expect(english.slice(38, 54)).toBe('[devil advocate]');
		const tree = interlinear(unit(english, [term('devil advocate', english, true)], markup));
		expect(show(tree)).toBe('clause[{confront an idea modifier1[[who aside[(really)] plays modifier2[[<devil advocate|devil advocate🔥>]]]]}]');
	});

	it('cuts a term that crosses a bracket into pieces, glossing only the first', () => {
		const english = '[time to first] token';
		const markup: MarkupNode[] = [{ kind: 'modifier', start: 0, end: 15, children: [] }];
		const tree = interlinear(unit(english, [term('first] token', english)], markup));
		expect(show(tree)).toBe('modifier1[[time to <first|first] token>]]< token|>');
	});

	it('stacks the glosses of overlapping terms on one piece', () => {
		const english = 'like time to first token numbers';
		const tree = interlinear(unit(english, [term('time to first token', english, true), term('first token numbers', english)]));
		expect(show(tree)).toBe('like <time to first token numbers|time to first token,first token numbers🔥>');
	});

	it('keeps two terms that touch (one ends where the next starts) as two pieces, each glossed', () => {
		const english = 'we pretrain it';
		expect(show(interlinear(unit(english, [term('pre', english), term('train', english)])))).toBe('we <pre|pre><train|train> it');
	});

	it('leaves out a term with an empty span, as one not found', () => {
		const english = 'we tackle it';
		const empty = { ...term('tackle', english), span: { start: 3, end: 3 } };
		expect(interlinear(unit(english, [empty]))).toEqual([{ kind: 'text', text: english }]);
	});

	it('makes no empty text pieces and glosses a term cut by a bracket on its first piece only, even one starting at the bracket', () => {
		const english = 'tackle [it now] later';
		const markup: MarkupNode[] = [{ kind: 'modifier', start: 7, end: 15, children: [] }];
		const [tackle, itNow] = [term('tackle', english), { ...term('[it now] later', english), term: 'it now later' }];
		const piece = (text: string, terms: Term[], glossed: Term[]) => ({ kind: 'term', text, terms, glossed, hot: false });
		expect(interlinear(unit(english, [tackle, itNow], markup))).toEqual([
			piece('tackle', [tackle], [tackle]),
			{ kind: 'text', text: ' ' },
			{ kind: 'markup', markup: 'modifier', depth: 1, children: [{ kind: 'bracket', text: '[' }, piece('it now', [itNow], [itNow]), { kind: 'bracket', text: ']' }] },
			piece(' later', [itNow], []),
		]);
	});

	it('ends an unclosed group at the end of the English without inventing a bracket', () => {
		const english = '{open [never closed';
		const markup: MarkupNode[] = [{ kind: 'clause', start: 0, end: 19, children: [{ kind: 'modifier', start: 6, end: 19, children: [] }] }];
		expect(show(interlinear(unit(english, [], markup)))).toBe('clause[{open modifier1[[never closed]]');
	});
});

describe('shortGloss', () => {
	it.each([
		['推理层，模型训练完后实际执行预测的部分', '推理层'],
		['看家本领、主要收入来源（比喻核心业务）', '看家本领'],
		['大型实验室（泛指 OpenAI、Google 等头部 AI 公司）', '大型实验室'],
		['外包', '外包'],
		['（比喻）核心', '（比喻）核心'],
		['处理 ，应对', '处理'],
	])('%s → %s', (meaning, short) => expect(shortGloss(meaning)).toBe(short));
});
