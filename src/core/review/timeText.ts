import { startOfDay } from './queue';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long until a grade's next showing, as its button shows it: `<1m`, `10m`, `5h`, `3d`, `2.5mo`, `1.2y`. */
export function intervalText(ms: number): string {
	if (ms < MINUTE) return '<1m';
	if (ms < HOUR) return `${Math.round(ms / MINUTE)}m`;
	if (ms < DAY) return `${Math.round(ms / HOUR)}h`;
	const days = ms / DAY;
	if (days < 30) return `${Math.round(days)}d`;
	if (days < 365) return `${oneDecimal(days / 30)}mo`;
	return `${oneDecimal(days / 365)}y`;
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

function oneDecimal(n: number): string {
	return String(Math.round(n * 10) / 10);
}
