import { readFileSync } from 'node:fs';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { repairEncoding } from '../../src/core/repair/repairEncoding';
import { damage } from '../repair/damage';
import type { Bench, BenchResult } from './bench';
import { medianMs, withinBudget } from './bench';

const read = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
const NOTES = ['notes/podcast-notes-zh.md', 'notes/poem-study.md', 'notes/maths-error-log.md', 'notes/lesson-prompt.md'].map(read);

function result(label: string, ms: number, budgetMs: number): BenchResult {
	return withinBudget(label, ms, budgetMs);
}

/**
 * What mis-encoding costs the parser (which every note goes through, at every index) and what the repair
 * costs the command: the candidate search runs only there.
 */
export const repairBench: Bench = {
	name: 'repair',
	run() {
		const ordinary = Array.from({ length: 250 }, (_, i) => `${NOTES[i % NOTES.length]}\n<!-- ${i} -->\n`);
		const kb = ordinary.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0) / 1024;
		const misEncodedNote = damage(NOTES[0].repeat(20));
		const lesson = damage(read('voice-ai-inference-and-evals.md'));
		let sink = 0;
		const results = [
			result(`parse ${ordinary.length} ordinary notes (${kb.toFixed(0)} KB)`, medianMs(() => ordinary.forEach((t) => (sink += parseLesson(t).units.length)), 15, 2), 60),
			result(`parse a mis-encoded note that is no lesson (${(misEncodedNote.length / 1024).toFixed(0)} K chars)`, medianMs(() => (sink += parseLesson(misEncodedNote).units.length), 15, 2), 10),
			result(`parse a mis-encoded lesson that lost bytes (${(lesson.length / 1024).toFixed(0)} K chars)`, medianMs(() => (sink += parseLesson(lesson).diagnostics.length), 15, 2), 60),
			result('repair that lesson (the command, before its preview)', medianMs(() => (sink += repairEncoding(lesson)!.repaired), 5, 1), 1500),
		];
		if (sink === 0.5) console.log(sink); // keeps the work from being optimised away
		return results;
	},
};
