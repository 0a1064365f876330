import { describe, expect, it } from 'vitest';
import { KeyOrder } from '../../src/core/glossary/KeyOrder';

const item = (key: string) => ({ key });
const keys = (order: KeyOrder<{ key: string }>) => order.items().map((i) => i.key);

describe('KeyOrder', () => {
	it('keeps keys A–Z through single and bulk changes', () => {
		const order = new KeyOrder<{ key: string }>();
		const many = Array.from({ length: 600 }, (_, i) => item(`k${(i * 7919) % 600}`));
		for (const i of many) order.add(i);
		expect(keys(order)).toEqual(many.map((i) => i.key).sort());
		order.remove(many.find((i) => i.key === 'k1') as { key: string });
		order.add(item('a'));
		order.add(item('k1 extra'));
		const after = keys(order);
		expect(after).toEqual([...after].sort());
		expect(after[0]).toBe('a');
		expect(after).not.toContain('k1');
		expect(after).toContain('k1 extra');
		expect(after).toHaveLength(601);
	});

	it('cancels an add by a remove before the order is read, and the reverse', () => {
		const order = new KeyOrder<{ key: string }>();
		const [a, b] = [item('a'), item('b')];
		order.add(b);
		order.items();
		order.add(a);
		order.remove(a);
		order.remove(b);
		order.add(b);
		expect(keys(order)).toEqual(['b']);
	});

	it('never changes a list it handed out', () => {
		const order = new KeyOrder<{ key: string }>();
		const [a, b] = [item('a'), item('b')];
		order.add(b);
		const before = order.items();
		order.add(a);
		order.remove(b);
		expect(before.map((i) => i.key)).toEqual(['b']);
		expect(keys(order)).toEqual(['a']);
	});

	it('takes 200,000 keys added before the first read (no stack overflow)', () => {
		const order = new KeyOrder<{ key: string }>();
		for (let i = 0; i < 200_000; i++) order.add(item(`term ${i}`));
		const all = order.items();
		expect(all).toHaveLength(200_000);
		expect(all[0].key).toBe('term 0');
		expect(all[1].key).toBe('term 1');
		expect(all[2].key).toBe('term 10');
	});
});
