import { parsedGlosses } from '../glosses';
import { termKey } from '../termKey';
import { readEntries, splitNote } from './frontmatter';
import { mayLinkTo } from './linkText';
import type { PlanInput } from './plan';
import { readTermNote } from './termNote';

/**
 * The term keys a run for one lesson must plan: those the lesson glosses now (core/glosses), and those whose
 * notes still list the lesson (a term removed from it, or the lesson deleted, must lose those
 * occurrences), however the link to it was written.
 */
export function lessonScope(input: Omit<PlanInput, 'options'>, lessonPath: string): Set<string> {
	const keys = new Set<string>();
	const source = input.lessons.find((l) => l.path === lessonPath);
	for (const gloss of source ? parsedGlosses(source.lesson) : []) keys.add(gloss.key);
	for (const note of input.notes) {
		const term = readTermNote(note.text);
		if (term !== null && listsLesson(note.text, lessonPath)) keys.add(termKey(term));
	}
	keys.delete('');
	return keys;
}

/** Whether a term note's `lessons` property has a link that may point to `lessonPath`. */
export function listsLesson(text: string, lessonPath: string): boolean {
	const lessons = readEntries(splitNote(text).yaml ?? []).get('lessons')?.value;
	return Array.isArray(lessons) && lessons.some((link) => mayLinkTo(link, lessonPath));
}
