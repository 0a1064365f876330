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
