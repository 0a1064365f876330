import { detectMisEncoding } from '../parser/encoding';
import { charTable } from './charTable';
import { type CodePage, encodeTable, lostBytes } from './codePages';
import { LanguageModel } from './LanguageModel';
import { narrowByFormat } from './formatHints';
import { mojibakePieces, type Piece } from './mojibakePieces';

export interface EncodingRepair {
	page: CodePage;
	/** The note as it was meant to read. */
	text: string;
	/** Mis-decoded characters put back (whole and damaged alike). */
	repaired: number;
	/** Of those, the ones that lost no byte or whose choice the model is sure of. */
	certain: number;
	/** The damaged ones chosen with doubt; `uncertainAt` holds their offsets (UTF-16) in `text`. */
	uncertain: number;
	uncertainAt: number[];
	/** Characters that had lost bytes (chosen by the model). */
	damaged: number;
}

/** Below this chance of the chosen character, given its neighbours, a damaged character is uncertain. */
const SURE = 0.9;

/** The note decoded back to what it meant, bytes lost on the way chosen by a language model; null for a note that is not mis-encoded. */
export function repairEncoding(text: string): EncodingRepair | null {
	const mis = detectMisEncoding(text);
	if (!mis) return null;
	const pieces = narrowByFormat(mojibakePieces(text, encodeTable(mis.page), lostBytes(mis.page)));
	const damaged = pieces.filter((p) => p.kind === 'damaged').length;
	const whole = pieces.filter((p) => p.kind === 'whole').length;
	if (damaged === 0) return { page: mis.page, text: pieces.map((p) => (p.kind === 'damaged' ? '' : p.text)).join(''), repaired: whole, certain: whole, uncertain: 0, uncertainAt: [], damaged: 0 };
	const model = new LanguageModel(charTable());
	learnIntact(model, pieces);
	const chosen = choose(model, pieces);
	let out = '';
	const uncertainAt: number[] = [];
	pieces.forEach((p, i) => {
		if (p.kind !== 'damaged') out += p.text;
		else {
			if (chosen[i].chance < SURE) uncertainAt.push(out.length);
			out += chosen[i].char;
		}
	});
	return { page: mis.page, text: out, repaired: whole + damaged, certain: whole + damaged - uncertainAt.length, uncertain: uncertainAt.length, uncertainAt, damaged };
}

function learnIntact(model: LanguageModel, pieces: Piece[]): void {
	let run: string[] = [];
	for (const p of pieces) {
		if (p.kind === 'damaged') {
			model.learn(run);
			run = [];
		} else run.push(...p.text);
	}
	model.learn(run);
}

/**
 * For each damaged piece, the best character over each run of consecutive damaged pieces (Viterbi
 * between the intact characters either side), and its chance given the chosen neighbours.
 */
function choose(model: LanguageModel, pieces: Piece[]): { char: string; chance: number }[] {
	const chosen: { char: string; chance: number }[] = [];
	for (let i = 0; i < pieces.length; ) {
		if (pieces[i].kind !== 'damaged') {
			i++;
			continue;
		}
		let end = i;
		while (pieces[end]?.kind === 'damaged') end++;
		const left = lastChar(pieces[i - 1]);
		const right = firstChar(pieces[end]);
		const sets = pieces.slice(i, end).map((p) => (p.kind === 'damaged' ? p.candidates : []));
		const best = viterbi(model, left, sets, right);
		best.forEach((char, k) => {
			const prev = k > 0 ? best[k - 1] : left;
			const next = k + 1 < best.length ? best[k + 1] : right;
			const logs = sets[k].map((c) => model.score(prev, c) + model.score(c, next));
			const top = Math.max(...logs);
			const sum = logs.reduce((s, l) => s + Math.exp(l - top), 0);
			chosen[i + k] = { char, chance: Math.exp(model.score(prev, char) + model.score(char, next) - top) / sum };
		});
		i = end;
	}
	return chosen;
}

function viterbi(model: LanguageModel, left: string, sets: string[][], right: string): string[] {
	let scores = sets[0].map((c) => model.score(left, c));
	const back: number[][] = [];
	for (let k = 1; k < sets.length; k++) {
		const from = back.length;
		back.push([]);
		scores = sets[k].map((c, j) => {
			let best = -Infinity;
			sets[k - 1].forEach((p, m) => {
				const s = scores[m] + model.score(p, c);
				if (s > best) {
					best = s;
					back[from][j] = m;
				}
			});
			return best;
		});
	}
	const last = sets.length - 1;
	let at = 0;
	scores.forEach((s, j) => {
		if (s + model.score(sets[last][j], right) > scores[at] + model.score(sets[last][at], right)) at = j;
	});
	const path = [sets[last][at]];
	for (let k = last; k > 0; k--) {
		at = back[k - 1][at];
		path.unshift(sets[k - 1][at]);
	}
	return path;
}

function lastChar(p: Piece | undefined): string {
	if (!p || p.kind === 'damaged') return '\n';
	return [...p.text].pop() ?? '\n';
}

function firstChar(p: Piece | undefined): string {
	if (!p || p.kind === 'damaged') return '\n';
	return [...p.text][0] ?? '\n';
}
