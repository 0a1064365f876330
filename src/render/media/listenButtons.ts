import { t } from '../../lang/t';
import type { Unit } from '../../core/model';

/**
 * How a card offers its unit to the ear: `play` when the lesson names its media (the time range is
 * a button that plays that span), `speak` when it has none and the platform can read English aloud
 * (a 🔊 button), absent otherwise (the time stays text: no dead button).
 */
export type Listen = 'play' | 'speak';

/** The header's time range (as written: `15:09–15:22`, `1:02:03`), a play button when `listen` is `play`; then a 🔊 for `speak`. */
export function renderTimeRange(header: HTMLElement, unit: Unit, listen: Listen | undefined): void {
	const range = unit.start ? (unit.end ? `${unit.start}–${unit.end}` : unit.start) : null;
	if (range && listen === 'play') {
		header.createEl('button', { cls: 'bl-play', text: range, attr: { 'data-bl-play': unit.n, 'aria-label': t('media.playUnit', { n: unit.n, range }) } });
		return;
	}
	if (range) header.appendText(range);
	if (listen === 'speak') header.createEl('button', { cls: 'bl-speak', text: '🔊', attr: { 'data-bl-speak': unit.n, 'aria-label': t('media.speakUnit', { n: unit.n }) } });
}
