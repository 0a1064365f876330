import { describe, expect, it } from 'vitest';
import { KeyOrder } from '../../src/core/glossary/keyOrder';

describe('KeyOrder', () => {
	it('keeps keys A–Z through single and bulk changes', () => {
		const order = new KeyOrder();
		const many = Array.from({ length: 600 }, (_, i) => `k${(i * 7919) % 600}`);
		for (const key of many) order.add(key);
		expect(order.keys()).toEqual([...many].sort());
		order.remove('k1');
		order.add('a');
		order.add('k1 extra');
		const keys = order.keys();
		expect(keys).toEqual([...keys].sort());
		expect(keys[0]).toBe('a');
		expect(keys).not.toContain('k1');
		expect(keys).toContain('k1 extra');
		expect(keys).toHaveLength(601);
	});

	it('cancels an add by a remove before the order is read, and the reverse', () => {
		const order = new KeyOrder();
		order.add('b');
		order.keys();
		order.add('a');
		order.remove('a');
		order.remove('b');
		order.add('b');
		expect(order.keys()).toEqual(['b']);
	});
});
