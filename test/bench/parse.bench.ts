import { readFileSync } from 'node:fs';
import { parseLesson } from '../../src/core/parser/parseLesson';
import type { Bench } from './bench';
import { medianMs } from './bench';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

/** One lesson of at least `bytes` bytes: the fixtures' units repeated, renumbered 1, 2, 3 … */
export function bigLesson(bytes: number): string {
	const units = [fixture('voice-ai-inference-and-evals.md'), fixture('voice-ai-speech-to-speech.md')].flatMap((text) =>
		text.split('\n---\n').filter((chunk) => /^\s*\(\d+\)/.test(chunk)),
	);
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
	const sources = [fixture('voice-ai-inference-and-evals.md'), fixture('voice-ai-speech-to-speech.md')];
	const notes: string[] = [];
	for (let size = 0, i = 0; size < bytes; i++) {
		const note = `${sources[i % 2]}\n<!-- copy ${i} -->\n`;
		notes.push(note);
		size += Buffer.byteLength(note, 'utf8');
	}
	return notes;
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

export const parseBench: Bench = {
	name: 'parse',
	run() {
		// Notes first: the one big lesson leaves a heap that would slow whatever runs after it.
		const notes = manyLessons(20 * 1024 * 1024);
		const notesMb = notes.reduce((sum, n) => sum + Buffer.byteLength(n, 'utf8'), 0) / (1024 * 1024);
		const notesThroughput = notesMb / (medianMs(() => notes.forEach((n) => parseLesson(n)), 7, 1) / 1000);
		const big = bigLesson(20 * 1024 * 1024);
		const mb = Buffer.byteLength(big, 'utf8') / (1024 * 1024);
		const throughput = mb / (medianMs(() => parseLesson(big), 5, 1) / 1000);
		const bad = pathological(10 * 1024 * 1024);
		const badMs = medianMs(() => parseLesson(bad), 3, 1);
		return [
			{ label: `throughput, ${notes.length} lesson notes (${notesMb.toFixed(1)} MB)`, value: `${notesThroughput.toFixed(0)} MB/s`, budget: '≥ 100 MB/s', ok: notesThroughput >= 100 },
			{ label: `throughput, one ${mb.toFixed(1)} MB lesson`, value: `${throughput.toFixed(0)} MB/s`, budget: '≥ 100 MB/s', ok: throughput >= 100 },
			{ label: '10 MB pathological input', value: `${badMs.toFixed(0)} ms`, budget: '≤ 1000 ms (linear)', ok: badMs <= 1000 },
		];
	},
};
