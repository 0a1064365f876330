// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { EncodingRepair } from '../../src/core/repair/repairEncoding';
import { renderRepairPreview } from '../../src/render/repair/repairPreviewDom';

const repair = (text: string, uncertainAt: number[]): EncodingRepair => ({
	page: 'Windows-1252',
	text,
	repaired: 5,
	certain: 5 - uncertainAt.length,
	uncertain: uncertainAt.length,
	uncertainAt,
	damaged: uncertainAt.length,
});

describe('the repair preview', () => {
	it('names the code page, gives the counts, and marks each uncertain character with a tooltip', () => {
		const box = renderRepairPreview(document.body, repair('蜂巢 hive 安静', [0, 9]));
		expect(box.find('.bl-repair-page').textContent).toBe('This note is UTF-8 that was read as Windows-1252. This is how it reads once decoded back:');
		expect(box.find('.bl-repair-counts').textContent).toBe('5 characters repaired: 3 certain, 2 uncertain (marked).');
		const pre = box.find('.bl-repair-text');
		expect(pre.textContent).toBe('蜂巢 hive 安静');
		const marked = pre.findAll('.bl-repair-uncertain');
		expect(marked.map((s) => s.textContent)).toEqual(['蜂', '静']);
		expect(marked[0].getAttribute('title')).toBe('Uncertain: this character lost bytes and was chosen by likelihood');
	});

	it('marks a character beyond the basic plane whole, not half of it', () => {
		const text = 'a😀b𠀀c\uffffd';
		const pre = renderRepairPreview(document.body, repair(text, [1, 4, 7])).find('.bl-repair-text');
		expect(pre.textContent).toBe(text);
		expect(pre.findAll('.bl-repair-uncertain').map((s) => s.textContent)).toEqual(['😀', '𠀀', '\uffff']);
	});
});
