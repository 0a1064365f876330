import { unitAt, type TimedUnit } from './timeline';

/** The part of an `<audio>`/`<video>` element playback drives (a fake in tests). */
export interface MediaClock {
	currentTime: number;
	playbackRate: number;
	readonly paused: boolean;
	play(): Promise<void> | void;
	pause(): void;
}

/** Runs `fn` after `ms`; returns what cancels it. */
export type Schedule = (ms: number, fn: () => void) => () => void;

/** A unit's end counts as reached this close to it (seconds): players report time in steps. */
const END_SLACK = 0.02;

/**
 * Unit-by-unit playback over one media element. Playing a unit plays exactly its span: from its
 * start, paused at its end, or back to its start while `loop` is on. Play after that listens on
 * from there, unit after unit (with `loop` on, the unit playing then repeats). The element's own
 * events call `update()`; a timer set for the span's end stops it on time between them.
 */
export class UnitPlayback {
	/** The unit being played alone, or null while listening on. */
	private span: TimedUnit | null = null;
	private loopOn = false;
	private cancelTimer: (() => void) | null = null;

	constructor(
		private readonly media: MediaClock,
		private readonly timed: readonly TimedUnit[],
		private readonly schedule: Schedule,
	) {}

	get loop(): boolean {
		return this.loopOn;
	}

	/** The unit the recording is in now (the one played alone, while it plays), or null between units. */
	current(): TimedUnit | null {
		return this.span ?? unitAt(this.timed, this.media.currentTime);
	}

	/** Plays unit `n` from its start to its end; false when it has no time. */
	playUnit(n: number): boolean {
		const unit = this.timed.find((u) => u.n === n);
		if (!unit) return false;
		this.span = unit;
		this.media.currentTime = unit.start;
		void this.media.play();
		this.update();
		return true;
	}

	/** The unit playing (or last played) from its start again. */
	repeat(): boolean {
		const unit = this.current() ?? this.span;
		return unit ? this.playUnit(unit.n) : false;
	}

	/** Pauses; or plays on: within the unit played alone if it has not ended (looping: it again), else listening on from here. */
	toggle(): void {
		if (!this.media.paused) {
			this.media.pause();
			return;
		}
		const span = this.span;
		const t = this.media.currentTime;
		if (span && (t < span.start || t >= span.end - END_SLACK)) {
			if (this.loopOn) this.media.currentTime = span.start;
			else this.span = null;
		}
		void this.media.play();
		this.update();
	}

	/** With loop on, the unit playing repeats at its end (listening on: the one playing now). */
	setLoop(on: boolean): void {
		this.loopOn = on;
		if (on && !this.span) this.span = unitAt(this.timed, this.media.currentTime);
		this.update();
	}

	setRate(rate: number): void {
		this.media.playbackRate = rate;
		this.update();
	}

	/** Called on the element's time, play, pause and seek events: stops or loops at the span's end. */
	update(): void {
		this.cancelTimer?.();
		this.cancelTimer = null;
		const span = this.span;
		if (!span || this.media.paused) return;
		if (span.end - this.media.currentTime <= END_SLACK) {
			if (!this.loopOn) {
				this.media.pause();
				return;
			}
			this.media.currentTime = span.start;
		}
		const left = span.end - this.media.currentTime;
		if (Number.isFinite(left)) this.cancelTimer = this.schedule((left / (this.media.playbackRate || 1)) * 1000, () => this.update());
	}

	/** Stops the timer (the element goes with its view). */
	dispose(): void {
		this.cancelTimer?.();
		this.cancelTimer = null;
	}
}
