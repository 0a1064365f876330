import { describe, expect, it } from 'vitest';
import { keySuffix, newNotePath, safeFileName } from '../../src/core/termNotes/safeName';

describe('safeFileName', () => {
	it('keeps slash terms readable', () => {
		expect(safeFileName('P50 / P90')).toBe('P50 - P90');
		expect(safeFileName('in distribution / out of distribution')).toBe('in distribution - out of distribution');
	});

	it('replaces every character some platform or Obsidian link refuses', () => {
		expect(safeFileName('a\\b/c:d*e?f"g<h>i|j#k^l[m]n')).toBe('a-b-c-d-e-f-g-h-i-j-k-l-m-n');
		expect(safeFileName('tab\there')).toBe('tab-here');
	});

	it('drops leading dots and trailing dots or spaces, and avoids reserved names', () => {
		expect(safeFileName('..hidden')).toBe('hidden');
		expect(safeFileName('etc. ')).toBe('etc');
		expect(safeFileName('CON')).toBe('CON_');
		expect(safeFileName('...')).toBe('term');
	});

	it('keeps long names within bounds', () => {
		expect([...safeFileName('x'.repeat(300))].length).toBe(100);
	});
});

describe('newNotePath', () => {
	it('gives two terms whose safe names collide two paths, the second with a stable suffix', () => {
		const taken = new Set<string>();
		const first = newNotePath('Terms', 'a/b', 'a/b', taken);
		const second = newNotePath('Terms', 'a:b', 'a:b', taken);
		expect(first).toBe('Terms/a-b.md');
		expect(second).toBe(`Terms/a-b (${keySuffix('a:b')}).md`);
		expect(newNotePath('Terms', 'a:b', 'a:b', new Set(['terms/a-b.md']))).toBe(second);
	});

	it('treats paths that differ only in case as taken (macOS, Windows)', () => {
		expect(newNotePath('Terms', 'Tackle', 'tackle x', new Set(['terms/tackle.md']))).not.toBe('Terms/Tackle.md');
	});

	it('writes at the vault root when the folder is empty', () => {
		expect(newNotePath('', 'tackle', 'tackle', new Set())).toBe('tackle.md');
	});
});
