import { dueIn } from '../../core/review/timeText';
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
