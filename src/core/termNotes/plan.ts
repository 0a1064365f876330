import type { NoteLanguage } from '../noteWords';
import { termKey } from '../termKey';
import { listsLesson } from './lessonScope';
import { noteContent, orphanContent } from './noteContent';
import { OccurrenceLinks } from './OccurrenceLinks';
import { findRegion, mergeNoteText, regionLanguage, type NoteContent } from './noteText';
import { compare } from '../compare';
import { runSteps, type Steps } from '../steps';
import { collectingOccurrences, type LessonSource } from './occurrences';
import { newNotePath, pathKey, safeFileName } from './safeName';
import { readTermNote } from './termNote';

export interface PlanOptions {
	/** Folder for new term notes (`Terms`); existing ones are found wherever they are. */
	folder: string;
	/** Notes for every glossed term, not only the 🔥 ones. */
	includeAllTerms: boolean;
	/** Plan only these term keys (e.g. one lesson's); all of them when absent. */
	scope?: ReadonlySet<string>;
	/** Create notes only for these keys (existing notes are still updated); any key when absent. */
	mayCreate?: (key: string) => boolean;
	/** The language notes are written in (headings, link texts; see noteWords). */
	language: NoteLanguage;
	/**
	 * Keep each existing note in the language its region is in (an automatic run): then only a
	 * command changes a note's language, and `language` is for new notes and regions it cannot read.
	 */
	keepNoteLanguage?: boolean;
}

export interface PlanInput {
	lessons: readonly LessonSource[];
	/** Notes that may be term notes; only those the plugin made (see readTermNote) are used. */
	notes: readonly { path: string; text: string }[];
	/** Every file path in the vault: new notes avoid them, lesson links are made unambiguous against them. */
	paths: readonly string[];
	/** Notes that could not be read: whether they are lessons is unknown, so notes listing them are left alone. */
	unreadable?: readonly string[];
	options: PlanOptions;
}

export interface NoteAction {
	kind: 'create' | 'update' | 'unchanged';
	key: string;
	path: string;
	/** The text planned from (null for a new note) and the text to write. */
	before: string | null;
	after: string;
	/** What the note must contain, to re-plan the note if it changed since `before` was read. */
	content: NoteContent;
}

export interface TermNotePlan {
	notes: NoteAction[];
	/** A second note recording a term that already has one: reported, left alone. */
	duplicates: { key: string; path: string; keptPath: string }[];
	/** Notes left alone because a lesson they list could not be read. */
	held: { path: string; lesson: string }[];
}

/** A term note found in the vault. */
interface FoundNote {
	path: string;
	text: string;
	term: string;
	hasRegion: boolean;
}

/**
 * (parsed lessons, existing notes) → what to create, update and leave alone, with the exact new
 * text of every file. Pure: the applier only writes what this returns. Never writes a lesson:
 * links go to a unit's block id only where the lesson already has one Obsidian resolves.
 */
export function planTermNotes(input: PlanInput): TermNotePlan {
	return runSteps(planning(input));
}

/**
 * planTermNotes in steps (a note read, a lesson collected, a note planned), so that in Obsidian the event loop gets
 * turns while a vault-wide plan is made (see runStepsInTurns). It plans from `input` alone: a lesson or note
 * changed meanwhile is not seen half-way; the applier re-merges a note changed since it was read.
 */
export function* planning(input: PlanInput): Steps<TermNotePlan> {
	const { options } = input;
	const folder = options.folder.replace(/^\/+|\/+$/g, '');
	const lessonPaths = new Set(input.lessons.map((l) => l.path));
	const existing = new Map<string, FoundNote>();
	const duplicates: TermNotePlan['duplicates'] = [];
	const found: (FoundNote & { key: string })[] = [];
	for (const note of input.notes) {
		const term = lessonPaths.has(note.path) ? null : readTermNote(note.text);
		if (term !== null && termKey(term) !== '') found.push({ ...note, term, key: termKey(term), hasRegion: findRegion(note.text) !== null });
		yield;
	}
	const ranked = found.map((note) => ({ note, rank: rankOf(note, folder) }));
	ranked.sort((a, b) => byRank(a.rank, a.note.path, b.rank, b.note.path));
	for (const { note } of ranked) {
		const kept = existing.get(note.key);
		if (kept) duplicates.push({ key: note.key, path: note.path, keptPath: kept.path });
		else existing.set(note.key, note);
	}
	const held: TermNotePlan['held'] = [];
	const heldKeys = new Set<string>();
	for (const [key, note] of existing) {
		const lesson = input.unreadable?.find((path) => listsLesson(note.text, path));
		if (lesson === undefined) continue;
		held.push({ path: note.path, lesson });
		heldKeys.add(key);
	}

	const byKey = yield* collectingOccurrences(input.lessons);
	const keys = new Set<string>();
	for (const entry of byKey.values()) if (entry.hot || options.includeAllTerms) keys.add(entry.key);
	for (const key of existing.keys()) keys.add(key);

	const links = new OccurrenceLinks(input.paths);
	const taken = new Set([...input.paths, ...input.notes.map((n) => n.path), ...lessonPaths].map(pathKey));
	const notes: NoteAction[] = [];
	for (const key of [...keys].sort(compare)) {
		if ((options.scope && !options.scope.has(key)) || heldKeys.has(key)) continue;
		const entry = byKey.get(key);
		const note = existing.get(key);
		if (!note && options.mayCreate && !options.mayCreate(key)) continue;
		const language = (options.keepNoteLanguage && note && regionLanguage(note.text)) || options.language;
		if (entry) {
			const content = noteContent(entry, links, language);
			const path = note?.path ?? newNotePath(folder, content.owned.term, key, taken);
			notes.push(action(key, path, note?.text ?? null, content));
		} else if (note) {
			notes.push(action(key, note.path, note.text, orphanContent(note.text, note.term, language)));
		}
		yield;
	}
	return { notes, duplicates, held };
}

function action(key: string, path: string, before: string | null, content: NoteContent): NoteAction {
	const after = mergeNoteText(before, content);
	const kind = before === null ? 'create' : after === before ? 'unchanged' : 'update';
	return { kind, key, path, before, after, content };
}

/** What decides which of two notes for a term is its note. */
export type NoteRank = Pick<FoundNote, 'path' | 'term' | 'hasRegion'>;

/**
 * Which of two notes recording the same term is its note, whatever their paths sort as: the one at
 * the path a new note would get, then one with the plugin's region, then the first by path.
 */
export function preferred(a: NoteRank, b: NoteRank, folder: string): number {
	return byRank(rankOf(a, folder), a.path, rankOf(b, folder), b.path);
}

/** Lower rank first, then by path: the one order of notes for a term, for the planner and for preferred. */
function byRank(rankA: number, pathA: string, rankB: number, pathB: string): number {
	return rankA - rankB || compare(pathA, pathB);
}

function rankOf(note: NoteRank, folder: string): number {
	const home = pathKey(`${folder === '' ? '' : `${folder}/`}${safeFileName(note.term)}.md`);
	return (pathKey(note.path) === home ? 0 : 2) + (note.hasRegion ? 0 : 1);
}
