import { buildQueue, type ReviewNote } from '../../src/core/review/queue';
import { answer } from '../../src/core/review/schedule';
import { readReviewState, reviewProperties } from '../../src/core/review/state';
import { medianMs, withinBudget, type Bench } from './bench';

const NOTES = 20_000;
const BUDGET_MS = 100;
const DAY = 86_400_000;

/**
 * 20,000 term notes' frontmatter as the metadata cache gives it: a quarter never reviewed, the rest
 * reviewed over the last 60 days and due anywhere from 30 days ago to 30 days ahead.
 */
function frontmatters(now: number): { path: string; term: string; frontmatter: Record<string, unknown> }[] {
	return Array.from({ length: NOTES }, (_, i) => {
		const term = `term ${i}`;
		const base = { term, tags: ['bilingual-lessons/term'], lessons: [`[[lesson ${i % 500}]]`] };
		if (i % 4 === 0) return { path: `Terms/${term}.md`, term, frontmatter: base };
		const reviewed = answer(answer(null, 'good', now - ((i * 7919) % 60) * DAY), 'good', now - ((i * 7919) % 60) * DAY + 600_000);
		const due = now + (((i * 104729) % 61) - 30) * DAY;
		return { path: `Terms/${term}.md`, term, frontmatter: { ...base, ...reviewProperties({ ...reviewed, due }) } };
	});
}

export const reviewBench: Bench = {
	name: 'review',
	run() {
		const now = Date.now();
		const notes = frontmatters(now);
		let queued = 0;
		const build = () => {
			const read: ReviewNote[] = notes.map(({ path, term, frontmatter }) => ({ path, term, state: readReviewState(frontmatter) }));
			queued = buildQueue(read, now, { newPerDay: 20, reviewsPerDay: 200 }).cards.length;
		};
		const ms = medianMs(build, 15, 3);
		return [withinBudget(`queue over ${NOTES} term notes (properties read, ${queued} cards queued)`, ms, BUDGET_MS, queued === 220)];
	},
};
