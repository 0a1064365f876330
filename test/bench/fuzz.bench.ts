import { readFileSync } from 'node:fs';
import type { Lesson } from '../../src/core/model';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { fuzzInput, problems, rng } from '../parser/fuzzing';
import type { Bench } from './bench';

const MUTATIONS = 100_000;
function bestMs(fn: () => void, runs: number): number {
	let best = Infinity;
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		fn();
		best = Math.min(best, performance.now() - t0);
	}
	return best;
}

/** Inputs below this are timed too coarsely for a throughput of their own; they count in the total. */
const TIMED_BYTES = 32 * 1024;

/** A parse and what a reading view reads of it: every term's span (located when first read). */
function parseAndLocate(text: string): Lesson {
	const lesson = parseLesson(text);
	for (const unit of lesson.units) for (const term of unit.terms) void term.span;
	return lesson;
}

/** Throughput of `text` parsed and located, the best of `runs`. */
const mbPerS = (text: string, runs: number) => text.length / 1e6 / (bestMs(() => parseAndLocate(text), runs) / 1000);

/** The slowest inputs kept for a second timing. */
const SLOWEST_KEPT = 20;

/**
 * The slowest inputs seen, by the best of three runs each. On a shared machine a run's time can say more about the
 * neighbours than the parser, three runs in a row too: the slowest few are timed again at the end, and an input
 * counts at the better of its two timings. An input slow in itself is slow both times.
 */
class Slowest {
	private readonly inputs: { text: string; mbs: number }[] = [];

	constructor(private readonly kept: number) {}

	offer(text: string, mbs: number): void {
		this.inputs.push({ text, mbs });
		this.inputs.sort((a, b) => a.mbs - b.mbs);
		this.inputs.length = Math.min(this.inputs.length, this.kept);
	}

	mbPerS(): number {
		return Math.min(...this.inputs.map(({ text, mbs }) => Math.max(mbs, mbPerS(text, 5))));
	}
}

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

/**
 * The parser, every span read, on 100,000 mutated lessons, hostile pieces (deep brackets, 20,000-paragraph units,
 * thousands of absent terms, bracket-heavy English) spliced into one in 25: none may throw or
 * return an ill-formed model, and none may be slow.
 */
export const fuzzBench: Bench = {
	name: 'fuzz',
	run() {
		const sources = [fixture('voice-ai-inference-and-evals.md'), fixture('voice-ai-speech-to-speech.md')];
		const random = rng(20261203);
		let failures = 0;
		let firstFailure = '';
		const slowest = new Slowest(SLOWEST_KEPT);
		let bytes = 0;
		let ms = 0;
		for (let k = 0; k < MUTATIONS; k++) {
			const text = fuzzInput(k, sources, random, 20_000);
			let found: string[];
			let elapsed = 0;
			try {
				const t0 = performance.now();
				const lesson = parseAndLocate(text);
				elapsed = performance.now() - t0;
				found = problems(lesson, text.split(/\r\n|\r|\n/).length);
			} catch (error) {
				found = [String(error)];
			}
			ms += elapsed;
			bytes += text.length;
			if (text.length >= TIMED_BYTES) slowest.offer(text, mbPerS(text, 3));
			if (found.length > 0 && failures++ === 0) firstFailure = `mutation ${k}: ${found.slice(0, 3).join('; ')}`;
		}
		const slowestMbs = slowest.mbPerS();
		return [
			{ label: `${MUTATIONS} mutations: ill-formed or thrown`, value: failures === 0 ? '0' : `${failures} (${firstFailure})`, budget: '0', ok: failures === 0 },
			{ label: `${MUTATIONS} mutations: overall, parsed and located`, value: `${(bytes / 1e6 / (ms / 1000)).toFixed(0)} MB/s (${(bytes / 1e6).toFixed(0)} MB in ${(ms / 1000).toFixed(1)} s)`, budget: '—', ok: true },
			{ label: `${MUTATIONS} mutations: slowest input of ≥ 32 KB, parsed and located (the ${SLOWEST_KEPT} slowest timed again)`, value: `${slowestMbs.toFixed(1)} MB/s`, budget: '≥ 20 MB/s', ok: slowestMbs >= 20 },
		];
	},
};
