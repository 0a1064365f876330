// Mutation fuzzing of the parser, shared by the unit test (a few thousand) and the fuzz bench (100,000 and more).
import type { Lesson, MarkupNode } from '../../src/core/model';
import { MAX_MARKUP_DEPTH } from '../../src/core/parser/markup';

export { rng } from '../seededRandom';

const MARKERS = ['🔥', '**', '{', '}', '[', ']', '(', ')', '（', '）', '解析：', '---', '* ', '|', '^', '/', '：', '\r', '\u200b', '\ud83d', '𝔘'];

/** One random edit: delete, duplicate or swap lines, cut a bracket, double a marker, insert random code points. */
export function mutate(text: string, random: () => number): string {
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
function nodeProblems(nodes: MarkupNode[], from: number, to: number, out: string[], depth = 1): void {
	let previousEnd = from;
	for (const n of nodes) {
		if (n.start < previousEnd || n.end <= n.start || n.end > to) out.push(`node ${n.kind} ${n.start}-${n.end} outside ${previousEnd}-${to}`);
		if (depth > MAX_MARKUP_DEPTH) out.push(`node ${n.kind} at ${n.start} nested ${depth} deep`);
		nodeProblems(n.children, n.start + 1, n.end, out, depth + 1);
		previousEnd = n.end;
	}
}

/** Every way the model can be ill-formed, as messages (plain checks: millions of expect() calls would be slow). */
export function problems(lesson: Lesson, lineCount: number): string[] {
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
		nodeProblems(u.markup, 0, u.english.length, out);
	}
	for (const d of lesson.diagnostics) {
		if (d.line < 0 || d.line >= lineCount || !['error', 'warning', 'info'].includes(d.severity) || d.message === '') out.push(`diagnostic ${JSON.stringify(d)}`);
	}
	return out;
}


/**
 * The patterns that once threw or hung, `size` characters or lines each: deep brackets, a unit of
 * very many paragraphs, many terms absent from a long English, bracket-heavy English, stray closers,
 * a very long bullet. Spliced into a lesson now and then, so the mutations work on them too.
 */
export function hostilePiece(random: () => number, size: number): string {
	const words = () => 'the model runs fast'.split(' ')[Math.floor(random() * 4)];
	switch (Math.floor(random() * 6)) {
		case 0:
			return `**${'['.repeat(size)}deep${']'.repeat(random() < 0.5 ? size : 0)}**`;
		case 1:
			return Array.from({ length: Math.ceil(size / 8) }, (_, i) => `Line ${i} runs.`).join('\n\n');
		case 2:
			return ['**' + 'The model runs fast. '.repeat(Math.ceil(size / 20)) + '**', '', '翻译。', '', '解析：', ...Array.from({ length: Math.ceil(size / 40) }, (_, i) => `* **absent${i} term**：无`)].join('\n');
		case 3:
			return `**${bracketHeavy(random, size)}**`;
		case 4:
			return `**${'}])'.repeat(Math.ceil(size / 3))} stray closers.**`;
		default:
			return `* **${'a/'.repeat(size)}${words()}**：${'长'.repeat(size)}`;
	}
}

/** English dense with well- and ill-formed `{ [ ( ) ] }` markup around short words, `length` characters or so. */
export function bracketHeavy(random: () => number, length: number): string {
	const pieces = ['{', '}', '[', ']', '(', ')', 'we ', 'run ', 'it, ', '[fast] ', '(really) ', '{so} '];
	let out = '';
	while (out.length < length) out += pieces[Math.floor(random() * pieces.length)];
	return out;
}

/** The k-th fuzz input: a mutated window of a source lesson, or the whole of it, with a hostile piece now and then. */
export function fuzzInput(k: number, sources: readonly string[], random: () => number, hostileSize: number): string {
	const lines = sources[k % sources.length].split('\n');
	// Whole lessons now and then; mostly a window of lines, which keeps the run fast.
	const window = k % 10 === 0 ? lines : lines.slice(Math.floor(random() * lines.length)).slice(0, 40);
	if (k % 25 === 3) window.splice(Math.floor(random() * (window.length + 1)), 0, hostilePiece(random, hostileSize));
	return mutate(window.join('\n'), random);
}
