import type { Lesson } from '../model';

/** A unit's block id, and whether its header line already carries it. */
export interface UnitBlockId {
	id: string;
	present: boolean;
}

const LINE_END_ID = /[ \t]\^([A-Za-z0-9-]+)[ \t]*\r?$/;

/**
 * The block id of every unit, by index: the one on its header line, else `unit-N` (with a
 * `-2`, `-3` … suffix when that id is already used in the note, e.g. by a repeated unit number).
 * Read off the text as well as the parse, so an id is never written twice. A pure function of
 * the text and its parse: a re-plan assigns the same ids.
 */
export function unitBlockIds(text: string, lesson: Lesson): UnitBlockId[] {
	const lines = text.split('\n');
	const used = new Set<string>();
	for (const line of lines) {
		const match = line.includes('^') ? LINE_END_ID.exec(line) : null;
		if (match) used.add(match[1]);
	}
	const onHeader = lesson.units.map((unit) => unit.blockId ?? LINE_END_ID.exec(lines[unit.line] ?? '')?.[1] ?? null);
	return lesson.units.map((unit, index) => {
		const present = onHeader[index];
		if (present) return { id: present, present: true };
		let id = `unit-${unit.n}`;
		for (let k = 2; used.has(id); k++) id = `unit-${unit.n}-${k}`;
		used.add(id);
		return { id, present: false };
	});
}

/**
 * `text` with ` ^id` appended to the header line of each unit in `unitIndexes` that has no block
 * id yet (`ids`: the text's unitBlockIds). Only adds bytes: every other character, line ending
 * included, stays as it was.
 */
export function addBlockIds(text: string, lesson: Lesson, unitIndexes: Iterable<number>, ids = unitBlockIds(text, lesson)): string {
	const insertAt = new Map<number, string>();
	for (const index of unitIndexes) {
		const unit = lesson.units[index];
		if (unit && !ids[index].present) insertAt.set(unit.line, ids[index].id);
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
