import { createEmptyCard, fsrs, Rating, State } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { answer, preview } from '../../src/core/review/schedule';
import { readReviewState, reviewProperties, type ReviewState } from '../../src/core/review/state';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const now = Date.parse('2026-12-03T09:00:00Z');

describe('answering a card (FSRS through ts-fsrs)', () => {
	it('takes a new card into learning: "good" to its 10-minute step, "again" to 1 minute, counting the review', () => {
		const good = answer(null, 'good', now);
		expect(good).toMatchObject({ phase: 'learning', due: now + 10 * MINUTE, reps: 1, lapses: 0, step: 1, last: now, first: now });
		expect(answer(null, 'again', now)).toMatchObject({ phase: 'learning', due: now + MINUTE, reps: 1, step: 0 });
		// "easy" graduates at once, to a review days away.
		const easy = answer(null, 'easy', now);
		expect(easy.phase).toBe('review');
		expect(easy.due - now).toBeGreaterThanOrEqual(DAY);
	});

	it('gives what ts-fsrs gives for the same card, time and rating', () => {
		const reference = fsrs({ enable_fuzz: true });
		let state: ReviewState | null = null;
		let card = createEmptyCard(new Date(now));
		let t = now;
		for (const [given, rating] of [['good', Rating.Good], ['good', Rating.Good], ['hard', Rating.Hard], ['again', Rating.Again], ['good', Rating.Good], ['easy', Rating.Easy]] as const) {
			state = answer(state, given, t);
			card = reference.next(card, new Date(t), rating).card;
			expect(state).toMatchObject({ due: card.due.getTime(), stability: card.stability, difficulty: card.difficulty, reps: card.reps, lapses: card.lapses, step: card.learning_steps });
			expect(state.phase).toBe({ [State.Learning]: 'learning', [State.Review]: 'review', [State.Relearning]: 'relearning' }[card.state as 1 | 2 | 3]);
			t = state.due; // answered when due
		}
		expect(state?.first).toBe(now);
	});

	it('lengthens the interval with each "good" on time, and a lapse sends the card to relearning', () => {
		let state = answer(answer(null, 'good', now), 'good', now + 10 * MINUTE);
		expect(state.phase).toBe('review');
		const intervals: number[] = [];
		for (let i = 0; i < 3; i++) {
			const before = state.due;
			state = answer(state, 'good', state.due);
			intervals.push(state.due - before);
		}
		expect(intervals[1]).toBeGreaterThan(intervals[0]);
		expect(intervals[2]).toBeGreaterThan(intervals[1]);
		const lapsed = answer(state, 'again', state.due);
		expect(lapsed).toMatchObject({ phase: 'relearning', lapses: 1, reps: state.reps + 1, due: state.due + 10 * MINUTE });
		expect(lapsed.stability).toBeLessThan(state.stability);
	});

	it('previews each answer\'s next due time as answering would set it', () => {
		const state = answer(null, 'good', now);
		const times = preview(state, now + 10 * MINUTE);
		for (const given of ['again', 'hard', 'good', 'easy'] as const) expect(times[given]).toBe(answer(state, given, now + 10 * MINUTE).due);
		expect(times.again).toBeLessThan(times.good);
		expect(times.good).toBeLessThan(times.easy);
	});
});

describe('review state as note properties', () => {
	const state = answer(answer(null, 'good', now), 'easy', now + 10 * MINUTE);

	it('writes every review property, dates as ISO strings in UTC, and reads them back', () => {
		const properties = reviewProperties(state);
		expect(Object.keys(properties)).toEqual(['review-due', 'review-state', 'review-stability', 'review-difficulty', 'review-reps', 'review-lapses', 'review-step', 'review-last', 'review-first']);
		expect(properties['review-last']).toBe('2026-12-03T09:10:00Z');
		expect(properties['review-first']).toBe('2026-12-03T09:00:00Z');
		expect(properties['review-due']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
		expect(readReviewState(properties)).toEqual({ ...state, due: Math.floor(state.due / 1000) * 1000 });
	});

	it('reads dates given as YAML timestamps or dates only, and the first review from the last when it is missing', () => {
		const { 'review-first': _first, ...rest } = reviewProperties(state);
		const read = readReviewState({ ...rest, 'review-due': '2026-12-09', 'review-last': new Date(now) });
		expect(read).toMatchObject({ due: Date.parse('2026-12-09T00:00:00Z'), last: now, first: now });
	});

	it('reads a note without review properties, or with ones that cannot be read, as never reviewed', () => {
		const properties = reviewProperties(state);
		expect(readReviewState({ term: 'swarm', tags: ['bilingual-lessons/term'] })).toBeNull();
		expect(readReviewState(undefined)).toBeNull();
		for (const [key, bad] of [['review-due', 'next week'], ['review-state', 'mastered'], ['review-stability', -1], ['review-reps', 1.5], ['review-lapses', '0'], ['review-last', null]] as const)
			expect(readReviewState({ ...properties, [key]: bad }), key).toBeNull();
	});
});
