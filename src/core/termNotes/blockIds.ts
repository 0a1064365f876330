import type { Lesson } from '../model';

/** Ids already at the end of a line of the note (`… ^some-id`). */
function idsInText(text: string): Set<string> {
	const ids = new Set<string>();
	for (const match of text.matchAll(/[ \t]\^([A-Za-z0-9-]+)[ \t]*\r?$/gm)) ids.add(match[1]);
	return ids;
}

/**
 * The block id of every unit, by index: the one on its header line, else `unit-N` (with a
 * `-2`, `-3` … suffix when that id is already used in the note, e.g. by a repeated unit number).
 * A pure function of the text and its parse, so a re-plan assigns the same ids.
 */
export function unitBlockIds(text: string, lesson: Lesson): string[] {
	const used = idsInText(text);
	for (const unit of lesson.units) if (unit.blockId) used.add(unit.blockId);
	return lesson.units.map((unit) => {
		if (unit.blockId) return unit.blockId;
		let id = `unit-${unit.n}`;
		for (let k = 2; used.has(id); k++) id = `unit-${unit.n}-${k}`;
		used.add(id);
		return id;
	});
}

/**
 * `text` with ` ^id` appended to the header line of each unit in `unitIndexes` that has no block
 * id yet. Only adds bytes: every other character, line ending included, stays as it was.
 */
export function addBlockIds(text: string, lesson: Lesson, unitIndexes: Iterable<number>): string {
	const ids = unitBlockIds(text, lesson);
	const insertAt = new Map<number, string>();
	for (const index of unitIndexes) {
		const unit = lesson.units[index];
		if (unit && !unit.blockId) insertAt.set(unit.line, ids[index]);
	}
	if (insertAt.size === 0) return text;
	let out = '';
	let line = 0;
	let at = 0;
	while (at <= text.length) {
		const next = text.indexOf('\n', at);
		const lineEnd = next === -1 ? text.length : next;
		const id = insertAt.get(line);
		if (id !== undefined) {
			const contentEnd = lineEnd > at && text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
			out += `${text.slice(at, contentEnd)} ^${id}${text.slice(contentEnd, lineEnd)}`;
		} else out += text.slice(at, lineEnd);
		if (next === -1) break;
		out += '\n';
		at = next + 1;
		line++;
	}
	return out;
}
