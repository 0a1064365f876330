import type { Lesson } from '../model';
import type { NoteFiles } from '../noteFiles';
import type { LessonSource } from './occurrences';
import type { PlanInput } from './plan';
import { readTermNote } from './termNote';

/**
 * Notes read at once: a read waits on the disk or the app (in Obsidian, one 2,000-lesson run spent more time between
 * reads, one after another, than planning), so a few overlap; the results are taken in the listing's order.
 */
const READS_AT_ONCE = 16;

/**
 * Reads the Markdown notes once: lessons (parsed by `parse`) and the term notes the plugin made;
 * a note that cannot be read is listed as unreadable (it may be a lesson), and the run goes on.
 * `mayMatter` lets a caller that already knows a note is neither skip reading it (in Obsidian,
 * an edit to one lesson then reads the lessons and term notes, not the whole vault).
 */
export async function readVault(
	files: NoteFiles,
	parse: (path: string, text: string) => Lesson,
	mayMatter: (path: string) => boolean = () => true,
	/** Told every note's text as it is read (in Obsidian, the term note index learns from it). */
	onRead: (path: string, text: string) => void = () => {},
	/** Awaited after each batch (in Obsidian, reads from its cache resolve at once: Slicer.turn gives the event loop a turn). */
	turn: () => Promise<void> = () => Promise.resolve(),
): Promise<Omit<PlanInput, 'options'>> {
	const paths = files.list();
	const lessons: LessonSource[] = [];
	const notes: { path: string; text: string }[] = [];
	const unreadable: string[] = [];
	const wanted = paths.filter((path) => path.endsWith('.md') && mayMatter(path));
	for (let from = 0; from < wanted.length; from += READS_AT_ONCE) {
		const batch = wanted.slice(from, from + READS_AT_ONCE);
		const reads = await Promise.allSettled(batch.map((path) => files.read(path)));
		reads.forEach((read, i) => {
			const path = batch[i];
			if (read.status === 'rejected') {
				unreadable.push(path); // deleted or locked since it was listed, or a name the platform will not open
				return;
			}
			const text = read.value;
			onRead(path, text);
			const lesson = parse(path, text);
			if (lesson.isLesson) lessons.push({ path, text, lesson });
			else if (readTermNote(text) !== null) notes.push({ path, text });
		});
		await turn();
	}
	return { lessons, notes, paths, unreadable };
}
