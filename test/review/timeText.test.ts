import { describe, expect, it } from 'vitest';
import { intervalText } from '../../src/core/review/timeText';
import { dueWords as dueText } from '../../src/render/review/dueWords';

const MIN = 60_000;
const DAY = 86_400_000;

describe('review times in words', () => {
	it('shortens a grade button interval to one unit', () => {
		expect([30_000, MIN, 10 * MIN, 5 * 60 * MIN, 3 * DAY, 75 * DAY, 500 * DAY].map(intervalText)).toEqual(['<1m', '1m', '10m', '5h', '3d', '2.5mo', '1.4y']);
	});

	it('says when a card is due by the local calendar', () => {
		const morning = new Date(2026, 11, 3, 9, 0).getTime();
		const evening = new Date(2026, 11, 3, 23, 0).getTime();
		expect(dueText(morning - MIN, morning)).toBe('Now');
		expect(dueText(morning + 30_000, morning)).toBe('In 1 minute');
		expect(dueText(morning + 10 * MIN, morning)).toBe('In 10 minutes');
		expect(dueText(morning + 3 * 60 * MIN, morning)).toBe('In 3 hours');
		// Two hours after 23:00 is tomorrow, not "in 2 hours".
		expect(dueText(evening + 2 * 60 * MIN, evening)).toBe('Tomorrow');
		expect(dueText(new Date(2026, 11, 8, 7, 0).getTime(), evening)).toBe('In 5 days');
	});
});
