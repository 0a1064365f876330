import { slashed } from '../../core/glossary/exportFormats';
import { matchRanges } from '../../core/glossary/search';
import type { Appearance, EntryDetails, GlossaryEntry, Occurrence, UnitText } from '../../core/glossary/types';
import { appendMarked } from './highlight';
import { t } from '../../lang/t';
import { lessonCount } from './controls';
import { dueWords } from '../review/dueWords';

/** What a row needs to know besides its entry. Rows carry `data-action`s; the panel handles the events. */
export interface RowContext {
	/** The search words, for highlighting. */
	tokens: string[];
	expanded: boolean;
	/** The expanded row's sentences and other appearances, once read from the lessons (null until then). */
	details: EntryDetails | null;
	/** The row's position in the list. */
	index: number;
	hasNote: boolean;
	canSpeak: boolean;
	/** When the term's note is next due for review (ms), or null; and the time now, to say it in words. */
	due: number | null;
	now: number;
}

const SEARCH_MARK = 'bl-glossary-match';

/**
 * One glossary row: term, IPA, POS, 🔥, lesson count and speaker on the first line, the meaning below, and its
 * occurrences when expanded. A click on the row outside its buttons toggles it (a CSS chevron shows which way);
 * Enter does on the focused row. Rows are few elements: a virtualised list rebuilds them on every keystroke.
 */
export function renderRow(parent: HTMLElement, entry: GlossaryEntry, ctx: RowContext): HTMLElement {
	const meaning = entry.meanings.join('; ');
	const lessons = lessonCount(entry.lessonCount);
	const cls = ['bl-glossary-row'];
	if (ctx.expanded) cls.push('is-expanded');
	if (entry.hot) cls.push('is-hot');
	const row = parent.createDiv({
		cls,
		attr: {
			role: 'listitem',
			tabindex: -1,
			'data-index': ctx.index,
			'data-key': entry.key,
			'aria-expanded': String(ctx.expanded),
			'aria-label': t(entry.hot ? 'glossary.rowLabelHot' : 'glossary.rowLabel', { term: entry.term, lessons, meaning }),
		},
	});
	const term = row.createEl('button', {
		cls: ctx.hasNote ? 'bl-glossary-term has-note' : 'bl-glossary-term',
		attr: { 'data-action': 'term', 'aria-label': t(ctx.hasNote ? 'glossary.openNote' : 'glossary.createNote', { term: entry.term }) },
	});
	appendMarked(term, entry.term, matchRanges(entry.term, ctx.tokens), SEARCH_MARK);
	if (entry.ipa.length > 0) {
		const ipa = entry.ipa.map(slashed).join(' ');
		appendMarked(row.createSpan({ cls: 'bl-glossary-ipa' }), ipa, matchRanges(ipa, ctx.tokens), SEARCH_MARK);
	}
	if (entry.pos.length > 0) row.createSpan({ cls: 'bl-glossary-pos', text: entry.pos.join(', ') });
	if (entry.hot) row.createSpan({ cls: 'bl-glossary-hot', text: '🔥', attr: { 'aria-label': t('term.keyTerm'), role: 'img' } });
	// The row's label says it for screen readers; the tooltip, for the eye.
	row.createSpan({ cls: 'bl-glossary-count', text: String(entry.lessonCount), attr: { title: t('glossary.glossedIn', { lessons }), 'aria-hidden': 'true' } });
	if (ctx.due !== null) {
		const when = dueWords(ctx.due, ctx.now);
		row.createSpan({ cls: 'bl-glossary-due', text: when, attr: { title: t('glossary.nextReview', { when }) } });
	}
	if (ctx.canSpeak) {
		row.createEl('button', {
			cls: 'bl-glossary-speak clickable-icon',
			text: '🔊',
			attr: { 'data-action': 'speak', 'aria-label': t('term.pronounce', { term: entry.term }) },
		});
	}
	appendMarked(row.createDiv({ cls: 'bl-glossary-meaning' }), meaning, matchRanges(meaning, ctx.tokens), SEARCH_MARK);
	if (ctx.expanded) renderOccurrences(row, entry.occurrences, ctx.details);
	return row;
}

/**
 * Every occurrence as a button that opens the lesson at its unit: source, sentence (term marked), translation;
 * then the units that use the term without glossing it ("also appears in"). The text comes with the details.
 */
function renderOccurrences(row: HTMLElement, occurrences: readonly Occurrence[], details: EntryDetails | null): void {
	const list = row.createDiv({ cls: 'bl-glossary-occurrences', attr: { 'aria-busy': String(details === null) } });
	occurrences.forEach((occurrence, i) => {
		renderPlace(list, occurrence, details?.occurrences[i] ?? null, { 'data-action': 'occurrence', 'data-occurrence': i });
	});
	const alsoIn = details?.alsoIn ?? [];
	if (alsoIn.length === 0) return;
	list.createDiv({ cls: 'bl-glossary-also-in', text: alsoIn.length === 1 ? t('glossary.alsoAppears.one') : t('glossary.alsoAppears.other', { count: alsoIn.length }) });
	alsoIn.forEach((appearance: Appearance, i) => {
		renderPlace(list, appearance, appearance, { 'data-action': 'appearance', 'data-appearance': i });
	});
}

function renderPlace(list: HTMLElement, place: { lessonTitle: string; unit: number }, text: UnitText | null, attr: Record<string, string | number>): void {
	const source = t('glossary.place', { lesson: place.lessonTitle, unit: place.unit });
	const button = list.createEl('button', { cls: 'bl-glossary-occurrence', attr: { ...attr, title: t('glossary.openPlace', { place: source }) } });
	button.createSpan({ cls: 'bl-glossary-occurrence-source', text: source });
	if (!text) return;
	const sentence = button.createSpan({ cls: 'bl-glossary-sentence' });
	appendMarked(sentence, text.sentence, text.span ? [text.span] : [], 'bl-glossary-term-mark');
	// Translations keep inline **bold** names; the markers themselves are noise here.
	button.createSpan({ cls: 'bl-glossary-translation', text: text.translation.replace(/\*\*/g, '') });
}
