import { termKey } from '../termKey';
import { addBlockIds, unitBlockIds, type UnitBlockId } from './blockIds';
import { readTermProperty } from './frontmatter';
import { linkTexts } from './linkText';
import { noteContent, orphanContent, type OccurrenceTarget } from './noteContent';
import { mergeNoteText, type NoteContent } from './noteText';
import { collectOccurrences, compare, type LessonSource, type Occurrence } from './occurrences';
import { newNotePath, pathKey } from './safeName';

export interface PlanOptions {
	/** Folder for new term notes (`Terms`); existing ones are found wherever they are. */
	folder: string;
	/** Notes for every glossed term, not only the 🔥 ones. */
	includeAllTerms: boolean;
	/** Write `^unit-N` block ids into lessons so links open the exact unit. */
	writeBlockIds: boolean;
	/** Plan only these term keys (e.g. one lesson's); all of them when absent. */
	scope?: ReadonlySet<string>;
}

export interface PlanInput {
	lessons: readonly LessonSource[];
	/** Notes that may be term notes; those without a `term` property are ignored. */
	notes: readonly { path: string; text: string }[];
	/** Every file path in the vault: new notes avoid them, lesson links are made unambiguous against them. */
	paths: readonly string[];
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

/** Block ids to add to one lesson: the text planned from and the text to write. */
export interface LessonEdit {
	path: string;
	before: string;
	after: string;
	/** Number of block ids added. */
	added: number;
}

export interface TermNotePlan {
	notes: NoteAction[];
	lessonEdits: LessonEdit[];
	/** A second note recording a term that already has one: reported, left alone. */
	duplicates: { key: string; path: string; keptPath: string }[];
}

/**
 * (parsed lessons, existing notes) → what to create, update and leave alone, with the exact new
 * text of every file. Pure: the applier only writes what this returns.
 */
export function planTermNotes(input: PlanInput): TermNotePlan {
	const { options } = input;
	const folder = options.folder.replace(/^\/+|\/+$/g, '');
	const lessonPaths = new Set(input.lessons.map((l) => l.path));
	const existing = new Map<string, { path: string; text: string; term: string }>();
	const duplicates: TermNotePlan['duplicates'] = [];
	for (const note of [...input.notes].sort((a, b) => compare(a.path, b.path))) {
		const term = lessonPaths.has(note.path) ? null : readTermProperty(note.text);
		if (term === null) continue;
		const key = termKey(term);
		const kept = existing.get(key);
		if (kept) duplicates.push({ key, path: note.path, keptPath: kept.path });
		else existing.set(key, { path: note.path, text: note.text, term });
	}

	const byKey = collectOccurrences(input.lessons);
	const keys = new Set<string>();
	for (const entry of byKey.values()) if (entry.hot || options.includeAllTerms) keys.add(entry.key);
	for (const key of existing.keys()) keys.add(key);

	const targets = new Targets(input.paths, options.writeBlockIds);
	const taken = new Set([...input.paths, ...input.notes.map((n) => n.path), ...lessonPaths].map(pathKey));
	const notes: NoteAction[] = [];
	for (const key of [...keys].sort(compare)) {
		if (options.scope && !options.scope.has(key)) continue;
		const entry = byKey.get(key);
		const note = existing.get(key);
		if (entry) {
			const content = noteContent(entry, (o) => targets.of(o));
			const path = note?.path ?? newNotePath(folder, content.owned.term, key, taken);
			notes.push(action(key, path, note?.text ?? null, content));
		} else if (note) {
			notes.push(action(key, note.path, note.text, orphanContent(note.text, note.term)));
		}
	}
	return { notes, lessonEdits: targets.lessonEdits(), duplicates };
}

function action(key: string, path: string, before: string | null, content: NoteContent): NoteAction {
	const after = mergeNoteText(before, content);
	const kind = before === null ? 'create' : after === before ? 'unchanged' : 'update';
	return { kind, key, path, before, after, content };
}

/** Link targets of occurrences, and the block ids the lessons need for them. */
class Targets {
	private readonly ids = new Map<LessonSource, UnitBlockId[]>();
	private readonly missing = new Map<LessonSource, Set<number>>();
	private readonly linkText: (path: string) => string;
	private readonly linktexts = new Map<LessonSource, string>();

	constructor(
		paths: readonly string[],
		private readonly writeBlockIds: boolean,
	) {
		this.linkText = linkTexts(paths);
	}

	of(occurrence: Occurrence): OccurrenceTarget {
		const { lesson, unitIndex } = occurrence;
		let linktext = this.linktexts.get(lesson);
		if (linktext === undefined) this.linktexts.set(lesson, (linktext = this.linkText(lesson.path)));
		let ids = this.ids.get(lesson);
		if (!ids) this.ids.set(lesson, (ids = unitBlockIds(lesson.text, lesson.lesson)));
		const { id, present } = ids[unitIndex];
		if (present) return { linktext, blockId: id };
		if (!this.writeBlockIds) return { linktext, blockId: null };
		let missing = this.missing.get(lesson);
		if (!missing) this.missing.set(lesson, (missing = new Set()));
		missing.add(unitIndex);
		return { linktext, blockId: id };
	}

	lessonEdits(): LessonEdit[] {
		const edits: LessonEdit[] = [];
		for (const [lesson, units] of this.missing) {
			const after = addBlockIds(lesson.text, lesson.lesson, units, this.ids.get(lesson));
			edits.push({ path: lesson.path, before: lesson.text, after, added: units.size });
		}
		return edits.sort((a, b) => compare(a.path, b.path));
	}
}
