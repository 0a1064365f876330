import { LEARN_AHEAD_MS, type ReviewNote } from './queue';
import { answer, type Answer } from './schedule';
import type { ReviewState } from './state';

/** What the end of a session shows. */
export interface SessionSummary {
	/** Cards answered at least once. */
	reviewed: number;
	/** Of those, the ones whose first answer was not "again". */
	correct: number;
	/** The earliest time one of them is due again (ms), or null when none was answered. */
	nextDue: number | null;
}

/**
 * One review session over a queue. A card answered into a (re)learning step due within the learn-ahead
 * window comes back in the same session: once its step is due, or before that when nothing else is left.
 */
export class ReviewSession {
	private readonly waiting: ReviewNote[];
	/** Cards back for another step, by due time. */
	private readonly learning: (ReviewNote & { state: ReviewState })[] = [];
	private readonly firstAnswers = new Map<string, Answer>();
	private readonly latest = new Map<string, ReviewState>();

	constructor(queue: readonly ReviewNote[]) {
		this.waiting = [...queue];
	}

	/** The card to show at `now` (ms), or null when the session is done. */
	current(now: number): ReviewNote | null {
		const step = this.learning[0];
		if (step && step.state.due <= now) return step;
		return this.waiting[0] ?? step ?? null;
	}

	get remaining(): number {
		return this.waiting.length + this.learning.length;
	}

	/** Answers the card current at `now` (ms): its new state, to write into its note. */
	answer(given: Answer, now: number): { note: ReviewNote; state: ReviewState } {
		const note = this.current(now);
		if (!note) throw new Error('The review session has no card left');
		const from = note === this.learning[0] ? this.learning : this.waiting;
		from.shift();
		const state = answer(note.state, given, now);
		if (!this.firstAnswers.has(note.path)) this.firstAnswers.set(note.path, given);
		this.latest.set(note.path, state);
		const next = { ...note, state };
		if (state.phase !== 'review' && state.due <= now + LEARN_AHEAD_MS) {
			const at = this.learning.findIndex((w) => w.state.due > state.due);
			this.learning.splice(at === -1 ? this.learning.length : at, 0, next);
		}
		return { note: next, state };
	}

	summary(): SessionSummary {
		let correct = 0;
		for (const given of this.firstAnswers.values()) if (given !== 'again') correct++;
		let nextDue: number | null = null;
		for (const state of this.latest.values()) if (nextDue === null || state.due < nextDue) nextDue = state.due;
		return { reviewed: this.firstAnswers.size, correct, nextDue };
	}
}
