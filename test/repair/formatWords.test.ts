import { describe, expect, it } from 'vitest';
import { detectMisEncoding } from '../../src/core/parser/encoding';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { originalCopyPath } from '../../src/core/repair/copyPath';
import { damagedForm, restoreFormatWords } from '../../src/core/repair/formatWords';
import { damage } from './damage';
import { ESPRESSO, GLACIER } from './freshLessons';

describe('format words in a note that lost bytes', () => {
	it('reads a damaged character as the page characters of its bytes left, an intact one as itself', () => {
		// 解 E8 A7 A3 keeps its bytes; 析 E6 9E 90 loses both continuations to Windows-1254, and 0x90 to Windows-1252.
		expect(damagedForm('解析', 'Windows-1254')).toBe('解æ');
		expect(damagedForm('解析', 'Windows-1252')).toBe('解æž');
	});

	it('are put back where the lossless decoding left them, and nothing else changes', () => {
		const mis = detectMisEncoding(damage(GLACIER))!;
		const restored = restoreFormatWords(mis.repaired, mis.page);
		expect(mis.repaired).not.toContain('解析：');
		expect(restored.split('解析：')).toHaveLength(7);
		expect(restored.split('【')).toHaveLength(7);
		// The damaged 、 (the same bytes left as a damaged 【) stays for the repair to choose.
		expect(restored).toContain(damagedForm('、', mis.page));
		expect(restoreFormatWords(restored, mis.page)).toBe(restored);
	});

	it.each([
		['glacier', GLACIER],
		['espresso', ESPRESSO],
	])('let the parser tell the damaged %s lesson, and send the user to the command', (_, lesson) => {
		const { diagnostics, isLesson, units } = parseLesson(damage(lesson));
		expect(isLesson).toBe(true);
		expect(units).toEqual([]);
		expect(diagnostics).toHaveLength(1);
		expect(diagnostics[0].message).toMatch(/^this note looks like UTF-8 read as Windows-1254 \(".+" for ".+"\): run "Repair text encoding" to read its 6 units$/);
	});

	it('a user label is put back too', () => {
		const lesson = ESPRESSO.replaceAll('解析：', '笔记：');
		expect(parseLesson(damage(lesson), { analysisLabels: ['笔记'] }).diagnostics[0]?.code).toBe('mis-encoded');
	});
});

describe('the copy of a repaired note', () => {
	it('sits beside it, by a free name', () => {
		const taken = new Set(['Coffee/espresso (original).md']);
		expect(originalCopyPath('Coffee/espresso.md', () => false, 'original')).toBe('Coffee/espresso (original).md');
		expect(originalCopyPath('Coffee/espresso.md', (p) => taken.has(p), 'original')).toBe('Coffee/espresso (original 2).md');
		expect(originalCopyPath('v1.2/notes', () => false, 'original')).toBe('v1.2/notes (original)');
		expect(originalCopyPath('咖啡/浓缩.md', (p) => p === '咖啡/浓缩 (原文).md', '原文')).toBe('咖啡/浓缩 (原文 2).md');
	});
});
