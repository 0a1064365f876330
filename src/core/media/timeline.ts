import type { Unit } from '../model';
import { parseTime } from './time';

/** A unit's span in the recording, in seconds of the media's own clock: [start, end). */
export interface TimedUnit {
	n: number;
	start: number;
	end: number;
}

/**
 * The lesson's timed units in the recording's clock (lesson time − `offset`), ordered by start.
 * A unit without a readable end (or one not after its start) runs to the next unit's start, the
 * last one to the end of the media; units without a start, or that end before the recording
 * begins, are left out.
 */
export function timeline(units: readonly Pick<Unit, 'n' | 'start' | 'end'>[], offset = 0): TimedUnit[] {
	const read = units
		.map((unit) => ({ n: unit.n, start: unit.start === null ? null : parseTime(unit.start), end: unit.end === null ? null : parseTime(unit.end) }))
		.filter((unit): unit is { n: number; start: number; end: number | null } => unit.start !== null)
		.sort((a, b) => a.start - b.start);
	const timed: TimedUnit[] = [];
	read.forEach((unit, i) => {
		const next = read.slice(i + 1).find((later) => later.start > unit.start)?.start ?? Infinity;
		const end = (unit.end !== null && unit.end > unit.start ? unit.end : next) - offset;
		if (end > 0) timed.push({ n: unit.n, start: Math.max(0, unit.start - offset), end });
	});
	return timed;
}

/**
 * The unit playing at `time`: of the units started by then, the one started last, if it has not
 * ended (units that overlap hand over at the later one's start). Binary search: a lesson has hundreds.
 */
export function unitAt(timed: readonly TimedUnit[], time: number): TimedUnit | null {
	let lo = 0;
	let hi = timed.length - 1;
	let found = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (timed[mid].start <= time) {
			found = mid;
			lo = mid + 1;
		} else hi = mid - 1;
	}
	const unit = found < 0 ? null : timed[found];
	return unit && time < unit.end ? unit : null;
}

/** The timed unit `step` places from unit `n` in recording order (the first or last when `n` has none), or null past either end. */
export function unitBeside(timed: readonly TimedUnit[], n: number | null, step: 1 | -1): TimedUnit | null {
	const i = n === null ? -1 : timed.findIndex((unit) => unit.n === n);
	if (i < 0) return (step === 1 ? timed[0] : timed[timed.length - 1]) ?? null;
	return timed[i + step] ?? null;
}
