import type { Lesson, Unit } from '../model';

/**
 * Obsidian renders a link to one block of a note (a hover preview or an embed of `lesson#^unit-3`)
 * as that block alone: its section info then holds the block's own text, lines counted from it.
 * For a lesson, that block is a unit's header line, and a bare header says little: the plugin
 * shows the unit's whole card instead.
 */

/** Whether a section's info describes a block rendered alone: its text is the block and nothing else. */
export function isLoneBlock(info: { text: string; lineStart: number; lineEnd: number }): boolean {
	return info.lineStart === 0 && info.lineEnd === countLines(info.text) - 1;
}

/** The unit whose header line is the block, as written (block id and all), in the lesson parsed from `lessonText`. */
export function unitOfHeaderBlock(lesson: Lesson, lessonText: string, blockText: string): Unit | null {
	const header = blockText.trim();
	if (header.includes('\n') || !/^[(（]/.test(header)) return null;
	const lines = lessonText.split('\n');
	return lesson.units.find((unit) => lines[unit.line]?.trim() === header) ?? null;
}

function countLines(text: string): number {
	let lines = 1;
	for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
	return lines;
}
