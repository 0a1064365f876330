import type { ReviewCard } from '../../core/review/card';
import { ANSWERS, type Answer } from '../../core/review/schedule';
import type { SessionSummary } from '../../core/review/ReviewSession';
import { t } from '../../lang/t';
import type { Listen } from '../glossary/GlossaryPanel';
import { clozeSentence, renderBack, renderFront, type Spoken } from './cardDom';
import { dueWords } from './dueWords';

/** What the panel asks of its host (the Obsidian view), so it stays free of Obsidian itself. */
export interface ReviewActions {
	/** Whether the speaker buttons are offered (speech synthesis available). */
	canSpeak: boolean;
	speak(text: string): void;
	grade(answer: Answer): void;
	/** Opens the card's lesson at its unit; `newTab` when the click asked for one (Ctrl/Cmd). */
	open(card: ReviewCard, evt: MouseEvent): void;
}

type Side = 'front' | 'back' | 'done';

/**
 * The review session's UI: one card at a time, front then back, or the end. Keys: Space or Enter
 * reveals the back, 1–4 grade it (Again, Hard, Good, Easy); buttons do the same. Clicks are delegated
 * to the root; the host routes keydown here (see handleKey) from its own registered listener.
 */
export class ReviewPanel {
	readonly root: HTMLElement;
	private readonly progress: HTMLElement;
	private readonly body: HTMLElement;
	private card: ReviewCard | null = null;
	private intervals: Record<Answer, string> | null = null;
	private side: Side = 'done';

	constructor(
		parent: HTMLElement,
		private readonly actions: ReviewActions,
		listen: Listen,
	) {
		this.root = parent.createDiv({ cls: 'bl-review', attr: { tabindex: -1 } });
		this.progress = this.root.createDiv({ cls: 'bl-review-progress', attr: { 'aria-live': 'polite' } });
		this.body = this.root.createDiv({ cls: 'bl-review-card' });
		listen(this.root, 'click', (evt) => this.onClick(evt));
	}

	/** Shows a card's front; `remaining` counts it too. */
	showCard(card: ReviewCard, intervals: Record<Answer, string>, remaining: number): void {
		this.card = card;
		this.intervals = intervals;
		this.progress.setText(remaining === 1 ? t('review.leftOne') : t('review.leftMany', { count: remaining }));
		this.render('front');
	}

	/** Turns the card over. */
	reveal(): void {
		if (this.side === 'front') this.render('back');
	}

	/** The end of a session: what was reviewed, how much was right, when the next card is due. */
	showSummary(summary: SessionSummary, now: number): void {
		this.end();
		const box = this.body.createDiv({ cls: 'bl-review-summary' });
		box.createDiv({ cls: 'bl-review-title', text: t('review.done') });
		const percent = summary.reviewed === 0 ? 0 : Math.round((summary.correct / summary.reviewed) * 100);
		const facts: [string, string][] = [
			[t('review.reviewed'), String(summary.reviewed)],
			[t('review.correct'), t('review.correctCount', { correct: summary.correct, percent })],
			[t('review.nextDue'), summary.nextDue === null ? '—' : dueWords(summary.nextDue, now)],
		];
		const list = box.createEl('dl', { cls: 'bl-review-facts' });
		for (const [name, value] of facts) {
			list.createEl('dt', { text: name });
			list.createEl('dd', { text: value });
		}
	}

	/** No card to show: `message` says why. */
	showEmpty(message: string): void {
		this.end();
		this.body.createDiv({ cls: 'bl-review-empty', text: message });
	}

	/** Handles a key pressed in the view; true when it was the panel's (the host then prevents its default). */
	handleKey(evt: KeyboardEvent): boolean {
		if (evt.ctrlKey || evt.metaKey || evt.altKey || isTextField(evt.target)) return false;
		if (this.side === 'front' && (evt.key === ' ' || evt.key === 'Enter')) {
			// On a focused button, Space and Enter press that button.
			if (evt.target instanceof HTMLElement && evt.target.closest('button, a')) return false;
			this.reveal();
			return true;
		}
		const answer = ANSWERS[Number(evt.key) - 1];
		if (this.side === 'back' && /^[1-4]$/.test(evt.key) && answer) {
			this.actions.grade(answer);
			return true;
		}
		return false;
	}

	focus(): void {
		this.root.focus({ preventScroll: true });
	}

	private render(side: Side): void {
		const { card, intervals } = this;
		if (!card || !intervals) return;
		this.side = side;
		this.body.empty();
		this.body.setAttr('data-side', side);
		if (side === 'front') renderFront(this.body, card, this.actions.canSpeak);
		else renderBack(this.body, card, intervals, this.actions.canSpeak);
		this.focus();
	}

	private end(): void {
		this.card = null;
		this.side = 'done';
		this.progress.setText('');
		this.body.empty();
		this.body.setAttr('data-side', 'done');
	}

	private onClick(evt: MouseEvent): void {
		const target = (evt.target as HTMLElement | null)?.closest<HTMLElement>('[data-action]');
		const card = this.card;
		if (!target || !card) return;
		switch (target.dataset.action) {
			case 'reveal':
				this.reveal();
				break;
			case 'grade':
				if (this.side === 'back') this.actions.grade(target.dataset.answer as Answer);
				break;
			case 'speak':
				this.actions.speak(spokenText(card, target.dataset.speak as Spoken));
				break;
			case 'open':
				evt.preventDefault();
				this.actions.open(card, evt);
				break;
		}
	}
}

function spokenText(card: ReviewCard, spoken: Spoken): string {
	return spoken === 'sentence' && card.cloze ? clozeSentence(card.cloze) : card.term;
}

function isTextField(target: EventTarget | null): boolean {
	return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}
