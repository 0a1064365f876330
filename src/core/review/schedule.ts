import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';
import type { Phase, ReviewState } from './state';

/** The four answers, as keys 1–4 give them. */
export type Answer = 'again' | 'hard' | 'good' | 'easy';
export const ANSWERS: readonly Answer[] = ['again', 'hard', 'good', 'easy'];

const RATING: Record<Answer, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };
const PHASE: Record<Phase, State> = { learning: State.Learning, review: State.Review, relearning: State.Relearning };

/**
 * FSRS through ts-fsrs, with its default weights and (re)learning steps. Fuzz spreads the intervals of
 * cards learned together so they do not all fall due on one day; ts-fsrs seeds it from the card and the
 * time, so the same review gives the same interval.
 */
const scheduler = fsrs({ enable_fuzz: true });

/** The state after answering a card (null: never reviewed) at `now` (ms). */
export function answer(state: ReviewState | null, given: Answer, now: number): ReviewState {
	const { card } = scheduler.next(state ? toCard(state) : createEmptyCard(new Date(now)), new Date(now), RATING[given]);
	return fromCard(card, now, state?.first ?? now);
}

/** When each answer would make the card due next, for the buttons' hints. */
export function preview(state: ReviewState | null, now: number): Record<Answer, number> {
	const card = state ? toCard(state) : createEmptyCard(new Date(now));
	const record = scheduler.repeat(card, new Date(now));
	return { again: record[Rating.Again].card.due.getTime(), hard: record[Rating.Hard].card.due.getTime(), good: record[Rating.Good].card.due.getTime(), easy: record[Rating.Easy].card.due.getTime() };
}

function toCard(state: ReviewState): Card {
	// From an empty card, so the fields ts-fsrs 5 derives or deprecates (elapsed and scheduled days) keep their defaults.
	return {
		...createEmptyCard(new Date(state.due)),
		stability: state.stability,
		difficulty: state.difficulty,
		learning_steps: state.step,
		reps: state.reps,
		lapses: state.lapses,
		state: PHASE[state.phase],
		last_review: new Date(state.last),
	};
}

function fromCard(card: Card, now: number, first: number): ReviewState {
	const phase = card.state === State.Review ? 'review' : card.state === State.Relearning ? 'relearning' : 'learning';
	return { due: card.due.getTime(), phase, stability: card.stability, difficulty: card.difficulty, reps: card.reps, lapses: card.lapses, step: card.learning_steps, last: now, first };
}
