import type { ReadLesson } from '../glossary/details';
import { withoutEmphasis } from '../glossary/exportFormats';
import type { Occurrence, UnitPlace } from '../glossary/types';
import { termTranslation } from '../termNotes/sentence';
import { clozeOf, type Cloze } from './cloze';
import type { ReviewNote } from './queue';

/** Which side asks: the sentence with the term blanked, or the meaning. */
export type Direction = 'cloze' | 'meaning';
/** The setting: one direction, or both in turn. */
export type DirectionSetting = Direction | 'alternate';

/** The definition a term note's properties give (the user may have edited them). */
export interface Definition {
	ipa: string | null;
	pos: string | null;
	meaning: string | null;
}

/** What a review card shows, front and back: plain text, the lessons' Markdown emphasis dropped. */
export interface ReviewCard {
	note: ReviewNote;
	direction: Direction;
	term: string;
	ipa: string | null;
	pos: string | null;
	meaning: string;
	/** The lesson sentence with the term blanked; null when no lesson has the term in its English. */
	cloze: Cloze | null;
	translation: string;
	/** The unit the sentence is from, to open the lesson there. */
	place: (UnitPlace & { lessonTitle: string }) | null;
}

/** The direction of a card: with "alternate", the other one each time the card comes back. */
export function directionOf(setting: DirectionSetting, reps: number): Direction {
	return setting === 'alternate' ? (reps % 2 === 0 ? 'cloze' : 'meaning') : setting;
}

/**
 * The card for a note, from the lessons that gloss its term. Each time the card comes back it takes the
 * next occurrence (🔥 ones first) whose sentence holds the term, so the term is met in more than one context.
 */
export async function reviewCard(note: ReviewNote, definition: Definition, occurrences: readonly Occurrence[], read: ReadLesson, direction: Direction): Promise<ReviewCard> {
	const candidates = [...occurrences.filter((o) => o.hot), ...occurrences.filter((o) => !o.hot)];
	const reps = note.state?.reps ?? 0;
	const first = candidates[0];
	const card: ReviewCard = {
		note,
		direction,
		term: note.term,
		ipa: definition.ipa ?? first?.ipa ?? null,
		pos: definition.pos ?? first?.pos ?? null,
		meaning: withoutEmphasis(definition.meaning ?? first?.meaning ?? ''),
		cloze: null,
		translation: '',
		place: null,
	};
	for (let i = 0; i < candidates.length; i++) {
		const o = candidates[(reps + i) % candidates.length];
		const lesson = await read(o.path);
		const unit = lesson?.units.find((u) => u.line === o.line) ?? lesson?.units.find((u) => u.n === o.unit);
		const span = unit?.terms.find((t) => t.term === o.form)?.span ?? null;
		const cloze = unit ? clozeOf(unit, span) : null;
		if (!unit || !cloze) continue;
		return { ...card, cloze, translation: withoutEmphasis(termTranslation(unit, span)), place: placeOf(o) };
	}
	return first ? { ...card, place: placeOf(first) } : card;
}

function placeOf({ path, unit, line, blockId, lessonTitle }: Occurrence): ReviewCard['place'] {
	return { path, unit, line, blockId, lessonTitle };
}
