/**
 * Choosing the characters that lost bytes, word by word: every way a line could split into dictionary
 * words (the way a segmenter such as jieba reads a sentence, here over several candidate characters at
 * once), each word as likely as its frequency within its part of speech, and each part of speech as
 * likely as it is after the one before. Forward–backward over that lattice gives each candidate's chance.
 */

/** A reading of some characters: its part of speech and the natural log of its chance within that part. */
export interface Reading {
	tag: number;
	log: number;
}

/** How likely words are. */
export interface WordModel {
	/** A word of two or more characters, or undefined for one the model does not know. */
	word(w: string): Reading | undefined;
	/** Whether some known word starts with `prefix` (and is longer). */
	prefix(prefix: string): boolean;
	/** A character (or a run of text that is no Chinese) standing alone. */
	single(c: string): Reading;
	/** Natural log of the chance of part of speech `to` after `from` (`start` at a line's start). */
	transition(from: number, to: number): number;
	start: number;
}

/** One position of a line: the text it holds, or the candidates of a character that lost bytes. */
export interface Slot {
	candidates: string[];
	damaged: boolean;
}

export interface Choice {
	char: string;
	/** The chance of `char` among the slot's candidates, given the whole line. */
	chance: number;
}

interface Edge extends Reading {
	from: number;
	to: number;
	chars: string[];
}

type Scores = Map<number, number>;

/** The best way to a position ending in a tag: its log, the word that ends there and the tag before it. */
interface Step {
	log: number;
	edge?: Edge;
	tag: number;
}

/** The best reading of a line's slots: each damaged slot's choice (undefined for the intact ones). */
export function readLine(model: WordModel, slots: Slot[]): (Choice | undefined)[] {
	const n = slots.length;
	const edges = latticeEdges(model, slots);
	const ending: Edge[][] = Array.from({ length: n + 1 }, () => []);
	const starting: Edge[][] = Array.from({ length: n + 1 }, () => []);
	for (const e of edges) {
		ending[e.to].push(e);
		starting[e.from].push(e);
	}
	// forward[j]: by the tag of the word ending at j, log of all ways to read slots before j.
	const forward: Scores[] = Array.from({ length: n + 1 }, () => new Map<number, number>());
	const best: Map<number, Step>[] = Array.from({ length: n + 1 }, () => new Map<number, Step>());
	forward[0].set(model.start, 0);
	best[0].set(model.start, { log: 0, tag: model.start });
	for (let j = 1; j <= n; j++) {
		for (const e of ending[j]) {
			const into: number[] = [];
			for (const [tag, log] of forward[e.from]) into.push(log + model.transition(tag, e.tag));
			add(forward[j], e.tag, logSum(into) + e.log);
			for (const [tag, b] of best[e.from]) {
				const log = b.log + model.transition(tag, e.tag) + e.log;
				if (log > (best[j].get(e.tag)?.log ?? -Infinity)) best[j].set(e.tag, { log, edge: e, tag });
			}
		}
	}
	// backward[i]: by the tag of the word ending at i, log of all ways to read slots from i on.
	const backward: Scores[] = Array.from({ length: n + 1 }, () => new Map<number, number>());
	for (const tag of forward[n].keys()) backward[n].set(tag, 0);
	for (let i = n - 1; i >= 0; i--) {
		for (const tag of forward[i].keys()) {
			const out: number[] = [];
			for (const e of starting[i]) {
				const after = backward[e.to].get(e.tag);
				if (after !== undefined) out.push(model.transition(tag, e.tag) + e.log + after);
			}
			backward[i].set(tag, logSum(out));
		}
	}
	const total = logSum([...forward[n].values()]);
	const marginal: Map<string, number>[] = Array.from({ length: n }, () => new Map<string, number>());
	for (const e of edges) {
		if (!e.chars.some((_, k) => slots[e.from + k].damaged)) continue;
		const after = backward[e.to].get(e.tag);
		if (after === undefined) continue;
		const into: number[] = [];
		for (const [tag, log] of forward[e.from]) into.push(log + model.transition(tag, e.tag));
		const p = Math.exp(logSum(into) + e.log + after - total);
		e.chars.forEach((c, k) => {
			const at = e.from + k;
			if (slots[at].damaged) marginal[at].set(c, (marginal[at].get(c) ?? 0) + p);
		});
	}
	const out = new Array<Choice | undefined>(n);
	let tag = [...best[n]].reduce((a, b) => (b[1].log > a[1].log ? b : a))[0];
	for (let j = n; j > 0; ) {
		const step = best[j].get(tag)!;
		const e = step.edge!;
		e.chars.forEach((c, k) => {
			if (slots[e.from + k].damaged) out[e.from + k] = { char: c, chance: marginal[e.from + k].get(c) ?? 0 };
		});
		tag = step.tag;
		j = e.from;
	}
	return out;
}

/** Every single character of every slot, and every known word that fits consecutive slots. */
function latticeEdges(model: WordModel, slots: Slot[]): Edge[] {
	const edges: Edge[] = [];
	slots.forEach((slot, i) => {
		const grow = (chars: string[], text: string) => {
			const at = i + chars.length;
			if (at >= slots.length) return;
			for (const c of slots[at].candidates) {
				const next = text + c;
				const reading = model.word(next);
				if (reading) edges.push({ from: i, to: at + 1, chars: [...chars, c], ...reading });
				if (model.prefix(next)) grow([...chars, c], next);
			}
		};
		for (const c of slot.candidates) {
			edges.push({ from: i, to: i + 1, chars: [c], ...model.single(c) });
			if (model.prefix(c)) grow([c], c);
		}
	});
	return edges;
}

function add(scores: Scores, tag: number, log: number): void {
	const had = scores.get(tag);
	scores.set(tag, had === undefined ? log : logSum([had, log]));
}

function logSum(logs: number[]): number {
	const top = Math.max(...logs);
	if (top === -Infinity) return top;
	return top + Math.log(logs.reduce((s, l) => s + Math.exp(l - top), 0));
}
