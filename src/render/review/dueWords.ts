import { dueIn, intervalOf } from '../../core/review/timeText';
import { t } from '../../lang/t';

/** When a card is due, in the interface language: `now`, `in 10 minutes`, `tomorrow`, `in 5 days`. */
export function dueWords(due: number, now: number): string {
	const when = dueIn(due, now);
	switch (when.unit) {
		case 'now':
			return t('due.now');
		case 'tomorrow':
			return t('due.tomorrow');
		case 'minutes':
			return when.n === 1 ? t('due.minute') : t('due.minutes', { n: when.n });
		case 'hours':
			return when.n === 1 ? t('due.hour') : t('due.hours', { n: when.n });
		case 'days':
			return t('due.days', { n: when.n });
	}
}

/** A grade button's interval in the interface language, short: `<1m`, `10m`, `2.5mo` (`10分钟`, `2.5个月`). */
export function intervalWords(ms: number): string {
	const { unit, n } = intervalOf(ms);
	return unit === 'underMinute' ? t('interval.underMinute') : t(`interval.${unit}`, { n });
}
