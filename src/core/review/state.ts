/**
 * A term note's review state, as its frontmatter properties hold it: markdown-native, so Dataview and
 * Bases can query it (`review-due` before tomorrow is "due today") and sync tools merge it per note.
 * Dates are ISO 8601 strings in UTC; a note without `review-due` has never been reviewed.
 */

export type Phase = 'learning' | 'review' | 'relearning';

export interface ReviewState {
	/** When the card is next due (ms since the epoch). */
	due: number;
	phase: Phase;
	stability: number;
	difficulty: number;
	reps: number;
	lapses: number;
	/** The (re)learning step the card is on. */
	step: number;
	/** The last and the first review (ms): what "reviewed today" and "new today" are counted from. */
	last: number;
	first: number;
}

/** The properties, in the order they are written. */
export const REVIEW_PROPERTIES = {
	due: 'review-due',
	phase: 'review-state',
	stability: 'review-stability',
	difficulty: 'review-difficulty',
	reps: 'review-reps',
	lapses: 'review-lapses',
	step: 'review-step',
	last: 'review-last',
	first: 'review-first',
} as const satisfies Record<keyof ReviewState, string>;

const PHASES: readonly Phase[] = ['learning', 'review', 'relearning'];

/** The state a note's frontmatter records, or null when it records none or one that cannot be read (the card is then new). */
export function readReviewState(frontmatter: Readonly<Record<string, unknown>> | null | undefined): ReviewState | null {
	if (!frontmatter) return null;
	const p = REVIEW_PROPERTIES;
	const due = time(frontmatter[p.due]);
	if (due === null) return null;
	const phase = frontmatter[p.phase];
	const stability = frontmatter[p.stability];
	const difficulty = frontmatter[p.difficulty];
	const reps = count(frontmatter[p.reps]);
	const lapses = count(frontmatter[p.lapses]);
	const step = count(frontmatter[p.step]) ?? 0;
	const last = time(frontmatter[p.last]);
	if (!PHASES.includes(phase as Phase) || !positive(stability) || !positive(difficulty) || reps === null || lapses === null || last === null) return null;
	return { due, phase: phase as Phase, stability, difficulty, reps, lapses, step, last, first: time(frontmatter[p.first]) ?? last };
}

/** The properties to write for a state: every review property, nothing else. */
export function reviewProperties(state: ReviewState): Record<string, string | number> {
	const p = REVIEW_PROPERTIES;
	return {
		[p.due]: isoTime(state.due),
		[p.phase]: state.phase,
		[p.stability]: state.stability,
		[p.difficulty]: state.difficulty,
		[p.reps]: state.reps,
		[p.lapses]: state.lapses,
		[p.step]: state.step,
		[p.last]: isoTime(state.last),
		[p.first]: isoTime(state.first),
	};
}

/** `2026-12-03T09:30:00Z`: whole seconds, UTC, which Dataview, Bases and Date.parse read alike. */
export function isoTime(ms: number): string {
	return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** A date as YAML readers may give it: an ISO string, a Date (a YAML timestamp), or ms. */
function time(value: unknown): number | null {
	const ms = typeof value === 'string' ? Date.parse(value) : value instanceof Date ? value.getTime() : typeof value === 'number' ? value : NaN;
	return Number.isFinite(ms) ? ms : null;
}

function count(value: unknown): number | null {
	return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}

function positive(value: unknown): value is number {
	return typeof value === 'number' && Number.isFinite(value) && value > 0;
}
