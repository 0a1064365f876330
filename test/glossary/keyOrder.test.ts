import { describe, expect, it } from 'vitest';
import { KeyOrder } from '../../src/core/glossary/KeyOrder';

const item = (key: string) => ({ key });
const keys = (order: KeyOrder<{ key: string }>) => order.items().toArray().map((i) => i.key);

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

	it('finds an item by its key, across chunks and with changes pending, and nothing for another key', () => {
		const order = new KeyOrder<{ key: string }>();
		const many = Array.from({ length: 3000 }, (_, i) => item(`k${String(i).padStart(4, '0')}`));
		order.restore(many);
		for (const i of [many[0], many[1023], many[1024], many[2999]]) expect(order.find(i.key)).toBe(i);
		const added = item('k1500x');
		order.add(added);
		order.remove(many[7]);
		expect(order.find('k1500x')).toBe(added);
		expect(order.find('k0007')).toBeUndefined();
		for (const key of ['', 'a', 'k', 'k00000', 'k3000', 'z']) expect(order.find(key)).toBeUndefined();
		expect(new KeyOrder<{ key: string }>().find('a')).toBeUndefined();
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
		expect(before.toArray().map((i) => i.key)).toEqual(['b']);
		expect(keys(order)).toEqual(['a']);
	});

	it('takes 200,000 keys added before the first read (no stack overflow)', () => {
		const order = new KeyOrder<{ key: string }>();
		for (let i = 0; i < 200_000; i++) order.add(item(`term ${i}`));
		const all = order.items();
		expect(all).toHaveLength(200_000);
		expect(all.get(0)?.key).toBe('term 0');
		expect(all.get(1)?.key).toBe('term 1');
		expect(all.get(2)?.key).toBe('term 10');
	});
});

describe('KeyOrder in chunks', () => {
	it('stays A–Z and keeps every list it handed out through thousands of single changes', () => {
		const order = new KeyOrder<{ key: string }>();
		const live = new Map<string, { key: string }>();
		for (let i = 0; i < 5000; i++) {
			const it = item(`w${(i * 7919) % 5000}`);
			live.set(it.key, it);
			order.add(it);
		}
		order.items();
		const handedOut: { list: ReturnType<typeof order.items>; keys: string[] }[] = [];
		// A fixed pseudo-random walk: adds grow one chunk past its split size, removes empty others.
		let seed = 1;
		const next = () => (seed = (seed * 48271) % 2147483647);
		for (let step = 0; step < 3000; step++) {
			const n = next() % 7000;
			const existing = live.get(`w${n}`);
			if (existing) {
				order.remove(existing);
				live.delete(existing.key);
			} else {
				const it = item(`w${n}`);
				live.set(it.key, it);
				order.add(it);
			}
			// Crowd one place of the order, so that its chunk splits.
			if (step % 3 === 0) {
				const it = item(`w1 ${step}`);
				live.set(it.key, it);
				order.add(it);
			}
			if (step % 250 === 0) {
				const list = order.items();
				handedOut.push({ list, keys: list.toArray().map((i) => i.key) });
			}
		}
		const expected = [...live.keys()].sort();
		expect(keys(order)).toEqual(expected);
		const list = order.items();
		expect(list.length).toBe(expected.length);
		// Read by position, forwards and backwards.
		expect(Array.from({ length: list.length }, (_, i) => list.get(i)?.key)).toEqual(expected);
		expect(Array.from({ length: list.length }, (_, i) => list.get(list.length - 1 - i)?.key).reverse()).toEqual(expected);
		expect(list.get(-1)).toBeUndefined();
		expect(list.get(list.length)).toBeUndefined();
		for (const { list: old, keys: then } of handedOut) expect(old.toArray().map((i) => i.key)).toEqual(then);
		for (const it of list) order.remove(it);
		expect(order.items().length).toBe(0);
	});
});

/** Runs a generator to its end; how many steps it took, `during` called with each step's number before it. */
function stepsOf(steps: Generator<void>, during: (step: number) => void = () => {}): number {
	let n = 0;
	while (!steps.next().done) during(n++);
	return n;
}

