import { splitLines } from '../lines';
import { readEntries, splitNote } from './frontmatter';
import { findRegion, TERM_TAG } from './noteText';

/**
 * The term of a note the plugin made, or null for any other note. A term note is recognised by
 * what every version of the plugin wrote into it: the `bilingual-lessons/term` tag or the managed
 * region, never by a `term` property alone (`term: Spring 2024` in a school note is not ours).
 * The term comes from the `term` property, or, when the frontmatter cannot be read (text above
 * it, YAML the reader does not take), from the region's definition heading `**term**`.
 */
export function readTermNote(text: string): string | null {
	const note = splitNote(text);
	const entries = readEntries(note.yaml ?? []);
	const region = findRegion(note.body);
	if (!region && !hasTag(entries.get('tags')?.value)) return null;
	const term = entries.get('term')?.value;
	if (typeof term === 'string' && term.trim() !== '') return term;
	if (!region) return null;
	for (const line of splitLines(note.body.slice(region.start, region.end))) {
		const heading = /^\*\*(.+?)\*\*(?: \/.*\/)?$/.exec(line);
		if (heading) return heading[1];
	}
	return null;
}

function hasTag(tags: unknown): boolean {
	const list = Array.isArray(tags) ? tags : typeof tags === 'string' ? tags.split(/[,\s]+/) : [];
	return list.some((tag) => typeof tag === 'string' && tag.replace(/^#/, '') === TERM_TAG);
}
