import { describe, expect, it } from 'vitest';
import { ChunkList } from '../../src/core/glossary/ChunkList';

describe('ChunkList', () => {
	it('reads its arrays as one list, empty ones skipped, by position, in order and by search', () => {
		const list = new ChunkList([['a', 'b'], [], ['c'], ['d', 'e', 'f'], []]);
		expect(list.length).toBe(6);
		expect([...list]).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
		expect(list.toArray()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
		expect([5, 0, 3, 2, 4, 1].map((i) => list.get(i))).toEqual(['f', 'a', 'd', 'c', 'e', 'b']);
		expect(list.get(6)).toBeUndefined();
		expect(list.get(-1)).toBeUndefined();
		expect(list.get(1.5)).toBeUndefined();
		expect(list.findIndex((s) => s === 'd')).toBe(3);
		expect(list.findIndex((s) => s === 'z')).toBe(-1);
	});

	it('is empty without chunks', () => {
		const list = new ChunkList<number>([]);
		expect(list.length).toBe(0);
		expect(list.get(0)).toBeUndefined();
		expect([...list]).toEqual([]);
	});
});
