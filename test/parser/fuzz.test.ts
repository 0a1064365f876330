import { describe, expect, it } from 'vitest';
import type { Lesson, MarkupNode } from '../../src/core/model';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { LESSON_A, LESSON_B } from '../fixtures';

/** Deterministic PRNG (mulberry32), so a failure can be replayed from its seed. */
function rng(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const MARKERS = ['🔥', '**', '{', '}', '[', ']', '(', ')', '（', '）', '解析：', '---', '* ', '|', '^', '/', '：', '\r', '\u200b', '\ud83d', '𝔘'];

/** One random edit: delete, duplicate or swap lines, cut a bracket, double a marker, insert random code points. */
function mutate(text: string, random: () => number): string {
	const lines = text.split('\n');
	const pick = () => Math.floor(random() * lines.length);
	const edits = 1 + Math.floor(random() * 6);
	for (let e = 0; e < edits && lines.length > 0; e++) {
		const i = pick();
		const line = lines[i];
		const at = Math.floor(random() * (line.length + 1));
		switch (Math.floor(random() * 7)) {
			case 0:
				lines.splice(i, 1 + Math.floor(random() * 5));
				break;
			case 1:
				lines.splice(i, 0, lines[pick()]);
				break;
			case 2:
				lines[i] = line.replace(/[{}[\]()]/, '');
				break;
			case 3: {
				const m = MARKERS[Math.floor(random() * MARKERS.length)];
				lines[i] = line.slice(0, at) + m + m + line.slice(at);
				break;
			}
			case 4: {
				let noise = '';
				for (let k = 0; k < 1 + random() * 8; k++) noise += String.fromCodePoint(Math.floor(random() * 0x2ffff));
				lines[i] = line.slice(0, at) + noise + line.slice(at);
				break;
			}
			case 5:
				lines[i] = line.slice(0, at);
				break;
			default: {
				const j = pick();
				[lines[i], lines[j]] = [lines[j], lines[i]];
			}
		}
	}
	return lines.join(random() < 0.1 ? '\r\n' : '\n');
}

/** What is wrong with a markup forest inside [from, to): overlapping, empty or escaping nodes. */
function nodeProblems(nodes: MarkupNode[], from: number, to: number): string[] {
	const problems: string[] = [];
	let previousEnd = from;
	for (const n of nodes) {
		if (n.start < previousEnd || n.end <= n.start || n.end > to) problems.push(`node ${n.kind} ${n.start}-${n.end} outside ${previousEnd}-${to}`);
		problems.push(...nodeProblems(n.children, n.start + 1, n.end));
		previousEnd = n.end;
	}
	return problems;
}

/** Every way the model can be ill-formed, as messages (plain checks: millions of expect() calls would be slow). */
function problems(lesson: Lesson, lineCount: number): string[] {
	const out: string[] = [];
	if (!lesson.isLesson) return lesson.units.length || lesson.diagnostics.length ? ['non-lesson with units or diagnostics'] : [];
	let previous = -1;
	for (const u of lesson.units) {
		if (u.line <= previous || u.endLine < u.line || u.endLine >= lineCount) out.push(`unit ${u.n} lines ${u.line}-${u.endLine}`);
		previous = u.endLine;
		for (const t of u.terms) {
			if (t.line <= u.line || t.line > u.endLine || t.term === '') out.push(`term ${t.term} at ${t.line} outside unit ${u.n}`);
			if (t.span && (t.span.start < 0 || t.span.end <= t.span.start || t.span.end > u.english.length)) out.push(`span of ${t.term}`);
		}
		out.push(...nodeProblems(u.markup, 0, u.english.length));
	}
	for (const d of lesson.diagnostics) {
		if (d.line < 0 || d.line >= lineCount || !['error', 'warning', 'info'].includes(d.severity) || d.message === '') out.push(`diagnostic ${JSON.stringify(d)}`);
	}
	return out;
}

describe('parser on mutated lessons', () => {
	it('never throws and always returns a well-formed model (3,000 mutations)', () => {
		const random = rng(20261123);
		const sources = [LESSON_A, LESSON_B];
		let lessons = 0;
		for (let k = 0; k < 3000; k++) {
			const source = sources[k % 2];
			// Whole lessons now and then; mostly a window of lines, which keeps the run fast.
			const lines = source.split('\n');
			const from = k % 10 === 0 ? 0 : Math.floor(random() * lines.length);
			const window = k % 10 === 0 ? source : lines.slice(from, from + 40).join('\n');
			const text = mutate(window, random);
			const lesson = parseLesson(text);
			if (lesson.isLesson) lessons++;
			const found = problems(lesson, text.split(/\r\n|\r|\n/).length);
			if (found.length) expect.fail(`mutation ${k}: ${found.join('; ')}`);
		}
		// The mutations must leave most inputs recognisable, or the property says little.
		expect(lessons).toBeGreaterThan(1500);
	}, 60_000);
});
