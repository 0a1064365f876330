import { syntheticLesson } from './synthetic';

export interface BenchResult {
	label: string;
	/** The measured figure with its unit, e.g. "142 MB/s" or "12.3 ms". */
	value: string;
	budget: string;
	ok: boolean;
}

export interface Bench {
	name: string;
	run(): Promise<BenchResult[]> | BenchResult[];
}

/** Median wall time in ms of `fn` over `runs` runs, after `warmup` unmeasured ones. */
export function medianMs(fn: () => void, runs = 15, warmup = 3): number {
	for (let i = 0; i < warmup; i++) fn();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		fn();
		times.push(performance.now() - t0);
	}
	times.sort((a, b) => a - b);
	return times[Math.floor(times.length / 2)];
}

/**
 * The floor a parser is measured against: every line split off and every character code read,
 * nothing more (what any line-based Markdown parser must at least do).
 */
export function floorScan(text: string): number {
	let sum = 0;
	for (const line of text.split('\n')) for (let i = 0; i < line.length; i++) sum += line.charCodeAt(i);
	return sum;
}

/**
 * The reference's median time (ms), timed here and now: a machine-bound figure is judged as a multiple of it, so a
 * busy machine, which slows both alike, does not fail a budget a quiet one meets. The work is a floor scan of 400
 * synthetic lessons (4.6M characters, the same text on every machine): long enough (~20 ms) to be cut into time
 * slices on a busy machine as the figures it judges are.
 */
function referenceMs(): number {
	const text = Array.from({ length: 400 }, (_, i) => syntheticLesson(i)).join('\n');
	let sink = 0;
	const ms = medianMs(() => (sink += floorScan(text)), 9, 2);
	if (sink === 0) throw new Error('reference optimised away');
	return ms;
}

/** The reference's time on a quiet machine (this project's 2-core one, best of many runs): where the ms budgets hold. */
const QUIET_REFERENCE_MS = 19;

/**
 * A figure bound to the machine's speed, judged by its ratio to the reference timed in the same run: within
 * budget when `ms ÷ reference ≤ budgetMs ÷ QUIET_REFERENCE_MS`, i.e. when it meets the ms budget scaled by how much
 * slower than quiet the machine runs now (never scaled below 1×). The absolute figure is printed too.
 */
function machineBound(label: string, ms: number, budgetMs: number, reference: number): BenchResult {
	const slower = Math.max(1, reference / QUIET_REFERENCE_MS);
	return {
		label,
		value: `${ms.toFixed(ms < 10 ? 2 : 0)} ms = ${(ms / reference).toFixed(2)}× the reference (${reference.toFixed(2)} ms; machine ${slower.toFixed(1)}× slower than quiet)`,
		budget: `${budgetMs} ms quiet = ${(budgetMs / QUIET_REFERENCE_MS).toFixed(2)}×`,
		ok: ms <= budgetMs * slower,
	};
}

let reference: number | null = null;

/** `machineBound` against the reference timed once in this process (each bench runs in one of its own); `also` must hold too. */
export function withinBudget(label: string, ms: number, budgetMs: number, also = true): BenchResult {
	const result = machineBound(label, ms, budgetMs, (reference ??= referenceMs()));
	return { ...result, ok: result.ok && also };
}
