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
	const lattice = new Lattice(model, slots);
	const chance = lattice.marginals();
	const out = new Array<Choice | undefined>(slots.length);
	for (const e of lattice.bestPath()) {
		e.chars.forEach((c, k) => {
			if (slots[e.from + k].damaged) out[e.from + k] = { char: c, chance: chance[e.from + k].get(c) ?? 0 };
		});
	}
	return out;
}

/** The words that fit a line, and the sums over every way to read it (by the tag of the word ending at each position). */
class Lattice {
	private readonly edges: Edge[];
	private readonly ending: Edge[][];
	private readonly starting: Edge[][];
	/** forward[j]: by the tag of the word ending at j, log of all ways to read the slots before j. */
	private readonly forward: Scores[];
	/** backward[i]: by the tag of the word ending at i, log of all ways to read the slots from i on. */
	private readonly backward: Scores[];

	constructor(
		private readonly model: WordModel,
		private readonly slots: Slot[],
	) {
		const n = slots.length;
		this.edges = latticeEdges(model, slots);
		this.ending = Array.from({ length: n + 1 }, () => []);
		this.starting = Array.from({ length: n + 1 }, () => []);
		for (const e of this.edges) {
			this.ending[e.to].push(e);
			this.starting[e.from].push(e);
		}
		this.forward = Array.from({ length: n + 1 }, () => new Map<number, number>());
		this.forward[0].set(model.start, 0);
		for (let j = 1; j <= n; j++) for (const e of this.ending[j]) add(this.forward[j], e.tag, this.into(e) + e.log);
		this.backward = Array.from({ length: n + 1 }, () => new Map<number, number>());
		for (const tag of this.forward[n].keys()) this.backward[n].set(tag, 0);
		for (let i = n - 1; i >= 0; i--) {
			for (const tag of this.forward[i].keys()) {
				const out: number[] = [];
				for (const e of this.starting[i]) {
					const after = this.backward[e.to].get(e.tag);
					if (after !== undefined) out.push(model.transition(tag, e.tag) + e.log + after);
				}
				this.backward[i].set(tag, logSum(out));
			}
		}
	}

	/** Log of all ways to reach the start of `e` and step into its tag. */
	private into(e: Edge): number {
		const logs: number[] = [];
		for (const [tag, log] of this.forward[e.from]) logs.push(log + this.model.transition(tag, e.tag));
		return logSum(logs);
	}

	/** By damaged slot, each candidate's chance over all readings of the line. */
	marginals(): Map<string, number>[] {
		const total = logSum([...this.forward[this.slots.length].values()]);
		const chance = Array.from({ length: this.slots.length }, () => new Map<string, number>());
		for (const e of this.edges) {
			const after = this.backward[e.to].get(e.tag);
			if (after === undefined || !e.chars.some((_, k) => this.slots[e.from + k].damaged)) continue;
			const p = Math.exp(this.into(e) + e.log + after - total);
			e.chars.forEach((c, k) => {
				const at = chance[e.from + k];
				if (this.slots[e.from + k].damaged) at.set(c, (at.get(c) ?? 0) + p);
			});
		}
		return chance;
	}

	/** The words of the likeliest reading (Viterbi over the same lattice). */
	bestPath(): Edge[] {
		const best: Map<number, Step>[] = Array.from({ length: this.slots.length + 1 }, () => new Map<number, Step>());
		best[0].set(this.model.start, { log: 0, tag: this.model.start });
		for (let j = 1; j <= this.slots.length; j++) {
			for (const e of this.ending[j]) {
				for (const [tag, b] of best[e.from]) {
					const log = b.log + this.model.transition(tag, e.tag) + e.log;
					if (log > (best[j].get(e.tag)?.log ?? -Infinity)) best[j].set(e.tag, { log, edge: e, tag });
				}
			}
		}
		const path: Edge[] = [];
		let tag = [...best[this.slots.length]].reduce((a, b) => (b[1].log > a[1].log ? b : a))[0];
		for (let j = this.slots.length; j > 0; ) {
			const step = best[j].get(tag)!;
			path.push(step.edge!);
			tag = step.tag;
			j = step.edge!.from;
		}
		return path.reverse();
	}
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
