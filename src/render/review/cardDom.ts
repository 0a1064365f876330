import { slashed } from '../../core/glossary/exportFormats';
import type { ReviewCard } from '../../core/review/card';
import type { Cloze } from '../../core/review/cloze';
import { ANSWERS, type Answer } from '../../core/review/schedule';
import { t } from '../../lang/t';

/** What a card's speaker buttons say: the sentence, whole, or the term. */
export type Spoken = 'sentence' | 'term';


/** The sentence as the lesson has it, term included: what 🔊 reads. */
export function clozeSentence(cloze: Cloze): string {
	return `${cloze.before}${cloze.answer}${cloze.after}`;
}

/**
 * The front: the lesson sentence with the term blanked (a card without a sentence asks from the meaning,
 * as the meaning direction does), and the reveal button. The sentence's 🔊 reads it whole: a hint by ear.
 */
export function renderFront(parent: HTMLElement, card: ReviewCard, canSpeak: boolean): void {
	const front = parent.createDiv({ cls: 'bl-review-front' });
	if (card.direction === 'cloze' && card.cloze) {
		front.createDiv({ cls: 'bl-review-prompt', text: t('review.fillBlank') });
		const sentence = front.createDiv({ cls: 'bl-review-sentence', attr: { lang: 'en' } });
		sentence.appendText(card.cloze.before);
		sentence.createSpan({ cls: 'bl-review-blank', text: '…', attr: { 'aria-label': t('review.blank') } });
		sentence.appendText(card.cloze.after);
		if (canSpeak) speakButton(sentence, 'sentence', t('review.hearSentence'));
	} else {
		front.createDiv({ cls: 'bl-review-prompt', text: t('review.whichTerm') });
		const meaning = front.createDiv({ cls: 'bl-review-meaning', text: card.meaning });
		if (card.pos) meaning.createSpan({ cls: 'bl-review-pos', text: card.pos });
	}
	parent.createEl('button', { cls: 'bl-review-reveal mod-cta', text: t('review.showAnswer'), attr: { 'data-action': 'reveal', 'aria-keyshortcuts': 'Space' } });
}

/**
 * The back, in the front's place: the term with its IPA and part of speech, the meaning, the sentence with the term marked, its translation, the lesson it is from; then the grades,
 * each with when it would bring the card back.
 */
export function renderBack(parent: HTMLElement, card: ReviewCard, intervals: Record<Answer, string>, canSpeak: boolean): void {
	const back = parent.createDiv({ cls: 'bl-review-back' });
	const head = back.createDiv({ cls: 'bl-review-term-line' });
	head.createSpan({ cls: 'bl-review-term', text: card.term, attr: { lang: 'en' } });
	if (card.ipa) head.createSpan({ cls: 'bl-review-ipa', text: slashed(card.ipa) });
	if (card.pos) head.createSpan({ cls: 'bl-review-pos', text: card.pos });
	if (canSpeak) speakButton(head, 'term', t('review.pronounce', { term: card.term }));
	back.createDiv({ cls: 'bl-review-meaning', text: card.meaning });
	if (card.cloze) {
		const sentence = back.createDiv({ cls: 'bl-review-sentence', attr: { lang: 'en' } });
		sentence.appendText(card.cloze.before);
		sentence.createEl('mark', { cls: 'bl-review-answer', text: card.cloze.answer });
		sentence.appendText(card.cloze.after);
		if (canSpeak) speakButton(sentence, 'sentence', t('review.hearSentence'));
	}
	if (card.translation) back.createDiv({ cls: 'bl-review-translation', text: card.translation });
	if (card.place) {
		const where = { lesson: card.place.lessonTitle, unit: card.place.unit };
		back.createEl('a', { cls: 'bl-review-source', text: t('review.source', where), href: '#', attr: { 'data-action': 'open', 'aria-label': t('review.openSource', where) } });
	}
	const grades = parent.createDiv({ cls: 'bl-review-grades', attr: { role: 'group', 'aria-label': t('review.grades') } });
	ANSWERS.forEach((answer, i) => {
		const name = t(`review.${answer}`);
		const button = grades.createEl('button', {
			cls: `bl-review-grade mod-${answer}`,
			attr: { 'data-action': 'grade', 'data-answer': answer, 'aria-keyshortcuts': String(i + 1), 'aria-label': t('review.gradeLabel', { grade: name, interval: intervals[answer] }) },
		});
		button.createSpan({ cls: 'bl-review-grade-name', text: name });
		button.createSpan({ cls: 'bl-review-grade-interval', text: intervals[answer] });
		button.createEl('kbd', { cls: 'bl-review-key', text: String(i + 1) });
	});
}


function speakButton(parent: HTMLElement, spoken: Spoken, label: string): void {
	parent.createEl('button', { cls: 'bl-review-speak clickable-icon', text: '🔊', attr: { 'data-action': 'speak', 'data-speak': spoken, 'aria-label': label } });
}
