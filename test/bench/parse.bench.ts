import { readFileSync } from 'node:fs';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { bracketHeavy, rng } from '../parser/fuzzing';
import type { Bench, BenchResult } from './bench';
import { floorScan, medianMs } from './bench';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const FIXTURES = [fixture('voice-ai-inference-and-evals.md'), fixture('voice-ai-speech-to-speech.md')];

/** One lesson of at least `bytes` bytes: the fixtures' units repeated, renumbered 1, 2, 3 … */
export function bigLesson(bytes: number): string {
	const units = FIXTURES.flatMap((text) => text.split('\n---\n').filter((chunk) => /^\s*\(\d+\)/.test(chunk)));
	const out: string[] = ['# Big lesson', ''];
	let size = 0;
	for (let n = 1; size < bytes; n++) {
		const unit = units[(n - 1) % units.length].trim().replace(/^\(\d+\)/, `(${n})`);
		out.push(unit, '', '---', '');
		size += Buffer.byteLength(unit, 'utf8') + 6;
	}
	return out.join('\n');
}

/** The fixtures as separate notes (a vault's worth), at least `bytes` in all; each copy its own string. */
export function manyLessons(bytes: number): string[] {
	const notes: string[] = [];
	for (let size = 0, i = 0; size < bytes; i++) {
		const note = `${FIXTURES[i % 2]}\n<!-- copy ${i} -->\n`;
		notes.push(note);
		size += Buffer.byteLength(note, 'utf8');
	}
	return notes;
}

/** A lesson whose units' English is dense `{ [ ( ) ] }` markup, well- and ill-formed, at least `bytes` long. */
export function bracketLesson(bytes: number): string {
	const random = rng(7);
	const out: string[] = ['# Brackets', ''];
	let size = 0;
	for (let n = 1; size < bytes; n++) {
		const unit = [`(${n}) [00:01-00:02]`, '', `**${bracketHeavy(random, 2000)}**`, '', '括号。', '', '解析：', '* **run fast**：跑得快', '', '---', ''].join('\n');
		out.push(unit);
		size += unit.length;
	}
	return out.join('\n');
}

/** 10 MB built to hurt: a million `(1) [` fragments, unclosed brackets, endless bullets and markers. */
export function pathological(bytes: number): string {
	const pieces = ['(1) [', '(1) [15:09-', '{[(', '**{[[[(', '解析：', '* **', '🔥🔥', '| | |', '(99999) [1:2:3-'];
	const out: string[] = [];
	let size = 0;
	for (let i = 0; size < bytes; i++) {
		const piece = pieces[i % pieces.length].repeat(1 + (i % 7));
		out.push(piece);
		size += piece.length + 1;
	}
	return out.join('\n');
}

/** Parse throughput and its ratio to the floor scan of the same texts, both timed here, in turn. */
function measure(label: string, texts: string[], runs: number, budgetMbs: number, maxRatio: number | null): BenchResult[] {
	const mb = texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0) / (1024 * 1024);
	let sink = 0;
	const floorMs = medianMs(() => texts.forEach((t) => (sink += floorScan(t))), runs, 1);
	const parseMs = medianMs(() => texts.forEach((t) => (sink += parseLesson(t).units.length)), runs, 1);
	if (sink === 0.5) console.log(sink); // keeps the scans from being optimised away
	const mbs = mb / (parseMs / 1000);
	const ratio = parseMs / floorMs;
	const results: BenchResult[] = [{ label: `throughput, ${label} (${mb.toFixed(1)} MB)`, value: `${mbs.toFixed(0)} MB/s`, budget: `≥ ${budgetMbs} MB/s`, ok: mbs >= budgetMbs }];
	if (maxRatio !== null) {
		const value = `${ratio.toFixed(2)}× (parse ${parseMs.toFixed(0)} ms, floor ${floorMs.toFixed(0)} ms, ${(mb / (floorMs / 1000)).toFixed(0)} MB/s)`;
		results.push({ label: `parse ÷ floor scan, ${label}`, value, budget: `≤ ${maxRatio}×`, ok: ratio <= maxRatio });
	}
	return results;
}

export const parseBench: Bench = {
	name: 'parse',
	run() {
		// Notes first: the one big lesson leaves a heap that would slow whatever runs after it.
		const results = [
			...measure('the two fixtures', FIXTURES, 301, 100, 2),
			...measure(`${manyLessons(20 * 1024 * 1024).length} lesson notes`, manyLessons(20 * 1024 * 1024), 7, 100, 2),
			...measure('one lesson', [bigLesson(20 * 1024 * 1024)], 5, 100, 2),
			...measure('bracket-heavy English', [bracketLesson(10 * 1024 * 1024)], 5, 20, null),
		];
		const bad = pathological(10 * 1024 * 1024);
		const badMs = medianMs(() => parseLesson(bad), 3, 1);
		results.push({ label: '10 MB pathological input', value: `${badMs.toFixed(0)} ms`, budget: '≤ 1000 ms (linear)', ok: badMs <= 1000 });
		return results;
	},
};
