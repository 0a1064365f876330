import { startOfDay } from './queue';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long until a grade's next showing, in its largest unit: under a minute, minutes, hours, days, months (of 30 days), years. */
export type Interval = { unit: 'underMinute'; n: 0 } | { unit: 'minutes' | 'hours' | 'days' | 'months' | 'years'; n: number };

/** The interval a grade button shows, rounded as its hint needs: whole minutes, hours and days; months and years to one decimal. */
export function intervalOf(ms: number): Interval {
	if (ms < MINUTE) return { unit: 'underMinute', n: 0 };
	if (ms < HOUR) return { unit: 'minutes', n: Math.round(ms / MINUTE) };
	if (ms < DAY) return { unit: 'hours', n: Math.round(ms / HOUR) };
	const days = ms / DAY;
	if (days < 30) return { unit: 'days', n: Math.round(days) };
	if (days < 365) return { unit: 'months', n: oneDecimal(days / 30) };
	return { unit: 'years', n: oneDecimal(days / 365) };
}

/** When a card is due, as words would say it: now, in minutes or hours (later today), tomorrow, in days. */
export type DueIn = { unit: 'now' | 'tomorrow'; n: 0 } | { unit: 'minutes' | 'hours' | 'days'; n: number };

/** When a card is due, by the local calendar: later today in minutes or hours, then tomorrow, then days; past due is now. */
export function dueIn(due: number, now: number): DueIn {
	const left = due - now;
	if (left <= 0) return { unit: 'now', n: 0 };
	const tomorrow = nextDay(now);
	if (due < tomorrow) {
		if (left < HOUR) return { unit: 'minutes', n: Math.max(1, Math.round(left / MINUTE)) };
		return { unit: 'hours', n: Math.round(left / HOUR) };
	}
	if (due < nextDay(tomorrow)) return { unit: 'tomorrow', n: 0 };
	return { unit: 'days', n: Math.round((startOfDay(due) - startOfDay(now)) / DAY) };
}

/** Local midnight after the day holding `ms` (safe across a daylight-saving change). */
function nextDay(ms: number): number {
	return startOfDay(startOfDay(ms) + 36 * HOUR);
}

function oneDecimal(n: number): number {
	return Math.round(n * 10) / 10;
}
