import { describe, expect, it } from 'vitest';
import { timeline, unitAt, unitBeside, type TimedUnit } from '../../src/core/media/timeline';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { LESSON_A } from '../fixtures';

const unit = (n: number, start: string | null, end: string | null) => ({ n, start, end });

describe('timeline', () => {
	it('gives each timed unit its span in seconds, in recording order', () => {
		const timed = timeline([unit(2, '0:20', '0:31'), unit(1, '0:05', '0:20'), unit(3, null, null), unit(4, '1:00:00', '1:00:04')]);
		expect(timed).toEqual([
			{ n: 1, start: 5, end: 20 },
			{ n: 2, start: 20, end: 31 },
			{ n: 4, start: 3600, end: 3604 },
		]);
	});

	it('runs a unit without a usable end to the next start, the last to the end of the media', () => {
		const timed = timeline([unit(1, '0:05', null), unit(2, '0:10', '0:08'), unit(3, '0:30', null)]);
		expect(timed).toEqual([
			{ n: 1, start: 5, end: 10 },
			{ n: 2, start: 10, end: 30 },
			{ n: 3, start: 30, end: Infinity },
		]);
	});

	it('moves the spans by the offset and drops the units before the recording', () => {
		const units = [unit(1, '14:50', '15:00'), unit(2, '14:58', '15:09'), unit(3, '15:09', '15:22')];
		expect(timeline(units, 900)).toEqual([
			{ n: 2, start: 0, end: 9 },
			{ n: 3, start: 9, end: 22 },
		]);
		expect(timeline([unit(1, '0:00', '0:04')], -30)).toEqual([{ n: 1, start: 30, end: 34 }]);
	});

	it('reads the real lesson: 63 timed units from 15:09 on', () => {
		const lesson = parseLesson(LESSON_A);
		const timed = timeline(lesson.units);
		expect(timed).toHaveLength(63);
		expect(timed[0]).toEqual({ n: 1, start: 909, end: 922 });
		for (let i = 1; i < timed.length; i++) expect(timed[i].start).toBeGreaterThanOrEqual(timed[i - 1].start);
	});
});

describe('unitAt', () => {
	const timed: TimedUnit[] = [
		{ n: 1, start: 5, end: 20 },
		{ n: 2, start: 20, end: 31 },
		{ n: 3, start: 29, end: 40 },
		{ n: 4, start: 50, end: 55 },
	];

	it('finds the unit whose span holds the time; its start is in, its end out', () => {
		expect(unitAt(timed, 5)?.n).toBe(1);
		expect(unitAt(timed, 19.99)?.n).toBe(1);
		expect(unitAt(timed, 20)?.n).toBe(2);
		expect(unitAt(timed, 54.9)?.n).toBe(4);
	});

	it('hands over to the later of two overlapping units at its start', () => {
		expect(unitAt(timed, 28.9)?.n).toBe(2);
		expect(unitAt(timed, 29)?.n).toBe(3);
	});

	it('is null before the first unit, in a gap and after the last', () => {
		expect(unitAt(timed, 0)).toBeNull();
		expect(unitAt(timed, 45)).toBeNull();
		expect(unitAt(timed, 55)).toBeNull();
		expect(unitAt([], 3)).toBeNull();
	});

	it('agrees with a linear scan on a long lesson', () => {
		const long: TimedUnit[] = Array.from({ length: 500 }, (_, i) => ({ n: i + 1, start: i * 7, end: i * 7 + 5 }));
		for (let t = 0; t < 3600; t += 0.7) {
			const expected = [...long].reverse().find((u) => u.start <= t);
			expect(unitAt(long, t)?.n ?? null).toBe(expected && t < expected.end ? expected.n : null);
		}
	});
});

describe('unitBeside', () => {
	const timed: TimedUnit[] = [
		{ n: 1, start: 0, end: 4 },
		{ n: 3, start: 4, end: 9 },
		{ n: 5, start: 9, end: 12 },
	];

	it('steps in recording order, null past either end', () => {
		expect(unitBeside(timed, 3, 1)?.n).toBe(5);
		expect(unitBeside(timed, 3, -1)?.n).toBe(1);
		expect(unitBeside(timed, 5, 1)).toBeNull();
		expect(unitBeside(timed, 1, -1)).toBeNull();
	});

	it('starts at the first or the last unit from none', () => {
		expect(unitBeside(timed, null, 1)?.n).toBe(1);
		expect(unitBeside(timed, null, -1)?.n).toBe(5);
		expect(unitBeside(timed, 2, 1)?.n).toBe(1);
		expect(unitBeside([], null, 1)).toBeNull();
	});
});
