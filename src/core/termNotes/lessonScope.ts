import { termKey } from '../termKey';
import { readEntries, splitNote } from './frontmatter';
import { linkTexts, noteLink } from './linkText';
import type { PlanInput } from './plan';

/**
 * The term keys a run for one lesson must plan: those the lesson glosses now, and those whose
 * notes still list the lesson (a term removed from it must lose that occurrence).
 */
export function lessonScope(input: Omit<PlanInput, 'options'>, lessonPath: string): Set<string> {
	const keys = new Set<string>();
	const source = input.lessons.find((l) => l.path === lessonPath);
	for (const unit of source?.lesson.units ?? []) for (const term of unit.terms) keys.add(termKey(term.term));
	const link = noteLink(linkTexts(input.paths)(lessonPath));
	for (const note of input.notes) {
		const yaml = splitNote(note.text).yaml ?? [];
		const entries = readEntries(yaml);
		const lessons = entries.get('lessons')?.value;
		const term = entries.get('term')?.value;
		if (Array.isArray(lessons) && lessons.includes(link) && typeof term === 'string') keys.add(termKey(term));
	}
	keys.delete('');
	return keys;
}
