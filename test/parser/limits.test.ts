// @vitest-environment happy-dom
// Inputs that used to throw or hang: each must parse, and every consumer of the model must take it.
import { describe, expect, it } from 'vitest';
import { interlinear } from '../../src/core/cards/interlinear';
import { GlossaryIndex } from '../../src/core/glossary/GlossaryIndex';
import { plainSentence } from '../../src/core/plainSentence';
import type { MarkupNode } from '../../src/core/model';
import { MAX_MARKUP_DEPTH } from '../../src/core/parser/markup';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { renderEnglish } from '../../src/render/cards/englishDom';

const unit = (english: string, bullets: string[]) => ['(1) [00:01-00:09]', '', english, '', '翻译。', '', '解析：', ...bullets].join('\n');

function depth(nodes: MarkupNode[]): number {
	let max = 0;
	for (const n of nodes) max = Math.max(max, 1 + depth(n.children));
	return max;
}

describe('parser limits', () => {
	it('reads a unit of 150,000 English paragraphs', () => {
		const paragraphs = Array.from({ length: 150_000 }, (_, i) => `Line ${i} of the talk.`).join('\n\n');
		const l = parseLesson(unit(paragraphs, ['* **talk**：谈话']));
		expect(l.units).toHaveLength(1);
		expect(l.units[0].englishLines).toEqual([2, 2 + 2 * 149_999]);
		expect(l.units[0].endLine).toBe(2 + 2 * 150_000 + 3);
		expect(l.units[0].terms[0].span).toEqual({ start: 14, end: 18 });
	});

	it('locates terms in a 600 KB unit with 9,000 absent terms, by the same rules as in a short one', () => {
		const sentence = 'The riders were obsessing over gear ratios while someone kept moving the needle. ';
		const english = sentence.repeat(Math.ceil(600_000 / sentence.length));
		const absent = Array.from({ length: 9000 }, (_, i) => `* **zq${i} absentword**：不存在`);
		const found = ['* **obsess over**：痴迷', '* **move the needle**：产生影响', '* **Gear Ratio**：传动比', '* **keep moving**：一直推动'];
		for (const text of [english, sentence]) {
			const u = parseLesson(unit(text, [...absent, ...found])).units[0];
			expect(u.terms).toHaveLength(9004);
			expect(u.terms.slice(0, 9000).every((t) => t.span === null)).toBe(true);
			expect(u.terms.slice(9000).map((t) => t.span && text.slice(t.span.start, t.span.end))).toEqual([
				'obsessing over',
				'moving the needle',
				'gear ratios',
				'kept moving',
			]);
		}
	}, 20_000);

	it(`caps markup depth at ${MAX_MARKUP_DEPTH}: deeper brackets are text, with one diagnostic`, () => {
		const english = `**${'['.repeat(3000)}deep${']'.repeat(3000)} and {a clause}.**`;
		const l = parseLesson(unit(english, ['* **deep**：深']));
		const u = l.units[0];
		expect(depth(u.markup)).toBe(MAX_MARKUP_DEPTH);
		// The outermost group still closes at its own bracket: the capped closers are skipped in step.
		expect(u.markup.map((n) => [n.kind, n.start, n.end])).toEqual([
			['modifier', 0, 6004],
			['clause', 6009, 6019],
		]);
		expect(l.diagnostics.map((d) => [d.code, d.line])).toEqual([['markup-too-deep', 2]]);
		expect(() => JSON.stringify(l)).not.toThrow();
		expect(plainSentence(u.english, u.markup, u.terms[0].span).text).toContain(`${'['.repeat(3000 - MAX_MARKUP_DEPTH)}deep`);
		expect(interlinear(u).map((n) => n.kind)).toEqual(['markup', 'text', 'markup', 'text']);
		const el = renderEnglish(createDiv(), u, { glossMode: 'always', showBrackets: false });
		expect(el.textContent).toContain('deep');
		expect(el.findAll('.bl-modifier')).toHaveLength(MAX_MARKUP_DEPTH);
		const index = new GlossaryIndex();
		index.setLesson('deep.md', l, 1);
		expect(index.totals().terms).toBe(1);
	});

	it('keeps a few markup problems per unit and counts the rest', () => {
		const l = parseLesson(unit(`**${'}'.repeat(50_000)} stray closers here.**`, ['* **closers**：右括号']));
		const messages = l.diagnostics.map((d) => d.message);
		expect(messages).toHaveLength(6);
		expect(messages[5]).toBe('unit (1): 49995 more unbalanced brackets');
	});
});
