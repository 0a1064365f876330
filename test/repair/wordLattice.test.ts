import { describe, expect, it } from 'vitest';
import { dictionaryModel } from '../../src/core/repair/dictionaryModel';
import { repairEncoding } from '../../src/core/repair/repairEncoding';
import { readLine, type Slot, type WordModel } from '../../src/core/repair/wordLattice';
import { damage } from './damage';
import { LEASE } from './freshLessons';

const N = 0;
const V = 1;
/** A toy model: two words, characters alone at a tenth of a word's chance, a verb likelier after a noun. */
const toy: WordModel = {
	word: (w) => ({ 语音: { tag: N, log: Math.log(0.01) }, 对话: { tag: N, log: Math.log(0.02) } })[w],
	prefix: (p) => p === '语' || p === '对',
	single: (c) => ({ tag: c === '说' ? V : N, log: Math.log(0.001) }),
	transition: (from, to) => (from === N && to === V ? 0 : Math.log(0.5)),
	start: 2,
};
const intact = (c: string): Slot => ({ candidates: [c], damaged: false });

describe('reading a line word by word', () => {
	it('takes a damaged character from the word that covers it, with its chance', () => {
		const choices = readLine(toy, [intact('对'), { candidates: ['话', '语'], damaged: true }, intact('音')]);
		// 对 + 语音 (0.001 × 0.01) against 对话 + 音 (0.02 × 0.001), each with one tag step less likely than a noun → verb one.
		expect(choices[0]).toBeUndefined();
		expect(choices[1]?.char).toBe('话');
		expect(choices[1]?.chance).toBeCloseTo(0.02 / (0.02 + 0.01 + 0.001 * 0.001 * 0.5), 3);
		expect(choices[2]).toBeUndefined();
	});

	it('lets the part of speech before a word decide between two that are alike', () => {
		const sets = (a: string, b: string): Slot[] => [intact('书'), { candidates: [a, b], damaged: true }];
		// 说 is a verb: after a noun it costs nothing, 读 (a noun here) pays the step.
		expect(readLine(toy, sets('读', '说'))[1]?.char).toBe('说');
		expect(readLine(toy, sets('说', '读'))[1]?.char).toBe('说');
	});

	it('reads the format’s labels and word classes back, even ones the dictionary table lacks', () => {
		const model = dictionaryModel();
		expect(model.word('名词短语')).toEqual(model.word('解析'));
		const r = repairEncoding(damage(LEASE))!;
		expect(r.page).toBe('Windows-1254');
		const count = (text: string, word: string) => text.split(word).length - 1;
		for (const word of ['解析：', '名词，', '名词短语，', '短语动词，', '动词，', '形容词，', '短语，']) {
			expect(count(LEASE, word)).toBeGreaterThan(0);
			expect(count(r.text, word)).toBe(count(LEASE, word));
		}
	});
});
