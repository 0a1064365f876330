import { lineSpans } from '../lines';
import type { Lesson } from '../model';
import { paragraphEnds } from './blockEnds';

/**
 * A unit's block id: the one its header line ends with (`present`), else the one the "Add unit
 * block ids" command would write, `unit-N`. `usable`: the header line ends a paragraph, so
 * Obsidian resolves a link to the id; ids are only written where they are usable.
 */
export interface UnitBlockId {
	id: string;
	present: boolean;
	usable: boolean;
}

const LINE_END_ID = /[ \t]\^([A-Za-z0-9-]+)[ \t]*$/;

/**
 * The block id of every unit, by index, with a `-2`, `-3` … suffix when `unit-N` is already used
 * in the note (a repeated unit number, an id of the user's). Read off the text as well as the
 * parse, so an id is never written twice. Pure: a re-plan assigns the same ids.
 */
export function unitBlockIds(text: string, lesson: Lesson): UnitBlockId[] {
	const spans = lineSpans(text);
	const lines = spans.map((s) => text.slice(s.start, s.end));
	const ends = paragraphEnds(lines);
	const used = new Set<string>();
	for (const line of lines) {
		const match = line.includes('^') ? LINE_END_ID.exec(line) : null;
		if (match) used.add(match[1]);
	}
	return lesson.units.map((unit) => {
		const usable = ends[unit.line] ?? false;
		const present = unit.blockId ?? LINE_END_ID.exec(lines[unit.line] ?? '')?.[1] ?? null;
		if (present) return { id: present, present: true, usable };
		let id = `unit-${unit.n}`;
		for (let k = 2; used.has(id); k++) id = `unit-${unit.n}-${k}`;
		used.add(id);
		return { id, present: false, usable };
	});
}

/** What the "Add unit block ids" command does to a lesson. */
export interface BlockIdEdit {
	text: string;
	added: number;
	/** Unit numbers whose header does not end a paragraph (the English follows on the next line, a heading, a code fence): no id. */
	skipped: number[];
}

/**
 * `text` with ` ^id` appended to the header line of every unit that has no id and whose header
 * line ends a paragraph. Only adds bytes: every other character, line endings included, stays.
 */
export function addBlockIds(text: string, lesson: Lesson, ids = unitBlockIds(text, lesson)): BlockIdEdit {
	const spans = lineSpans(text);
	const insertAt = new Map<number, string>();
	const skipped: number[] = [];
	lesson.units.forEach((unit, index) => {
		const { id, present, usable } = ids[index];
		if (present) return;
		if (usable && spans[unit.line]) insertAt.set(spans[unit.line].end, id);
		else skipped.push(unit.n);
	});
	let out = '';
	let at = 0;
	for (const [offset, id] of [...insertAt].sort((a, b) => a[0] - b[0])) {
		out += `${text.slice(at, offset)} ^${id}`;
		at = offset;
	}
	return { text: out + text.slice(at), added: insertAt.size, skipped };
}
