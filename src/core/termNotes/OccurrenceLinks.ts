import type { NoteWords } from '../noteWords';
import { basename } from '../paths';
import { unitBlockIds, type UnitBlockId } from './blockIds';
import { linkTexts, noteLink } from './linkText';
import type { LessonGloss, LessonSource } from './occurrences';

/** What one lesson's occurrences link with: worked out on its first occurrence, the same for every term it glosses. */
interface LessonLinks {
	linktext: string;
	/** The lesson as a note's `lessons` property lists it. */
	lessonLink: string;
	ids: UnitBlockId[];
	/** Each unit's occurrence link by unit index, for the words it was first asked in (a plan writes most notes in one language). */
	words: NoteWords | null;
	unitLinks: string[];
}

/**
 * The links of occurrences in one plan: the lesson's link text (made unambiguous against every path in the vault),
 * and the unit's block id where Obsidian resolves one. Kept per lesson and unit, so a lesson glossing 30 terms
 * builds its links once, not once per term.
 */
export class OccurrenceLinks {
	private readonly lessons = new Map<LessonSource, LessonLinks>();
	private readonly linkText: (path: string) => string;

	constructor(paths: readonly string[]) {
		this.linkText = linkTexts(paths);
	}

	/** `[[lesson]]`: the lesson as a term note's `lessons` property lists it. */
	lessonLink(occurrence: LessonGloss): string {
		return this.of(occurrence.lesson).lessonLink;
	}

	/** `[[lesson#^unit-3|lesson, unit 3]]`: the occurrence's link to its unit, worded in `words` (see noteLink). */
	unitLink(occurrence: LessonGloss, words: NoteWords): string {
		const { lesson, unit, unitIndex } = occurrence;
		const links = this.of(lesson);
		if (links.words !== words) {
			links.words = words;
			links.unitLinks = [];
		}
		let link = links.unitLinks[unitIndex];
		if (link === undefined) {
			const { id, present, usable } = links.ids[unitIndex];
			const anchor = present && usable ? `#^${id}` : '';
			links.unitLinks[unitIndex] = link = noteLink(links.linktext, anchor, words.unitLink(basename(lesson.path), unit.n));
		}
		return link;
	}

	private of(lesson: LessonSource): LessonLinks {
		let links = this.lessons.get(lesson);
		if (!links) {
			const linktext = this.linkText(lesson.path);
			links = { linktext, lessonLink: noteLink(linktext), ids: unitBlockIds(lesson.text, lesson.lesson), words: null, unitLinks: [] };
			this.lessons.set(lesson, links);
		}
		return links;
	}
}
