import { describe, expect, it } from 'vitest';
import { ReviewSession } from '../../src/core/review/ReviewSession';
import type { ReviewNote } from '../../src/core/review/queue';

const MINUTE = 60_000;
const now = Date.parse('2026-12-03T09:00:00Z');
const fresh = (path: string): ReviewNote => ({ path, term: path, state: null });

describe('a review session', () => {
	it('goes through the queue in order and brings a card back once its learning step is due', () => {
		const session = new ReviewSession([fresh('a'), fresh('b'), fresh('c')]);
		expect(session.current(now)?.path).toBe('a');
		session.answer('again', now); // a: 1-minute step
		expect(session.current(now)?.path).toBe('b');
		expect(session.remaining).toBe(3);
		session.answer('easy', now + 30_000); // b graduates: not back today
		expect(session.current(now + 2 * MINUTE)?.path).toBe('a'); // a's step is due before c
		session.answer('good', now + 2 * MINUTE); // a: 10-minute step
		expect(session.current(now + 3 * MINUTE)?.path).toBe('c');
		session.answer('good', now + 3 * MINUTE); // c: 10-minute step
		// Nothing else left: the step due first is shown early rather than ending the session.
		expect(session.current(now + 4 * MINUTE)?.path).toBe('a');
		const a = session.answer('good', now + 4 * MINUTE);
		expect(a.state.phase).toBe('review');
		expect(session.current(now + 4 * MINUTE)?.path).toBe('c');
		session.answer('good', now + 5 * MINUTE);
		expect(session.current(now + 5 * MINUTE)).toBeNull();
		expect(session.remaining).toBe(0);
	});

	it('carries each answer\'s state to the card\'s next turn', () => {
		const session = new ReviewSession([fresh('a')]);
		const first = session.answer('good', now);
		expect(first.note.state).toBe(first.state);
		const second = session.answer('good', now + 10 * MINUTE);
		expect(second.state).toMatchObject({ reps: 2, phase: 'review', first: now, last: now + 10 * MINUTE });
	});

	it('sums up the cards answered, those right the first time, and the earliest next due', () => {
		const session = new ReviewSession([fresh('a'), fresh('b'), fresh('c')]);
		expect(session.summary()).toEqual({ reviewed: 0, correct: 0, nextDue: null });
		session.answer('again', now);
		session.answer('easy', now);
		const c = session.answer('hard', now);
		session.answer('good', now + 2 * MINUTE); // a again, right this time: still not correct the first time
		expect(session.summary()).toEqual({ reviewed: 3, correct: 2, nextDue: c.state.due });
	});
});
