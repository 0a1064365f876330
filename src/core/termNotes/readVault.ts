import type { Lesson } from '../model';
import type { NoteFiles } from '../noteFiles';
import { readTermProperty } from './frontmatter';
import type { LessonSource } from './occurrences';
import type { PlanInput } from './plan';

/**
 * Reads the Markdown notes once: lessons (parsed by `parse`) and the notes that record a term.
 * `mayMatter` lets a caller that already knows a note is neither skip reading it (in Obsidian,
 * an edit to one lesson then reads the lessons and term notes, not the whole vault).
 */
export async function readVault(
	files: NoteFiles,
	parse: (path: string, text: string) => Lesson,
	mayMatter: (path: string) => boolean = () => true,
): Promise<Omit<PlanInput, 'options'>> {
	const paths = files.list();
	const lessons: LessonSource[] = [];
	const notes: { path: string; text: string }[] = [];
	for (const path of paths) {
		if (!path.endsWith('.md') || !mayMatter(path)) continue;
		// A file deleted or locked since it was listed is not part of this run.
		const text = await files.read(path).catch(() => null);
		if (text === null) continue;
		const lesson = parse(path, text);
		if (lesson.isLesson) lessons.push({ path, text, lesson });
		else if (readTermProperty(text) !== null) notes.push({ path, text });
	}
	return { lessons, notes, paths };
}
