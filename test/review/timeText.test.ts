import { afterEach, describe, expect, it } from 'vitest';
import { intervalOf } from '../../src/core/review/timeText';
import { setInterfaceLanguage } from '../../src/lang/t';
import { dueWords as dueText, intervalWords } from '../../src/render/review/dueWords';

const MIN = 60_000;
const DAY = 86_400_000;

const SPANS = [30_000, MIN, 10 * MIN, 5 * 60 * MIN, 3 * DAY, 75 * DAY, 500 * DAY];

describe('review times in words', () => {
	afterEach(() => setInterfaceLanguage('en'));

	it('rounds a grade button interval in its largest unit', () => {
		expect(SPANS.map(intervalOf)).toEqual([
			{ unit: 'underMinute', n: 0 },
			{ unit: 'minutes', n: 1 },
			{ unit: 'minutes', n: 10 },
			{ unit: 'hours', n: 5 },
			{ unit: 'days', n: 3 },
			{ unit: 'months', n: 2.5 },
			{ unit: 'years', n: 1.4 },
		]);
	});

	it('words a grade button interval in the interface language', () => {
		expect(SPANS.map(intervalWords)).toEqual(['<1m', '1m', '10m', '5h', '3d', '2.5mo', '1.4y']);
		setInterfaceLanguage('zh');
		expect(SPANS.map(intervalWords)).toEqual(['<1分钟', '1分钟', '10分钟', '5小时', '3天', '2.5个月', '1.4年']);
		setInterfaceLanguage('zh-TW');
		expect(SPANS.map(intervalWords)).toEqual(['<1分鐘', '1分鐘', '10分鐘', '5小時', '3天', '2.5個月', '1.4年']);
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
