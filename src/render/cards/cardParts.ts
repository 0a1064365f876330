import type { UnitSlice } from '../../core/cards/blockPlan';
import type { Term, Unit } from '../../core/model';
import type { StudyState } from '../../core/cards/StudyState';
import type { CardEnv } from './cardEnv';
import { labelToggle } from './studyBar';
import { renderTimeRange, type Listen } from '../media/listenButtons';
import { t } from '../../lang/t';

/**
 * Card header: unit number, time range and 🔥 count (`data-bl-hot`, drawn by CSS, which gives
 * screen readers `data-bl-hot-label` for it; a tooltip says it too: one element fewer per card,
 * and a reading view renders hundreds); `data-bl-unit` anchors the card. The time range plays the
 * unit, or a 🔊 reads it (see media/listenButtons).
 */
export function renderHeader(parent: HTMLElement, unit: Unit, listen?: Listen): HTMLElement {
	const hot = unit.terms.filter((term) => term.hot).length;
	const label = hot === 1 ? t('card.keyTerms.one') : t('card.keyTerms.other', { count: hot });
	const attr: Record<string, string> = hot > 0 ? { 'data-bl-hot': `🔥 ${hot}`, 'data-bl-hot-label': label, title: t('card.keyTermsTitle', { label }) } : {};
	const header = parent.createDiv({ cls: 'bl-card-header', attr });
	header.createSpan({ cls: 'bl-unit-number', text: String(unit.n) });
	renderTimeRange(header, unit, listen);
	return header;
}

/**
 * The study-mode button at the top of a translation (`translation` is the element holding it) that
 * shows it or hides it again, added the first time study mode needs it; CSS shows it only in study mode.
 */
export function ensureRevealButton(translation: HTMLElement, study: StudyState, unit: number): void {
	const button = translation.find(':scope > .bl-reveal') ?? translation.createEl('button', { cls: 'bl-reveal bl-study-toggle', attr: { 'data-bl-study': 'translation' }, prepend: true });
	labelToggle(button, study, unit);
}

/** The unit's translation rendered from the model, for a block that mixes it with other parts. */
export function renderTranslation(parent: HTMLElement, unit: Unit, env: Pick<CardEnv, 'renderMarkdown' | 'study'>): HTMLElement {
	const translation = parent.createDiv({ cls: 'bl-translation' });
	env.renderMarkdown(unit.translation, translation);
	if (env.study.study) ensureRevealButton(translation, env.study, unit.n);
	return translation;
}

/**
 * The analysis list as chips, each an internal link to its term note when there is one;
 * bullets the parser could not read stay as written.
 */
export function renderChips(parent: HTMLElement, slice: Pick<UnitSlice, 'terms' | 'unread'>, env: Pick<CardEnv, 'notePath'>): HTMLElement {
	const chips = parent.createDiv({ cls: 'bl-chips' });
	for (const term of slice.terms) renderChip(chips, term, env.notePath(term));
	for (const bullet of slice.unread) chips.createSpan({ cls: ['bl-chip', 'bl-chip-unread'], text: bullet.text });
	return chips;
}

function renderChip(parent: HTMLElement, term: Term, path: string | null): void {
	const cls = term.hot ? ['bl-chip', 'bl-chip-hot'] : ['bl-chip'];
	const chip = path
		? parent.createEl('a', { cls: [...cls, 'internal-link'], href: path, attr: { 'data-href': path } })
		: parent.createSpan({ cls });
	chip.createSpan({ cls: 'bl-chip-term', text: term.term });
	// Plain text, in the chip's own (faint) colour: one element fewer per chip.
	if (term.ipa) chip.appendText(`/${term.ipa}/`);
	chip.createSpan({ cls: 'bl-chip-meaning', text: term.pos ? `${term.pos} · ${term.meaning}` : term.meaning });
}
