import { compare } from '../compare';
import type { ReviewState } from './state';

/** A term note as the queue sees it. */
export interface ReviewNote {
	path: string;
	term: string;
	/** Null for a note never reviewed: a new card. */
	state: ReviewState | null;
}

export interface QueueLimits {
	newPerDay: number;
	reviewsPerDay: number;
}

export interface Queue {
	/** The cards to show now, in order: due cards by due time, then new cards. */
	cards: ReviewNote[];
	/** Of the day's limits, what today's reviews (read from the notes) have used. */
	newToday: number;
	reviewedToday: number;
}

/** A card in (re)learning due within this much of now is shown now, as Anki's "learn ahead" does. */
export const LEARN_AHEAD_MS = 20 * 60_000;

/**
 * The day's queue at `now` (ms). A card in review is due when its due time falls before tomorrow (local
 * midnight), as a "due today" query reads it; one in (re)learning, whose steps are minutes, when it falls
 * within LEARN_AHEAD_MS. The limits count what the notes say was done today (their `review-first` and
 * `review-last`), not a counter of this device's, so two devices synced together share one day's limits.
 * A card already answered today (a learning step, a lapse) comes back whatever the limits.
 */
export function buildQueue(notes: readonly ReviewNote[], now: number, limits: QueueLimits): Queue {
	const today = startOfDay(now);
	const tomorrow = startOfDay(today + 36 * 3_600_000); // noon-safe across a daylight-saving change
	let newToday = 0;
	let reviewedToday = 0;
	const touched: ReviewNote[] = [];
	const due: ReviewNote[] = [];
	const fresh: ReviewNote[] = [];
	for (const note of notes) {
		const state = note.state;
		if (state === null) {
			fresh.push(note);
			continue;
		}
		const firstToday = state.first >= today;
		const lastToday = state.last >= today;
		if (firstToday) newToday++;
		else if (lastToday) reviewedToday++;
		const isDue = state.phase === 'review' ? state.due < tomorrow : state.due <= now + LEARN_AHEAD_MS;
		if (isDue) (lastToday ? touched : due).push(note);
	}
	const byDue = (a: ReviewNote, b: ReviewNote) => a.state!.due - b.state!.due || compare(a.path, b.path);
	due.sort(byDue);
	const cards = [...touched, ...due.slice(0, Math.max(0, limits.reviewsPerDay - reviewedToday))].sort(byDue);
	fresh.sort((a, b) => compare(a.path, b.path));
	for (const note of fresh.slice(0, Math.max(0, limits.newPerDay - newToday))) cards.push(note);
	return { cards, newToday, reviewedToday };
}

/** Local midnight at the start of the day holding `ms`. */
export function startOfDay(ms: number): number {
	const day = new Date(ms);
	day.setHours(0, 0, 0, 0);
	return day.getTime();
}
