import { startOfDay } from '../review/queue';

/** When each term's note is next due for review (ms), or null for a term never reviewed or without a note. */
export type DueOf = (key: string) => number | null;

/**
 * Whether a term is due today at `now`: its review-due falls before local midnight, as a Dataview or Bases
 * "due today" query reads it. A term never reviewed is new, not due.
 */
export function dueToday(due: number | null, now: number): boolean {
	return due !== null && due < startOfDay(startOfDay(now) + 36 * 3_600_000);
}
