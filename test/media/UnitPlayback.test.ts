import { describe, expect, it } from 'vitest';
import { UnitPlayback, type MediaClock } from '../../src/core/media/UnitPlayback';
import type { TimedUnit } from '../../src/core/media/timeline';

/** A media element whose clock the test moves, with the timers playback sets. */
function setup(timed: TimedUnit[]) {
	const media: MediaClock & { paused: boolean; advance(seconds: number): void } = {
		currentTime: 0,
		playbackRate: 1,
		paused: true,
		play() {
			this.paused = false;
		},
		pause() {
			this.paused = true;
		},
		// Time passes as the element reports it: in steps, each followed by its timeupdate event.
		advance(seconds) {
			if (this.paused) return;
			this.currentTime += seconds * this.playbackRate;
			playback.update();
		},
	};
	const timers: { ms: number; fn: () => void; live: boolean }[] = [];
	const playback = new UnitPlayback(media, timed, (ms, fn) => {
		const timer = { ms, fn, live: true };
		timers.push(timer);
		return () => (timer.live = false);
	});
	const pending = () => timers.filter((t) => t.live);
	return { media, playback, pending };
}

const TIMED: TimedUnit[] = [
	{ n: 1, start: 5, end: 9 },
	{ n: 2, start: 9, end: 14 },
	{ n: 3, start: 20, end: 26 },
];

describe('UnitPlayback', () => {
	it('plays a unit from its start and pauses at its end', () => {
		const { media, playback } = setup(TIMED);
		expect(playback.playUnit(2)).toBe(true);
		expect(media.currentTime).toBe(9);
		expect(media.paused).toBe(false);
		expect(playback.current()?.n).toBe(2);
		media.advance(2.5);
		expect(media.paused).toBe(false);
		media.advance(2.5);
		expect(media.paused).toBe(true);
		expect(media.currentTime).toBe(14);
		expect(playback.current()?.n).toBe(2);
	});

	it('sets a timer for the span end, at the playing speed', () => {
		const { media, playback, pending } = setup(TIMED);
		playback.playUnit(3);
		expect(pending().map((t) => t.ms)).toEqual([6000]);
		playback.setRate(0.75);
		expect(pending().map((t) => t.ms)).toEqual([8000]);
		// The timer fires a little before the end: it waits again for the rest.
		media.currentTime = 25.9;
		pending()[0].fn();
		expect(media.paused).toBe(false);
		expect(pending()[0].ms).toBeCloseTo((0.1 / 0.75) * 1000);
		media.currentTime = 26;
		pending()[0].fn();
		expect(media.paused).toBe(true);
		expect(pending()).toEqual([]);
	});

	it('refuses a unit without a time', () => {
		const { media, playback } = setup(TIMED);
		expect(playback.playUnit(7)).toBe(false);
		expect(media.paused).toBe(true);
	});

	it('loops the unit while loop is on', () => {
		const { media, playback } = setup(TIMED);
		playback.setLoop(true);
		playback.playUnit(1);
		media.advance(4);
		expect(media.paused).toBe(false);
		expect(media.currentTime).toBe(5);
		playback.setLoop(false);
		media.advance(4);
		expect(media.paused).toBe(true);
	});

	it('plays on from a finished unit, following the units', () => {
		const { media, playback, pending } = setup(TIMED);
		playback.playUnit(1);
		media.advance(4);
		expect(media.paused).toBe(true);
		playback.toggle();
		expect(media.paused).toBe(false);
		expect(pending()).toEqual([]);
		media.advance(1);
		expect(playback.current()?.n).toBe(2);
		media.advance(6);
		expect(playback.current()).toBeNull();
		expect(media.paused).toBe(false);
	});

	it('pauses and resumes within the unit played alone', () => {
		const { media, playback } = setup(TIMED);
		playback.playUnit(3);
		media.advance(2);
		playback.toggle();
		expect(media.paused).toBe(true);
		playback.toggle();
		expect(media.currentTime).toBe(22);
		media.advance(4);
		expect(media.paused).toBe(true);
	});

	it('repeats the unit playing, or the one last played', () => {
		const { media, playback } = setup(TIMED);
		expect(playback.repeat()).toBe(false);
		playback.playUnit(2);
		media.advance(5);
		expect(playback.repeat()).toBe(true);
		expect(media.currentTime).toBe(9);
		expect(media.paused).toBe(false);
	});

	it('with loop turned on while listening on, repeats the unit playing then', () => {
		const { media, playback } = setup(TIMED);
		media.currentTime = 21;
		playback.toggle();
		playback.setLoop(true);
		media.advance(5);
		expect(media.currentTime).toBe(20);
		expect(media.paused).toBe(false);
	});
});
