import { ItemView, Keymap, Notice, type WorkspaceLeaf } from 'obsidian';
import type { ReviewCard } from '../../core/review/card';
import type { ReviewNote } from '../../core/review/queue';
import { ANSWERS, preview, type Answer } from '../../core/review/schedule';
import { ReviewSession } from '../../core/review/ReviewSession';
import { t } from '../../lang/t';
import type { CardsAccess } from '../cards/registerCards';
import type { PluginContext } from '../context';
import { dueWords, intervalWords } from '../../render/review/dueWords';
import { ReviewPanel } from '../../render/review/ReviewPanel';
import { canSpeak, speak } from '../glossary/speak';
import { openUnit } from '../openUnit';
import type { ReviewDeck } from './ReviewDeck';

export const REVIEW_VIEW = 'bl-review';

/** A review session in a tab: a thin host for the panel, writing each answer into its term note. */
export class ReviewView extends ItemView {
	private panel: ReviewPanel | null = null;
	private session: ReviewSession | null = null;
	/** The note whose card is shown, and when it was shown. */
	private shown: { note: ReviewNote; at: number } | null = null;
	/** While an answer is being written, further keys wait for the next card. */
	private busy = false;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly ctx: PluginContext,
		private readonly deck: ReviewDeck,
		private readonly cards: CardsAccess,
	) {
		super(leaf);
		this.icon = 'layers';
	}

	getViewType(): string {
		return REVIEW_VIEW;
	}

	getDisplayText(): string {
		return t('review.title');
	}

	/** Whether a session is under way (a card is shown). */
	get inSession(): boolean {
		return this.shown !== null;
	}

	async onOpen(): Promise<void> {
		this.contentEl.empty();
		this.panel = new ReviewPanel(
			this.contentEl,
			{
				canSpeak: canSpeak(),
				speak,
				grade: (answer) => void this.grade(answer),
				open: (card, evt) => void this.openLesson(card, evt),
			},
			(el, type, handler) => this.registerDomEvent(el, type, handler),
		);
		this.registerDomEvent(this.contentEl, 'keydown', (evt) => {
			if (this.panel?.handleKey(evt)) evt.preventDefault();
		});
		await this.start();
	}

	/** Puts the keyboard focus on the card, for its keys. */
	focus(): void {
		this.panel?.focus();
	}

	async onClose(): Promise<void> {
		this.panel = null;
		this.session = null;
		this.shown = null;
		this.contentEl.empty();
	}

	/** Starts a session over the day's queue (once the glossary knows the lessons' sentences). */
	async start(): Promise<void> {
		this.panel?.showEmpty(t('review.loading'));
		await this.ctx.glossary.ready;
		const now = this.ctx.clock.now();
		const notes = this.deck.notes();
		const queue = this.deck.queue(now, notes);
		this.session = new ReviewSession(queue.cards);
		if (queue.cards.length === 0) {
			this.panel?.showEmpty(emptyMessage(notes, now));
			return;
		}
		await this.next();
	}

	private async next(): Promise<void> {
		const session = this.session;
		const now = this.ctx.clock.now();
		const note = session?.current(now) ?? null;
		if (!session || !note) {
			this.shown = null;
			if (session) this.panel?.showSummary(session.summary(), now);
			return;
		}
		const card = await this.deck.card(note);
		const due = preview(note.state, now);
		const intervals = Object.fromEntries(ANSWERS.map((a) => [a, intervalWords(due[a] - now)])) as Record<Answer, string>;
		this.shown = { note, at: now };
		this.panel?.showCard(card, intervals, session.remaining);
	}

	private async grade(answer: Answer): Promise<void> {
		const { session, shown } = this;
		if (this.busy || !session || !shown) return;
		this.busy = true;
		try {
			// Answered now, unless a learning step fell due since the card was shown: then as of then, for that card.
			const now = this.ctx.clock.now();
			const result = session.answer(answer, session.current(now) === shown.note ? now : shown.at);
			const failure = await this.deck.write(result.note.path, result.state);
			if (failure) new Notice(t('review.notSaved', { reason: failure }));
			await this.next();
		} finally {
			this.busy = false;
		}
	}

	private async openLesson(card: ReviewCard, evt: MouseEvent): Promise<void> {
		const place = card.place;
		if (!place) return;
		// Beside the review, so the session stays where it is.
		const mod = Keymap.isModEvent(evt);
		await openUnit(this.app, place.path, place, mod === false || mod === true ? 'tab' : mod);
		this.cards.flash(place.path, place.unit, card.term);
	}
}

/** Why there is nothing to review: no term notes, nothing due until some time, or the day's limits reached. */
function emptyMessage(notes: readonly ReviewNote[], now: number): string {
	if (notes.length === 0) return t('review.noNotes', { command: t('command.updateTermNotesForLesson') });
	let next: number | null = null;
	for (const note of notes) if (note.state && (next === null || note.state.due < next)) next = note.state.due;
	if (next === null || next <= now || notes.some((n) => n.state === null)) return t('review.limitsReached');
	return t('review.nextLater', { when: dueWords(next, now) });
}
