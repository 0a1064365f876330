import type { Term } from '../../core/model';
import { t } from '../../lang/t';

/** What the popover shows about a term besides the term itself. */
export interface PopoverInfo {
	/** Path of the term's note, or null when it has none. */
	notePath(term: Term): string | null;
	/** How many lessons of the vault gloss the term (this one included); 0 while the glossary is not indexed. */
	lessonCount(term: Term): number;
	/** Whether the platform can pronounce text (speech synthesis; Android's WebView has none). */
	canSpeak: boolean;
}

/**
 * The popover of a term in the English: for each of its terms (overlapping terms share one piece of
 * text) the term, 🔥, IPA, part of speech, meaning, a speaker, a link to its term note and to the
 * glossary. Buttons carry `data-bl-action` and `data-bl-term` (the term's index in `terms`); the
 * host acts on them.
 */
export function renderTermPopover(parent: HTMLElement, terms: Term[], info: PopoverInfo): HTMLElement {
	const list = parent.createDiv({ cls: 'bl-popover-terms' });
	terms.forEach((term, i) => renderEntry(list, term, i, info));
	return list;
}

function renderEntry(parent: HTMLElement, term: Term, i: number, info: PopoverInfo): void {
	const entry = parent.createDiv({ cls: term.hot ? 'bl-popover-entry is-hot' : 'bl-popover-entry' });
	const head = entry.createDiv({ cls: 'bl-popover-head' });
	head.createSpan({ cls: 'bl-popover-term', text: term.term });
	if (term.hot) head.createSpan({ cls: 'bl-popover-hot', text: '🔥', attr: { role: 'img', 'aria-label': t('term.keyTerm'), title: t('term.keyTerm') } });
	if (term.ipa) head.createSpan({ cls: 'bl-popover-ipa', text: `/${term.ipa}/` });
	if (term.pos) head.createSpan({ cls: 'bl-popover-pos', text: term.pos });
	entry.createDiv({ cls: 'bl-popover-meaning', text: term.meaning });
	const actions = entry.createDiv({ cls: 'bl-popover-actions' });
	const data = { 'data-bl-term': i };
	if (info.canSpeak) {
		actions.createEl('button', { cls: 'bl-popover-speak', text: t('popover.listen'), attr: { ...data, 'data-bl-action': 'speak', 'aria-label': t('term.pronounce', { term: term.term }) } });
	} else {
		actions.createSpan({ cls: 'bl-popover-no-speech', text: t('popover.noSpeech') });
	}
	const path = info.notePath(term);
	if (path) actions.createEl('a', { cls: 'bl-popover-note internal-link', text: t('popover.termNote'), href: path, attr: { ...data, 'data-href': path, 'data-bl-action': 'note' } });
	const others = info.lessonCount(term) - 1;
	const glossary = others === 1 ? t('popover.alsoIn.one') : others > 1 ? t('popover.alsoIn.other', { count: others }) : t('popover.inGlossary');
	actions.createEl('button', { cls: 'bl-popover-glossary', text: glossary, attr: { ...data, 'data-bl-action': 'glossary' } });
}
