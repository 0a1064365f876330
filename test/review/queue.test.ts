import { describe, expect, it } from 'vitest';
import { buildQueue, startOfDay, type ReviewNote } from '../../src/core/review/queue';
import type { ReviewState } from '../../src/core/review/state';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = new Date(2026, 11, 3, 9, 0).getTime(); // local time: "today" is the local day
const today = startOfDay(now);

const reviewed = (path: string, state: Partial<ReviewState>): ReviewNote => ({
	path,
	term: path,
	state: { due: now, phase: 'review', stability: 5, difficulty: 5, reps: 3, lapses: 0, step: 0, last: now - 5 * DAY, first: now - 20 * DAY, ...state },
});
const fresh = (path: string): ReviewNote => ({ path, term: path, state: null });
const paths = (notes: readonly ReviewNote[]) => notes.map((n) => n.path);
const unlimited = { newPerDay: 1000, reviewsPerDay: 1000 };

describe('the review queue', () => {
	it('holds the cards due today by due time, then new cards by path; not those due tomorrow', () => {
		const notes = [
			fresh('Terms/b.md'),
			reviewed('Terms/late.md', { due: today + 23 * HOUR }),
			reviewed('Terms/tomorrow.md', { due: today + DAY }),
			fresh('Terms/a.md'),
			reviewed('Terms/overdue.md', { due: now - 3 * DAY }),
			reviewed('Terms/early.md', { due: today + HOUR }),
		];
		expect(paths(buildQueue(notes, now, unlimited).cards)).toEqual(['Terms/overdue.md', 'Terms/early.md', 'Terms/late.md', 'Terms/a.md', 'Terms/b.md']);
	});

	it('shows a card in a learning step only when the step falls due within 20 minutes', () => {
		const notes = [reviewed('soon.md', { phase: 'learning', due: now + 15 * 60_000, last: now - 60_000, first: now - 60_000 }), reviewed('later.md', { phase: 'relearning', due: now + HOUR, last: now - 60_000 })];
		expect(paths(buildQueue(notes, now, unlimited).cards)).toEqual(['soon.md']);
	});

	it('takes at most the day\'s new cards and reviews, the most overdue reviews first', () => {
		const notes = [...['n1', 'n2', 'n3', 'n4'].map(fresh), ...[1, 2, 3, 4].map((d) => reviewed(`r${d}`, { due: now - d * DAY }))];
		const queue = buildQueue(notes, now, { newPerDay: 2, reviewsPerDay: 3 });
		expect(paths(queue.cards)).toEqual(['r4', 'r3', 'r2', 'n1', 'n2']);
		expect(buildQueue(notes, now, { newPerDay: 0, reviewsPerDay: 0 }).cards).toEqual([]);
	});

	it('counts what the notes say was done today against the limits, and brings back cards answered today whatever the limits', () => {
		const notes = [
			// Learnt today (first review today): one of today's new cards; its 10-minute step is due.
			reviewed('learnt.md', { phase: 'learning', due: now + 60_000, last: now - 9 * 60_000, first: now - 9 * 60_000 }),
			// Reviewed today and done for the day: one of today's reviews.
			reviewed('done.md', { due: now + 4 * DAY, last: today + HOUR }),
			// Lapsed today: a review of today's, back for its relearning step.
			reviewed('lapsed.md', { phase: 'relearning', due: now + 5 * 60_000, last: now - 5 * 60_000, lapses: 1 }),
			// Reviewed yesterday, late in the evening: not today's.
			reviewed('yesterday.md', { due: now + 3 * DAY, last: today - 60_000, first: today - 60_000 }),
			reviewed('due1.md', { due: now - DAY }),
			reviewed('due2.md', { due: now - 2 * DAY }),
			fresh('new1.md'),
			fresh('new2.md'),
		];
		const queue = buildQueue(notes, now, { newPerDay: 2, reviewsPerDay: 3 });
		expect(queue).toMatchObject({ newToday: 1, reviewedToday: 2 });
		// One review left for today: the most overdue; the cards answered today come back in due order; one new card left.
		expect(paths(queue.cards)).toEqual(['due2.md', 'learnt.md', 'lapsed.md', 'new1.md']);
	});
});