describe('KeyOrder settled in steps', () => {
	const shuffled = (n: number) => Array.from({ length: n }, (_, i) => item(`k${(i * 7919) % n}`));

	it('sorts a bulk of keys in many short steps, to the order a read in one go gives', () => {
		const order = new KeyOrder<{ key: string }>();
		const many = shuffled(20_000);
		for (const i of many) order.add(i);
		const steps = stepsOf(order.settle());
		// Ten runs of 2,048 sorted, then four passes merging 20,000: a step after each run and each 2,048 merged.
		expect(steps).toBe(10 + 4 * 9);
		const settled = order.items();
		expect(settled.toArray().map((i) => i.key)).toEqual(many.map((i) => i.key).sort());
		expect(stepsOf(order.settle())).toBe(0); // settled already: nothing left to do
		expect(order.items()).toBe(settled);
	});

	it('sorts in what changed while it ran, and leaves a few changes for the next read', () => {
		const order = new KeyOrder<{ key: string }>();
		const many = shuffled(10_000);
		for (const i of many) order.add(i);
		const steps = stepsOf(order.settle(), (step) => step === 3 && order.remove(many[0])); // mid-sort: sorted again, without it
		expect(steps).toBe(2 * (5 + 3 * 4)); // the whole sort twice: 5 runs, 3 passes of 4 steps
		order.add(item('a'));
		expect(stepsOf(order.settle())).toBe(0); // one change is applied on the next read, not in steps
		expect(keys(order)).toEqual(['a', ...many.slice(1).map((i) => i.key).sort()]);
	});

	it('sorts again when a key is added while it ran, so the new key is in the settled order', () => {
		const order = new KeyOrder<{ key: string }>();
		const many = shuffled(10_000);
		for (const i of many) order.add(i);
		const steps = stepsOf(order.settle(), (step) => step === 3 && order.add(item('~late')));
		expect(steps).toBe(2 * (5 + 3 * 4));
		expect(keys(order)).toEqual([...many.map((i) => i.key).sort(), '~late']);
	});
});

describe('KeyOrder changed a few items at a time (one pending change per 32 items or fewer: no full pass)', () => {
	const sortedItems = (n: number, prefix = 'k') => Array.from({ length: n }, (_, i) => item(`${prefix}${String(i).padStart(5, '0')}`));

	it('never changes a list it handed out', () => {
		const order = new KeyOrder<{ key: string }>();
		const many = sortedItems(100);
		order.restore(many);
		const before = order.items();
		order.remove(many[50]);
		const after = order.items();
		order.add(item('k00050x'));
		expect(before.toArray()).toEqual(many);
		expect(after.toArray()).toEqual(many.filter((i) => i !== many[50]));
		expect(keys(order)).toContain('k00050x');
	});

	it('ignores the removal of an item it does not hold: before, between or after its keys, or another item of a held key', () => {
		const many = sortedItems(100);
		for (const stranger of [item('a'), item('k00050x'), item('z'), item('k00050')]) {
			const order = new KeyOrder<{ key: string }>();
			order.restore(many);
			order.remove(stranger);
			expect(order.items().toArray()).toEqual(many);
			expect(order.find('k00050')).toBe(many[50]);
		}
	});

	it('drops a chunk that its removals empty and splits one grown to twice its size, staying A–Z with each item once', () => {
		const order = new KeyOrder<{ key: string }>();
		const many = sortedItems(1025); // a chunk of 1,024 and one of 1
		order.restore(many);
		order.remove(many[1024]);
		expect(order.items()).toHaveLength(1024);
		expect(order.find('k01024')).toBeUndefined();
		const added = sortedItems(1100, 'k00000-');
		for (const i of added) {
			order.add(i);
			order.items();
		}
		const expected = [...many.slice(0, 1024), ...added].map((i) => i.key).sort();
		expect(keys(order)).toEqual(expected);
		expect(order.find('k01023')).toBe(many[1023]);
		expect(order.find(added[1099].key)).toBe(added[1099]);
	});

	it('removes the very item asked while two items of one key are held (one added before the removal of the other is read)', () => {
		const order = new KeyOrder<{ key: string }>();
		const many = sortedItems(100);
		order.restore(many);
		const twin = item(many[50].key);
		order.add(twin);
		order.items();
		order.remove(many[50]);
		expect(order.items().toArray()).toEqual(many.map((i) => (i === many[50] ? twin : i)));
	});

	it('reads, finds and changes a list restored empty or exactly a chunk long', () => {
		for (const n of [0, 1024]) {
			const order = new KeyOrder<{ key: string }>();
			const many = sortedItems(n);
			order.restore(many);
			expect(order.find('z')).toBeUndefined();
			order.add(item('z'));
			expect(keys(order)).toEqual([...many.map((i) => i.key), 'z']);
		}
	});

	it('settles in steps only beyond one pending change per 32 items held, counting adds and removes alike', () => {
		/** Steps to settle `adds` and `removes` pending on 3,200 items, after one change read on its own (3,201 or 3,199 held). */
		const settleSteps = (adds: number, removes: number, readFirst?: 'add' | 'remove') => {
			const order = new KeyOrder<{ key: string }>();
			const many = sortedItems(3200);
			order.restore(many);
			if (readFirst) {
				if (readFirst === 'add') order.add(item('a'));
				else order.remove(many[3199]);
				order.items();
			}
			for (const i of sortedItems(adds, 'new')) order.add(i);
			for (const i of many.slice(0, removes)) order.remove(i);
			return stepsOf(order.settle());
		};
		expect(settleSteps(100, 0)).toBe(0);
		expect(settleSteps(101, 0)).toBeGreaterThan(0);
		expect(settleSteps(51, 50)).toBeGreaterThan(0);
		expect(settleSteps(0, 101)).toBeGreaterThan(0);
		expect(settleSteps(100, 0, 'add')).toBe(0);
		expect(settleSteps(100, 0, 'remove')).toBeGreaterThan(0);
	});
});
