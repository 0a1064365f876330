import { readFileSync } from 'node:fs';
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

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

/**
 * The parser on 100,000 mutated lessons, hostile pieces (deep brackets, 20,000-paragraph units,
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
		let slowest = Infinity;
		let bytes = 0;
		let ms = 0;
		for (let k = 0; k < MUTATIONS; k++) {
			const text = fuzzInput(k, sources, random, 20_000);
			let found: string[];
			let elapsed = 0;
			try {
				const t0 = performance.now();
				const lesson = parseLesson(text);
				elapsed = performance.now() - t0;
				found = problems(lesson, text.split(/\r\n|\r|\n/).length);
			} catch (error) {
				found = [String(error)];
			}
			ms += elapsed;
			bytes += text.length;
			// The best of three runs: on a shared machine one run's time says more about the neighbours than the parser.
			if (text.length >= TIMED_BYTES) slowest = Math.min(slowest, text.length / 1e6 / (bestMs(() => parseLesson(text), 3) / 1000));
			if (found.length > 0 && failures++ === 0) firstFailure = `mutation ${k}: ${found.slice(0, 3).join('; ')}`;
		}
		return [
			{ label: `${MUTATIONS} mutations: ill-formed or thrown`, value: failures === 0 ? '0' : `${failures} (${firstFailure})`, budget: '0', ok: failures === 0 },
			{ label: `${MUTATIONS} mutations: overall`, value: `${(bytes / 1e6 / (ms / 1000)).toFixed(0)} MB/s (${(bytes / 1e6).toFixed(0)} MB in ${(ms / 1000).toFixed(1)} s)`, budget: '—', ok: true },
			{ label: `${MUTATIONS} mutations: slowest input of ≥ 32 KB`, value: `${slowest.toFixed(1)} MB/s`, budget: '≥ 20 MB/s', ok: slowest >= 20 },
		];
	},
};
