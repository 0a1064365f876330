import type { StudyPart } from '../../core/cards/StudyState';

/** What a click inside a card asks for; the Obsidian layer carries it out. */
export type CardAction =
	/** A study-mode button: that part of the unit shown, or hidden again. */
	| { kind: 'study'; unit: number; part: StudyPart }
	| { kind: 'open'; path: string }
	/** The glossary, searching for a term. */
	| { kind: 'glossary'; term: string }
	| { kind: 'jump'; line: number }
	/** The mis-encoded diagnostic's button: the repair's preview. */
	| { kind: 'repair' }
	/** A unit's time range: its span of the lesson's media played. */
	| { kind: 'play'; unit: number }
	/** A unit's 🔊: its English read aloud. */
	| { kind: 'speak'; unit: number }
	/** A term of the English: its popover. */
	| { kind: 'term'; span: HTMLElement };

/** The action for a click on `target`, or null when the click is not for the cards. */
export function actionFor(target: EventTarget | null): CardAction | null {
	if (!isElement(target)) return null;
	const chip = target.closest(NOTE_LINKS);
	if (chip) return { kind: 'open', path: chip.getAttribute('data-href') ?? '' };
	// A web link written in the English opens as links do, not the popover of a term it is in.
	if (target.closest('.bl-english a.external-link')) return null;
	const glossary = target.closest('[data-bl-glossary]');
	if (glossary) return { kind: 'glossary', term: glossary.getAttribute('data-bl-glossary') ?? '' };
	if (target.closest('.bl-diagnostic-repair')) return { kind: 'repair' };
	const jump = target.closest('.bl-diagnostic-line[data-line]');
	if (jump) return { kind: 'jump', line: Number(jump.getAttribute('data-line')) };
	const play = target.closest('.bl-card-block [data-bl-play]');
	if (play) return { kind: 'play', unit: Number(play.getAttribute('data-bl-play')) };
	const speak = target.closest('.bl-card-block [data-bl-speak]');
	if (speak) return { kind: 'speak', unit: Number(speak.getAttribute('data-bl-speak')) };
	// A study toggle: under the English, or the translation's own.
	const toggle = target.closest('.bl-card-block [data-bl-study]');
	const card = toggle?.closest('.bl-card-block[data-bl-unit]');
	if (toggle && card) return { kind: 'study', unit: Number(card.getAttribute('data-bl-unit')), part: toggle.getAttribute('data-bl-study') as StudyPart };
	const term = termSpanAt(target);
	if (term) return { kind: 'term', span: term };
	return null;
}

/** The note link a pointer is over, for hover previews. */
export function chipLinkAt(target: EventTarget | null): HTMLElement | null {
	return isElement(target) ? target.closest<HTMLElement>(NOTE_LINKS) : null;
}

/** Links to notes: a chip's to its term note, a vocabulary row's, and a wikilink written in the English. */
const NOTE_LINKS = 'a.bl-chip[data-href], a.bl-vocab-link[data-href], a.bl-english-link[data-href]';

/** The term span of the English an event happened in, or null. */
export function termSpanAt(target: EventTarget | null): HTMLElement | null {
	return isElement(target) ? target.closest<HTMLElement>('.bl-english .bl-term') : null;
}

/** Duck-typed: `instanceof Element` fails for events from a popout window's own realm. */
function isElement(target: EventTarget | null): target is Element {
	return typeof (target as Element | null)?.closest === 'function';
}

/**
 * The English text a selection covers when it lies within one card's English (glosses and hidden
 * brackets left out), with that English; else null.
 */
export function selectionInEnglish(selection: Selection | null): { english: HTMLElement; text: string } | null {
	if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
	const range = selection.getRangeAt(0);
	const start = range.startContainer.parentElement?.closest<HTMLElement>('.bl-english') ?? null;
	const end = range.endContainer.parentElement?.closest<HTMLElement>('.bl-english') ?? null;
	if (!start || start !== end) return null;
	const copy = range.cloneContents();
	for (const el of copy.querySelectorAll('.bl-gloss, .bl-bracket')) el.remove();
	return { english: start, text: copy.textContent ?? '' };
}
