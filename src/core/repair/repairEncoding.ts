import { detectMisEncoding } from '../parser/encoding';
import { type CodePage, encodeTable, lostBytes } from './codePages';
import { dictionaryModel } from './dictionaryModel';
import { narrowByFormat } from './formatHints';
import { mojibakePieces } from './mojibakePieces';
import { type Choice, readLine, type Slot, type WordModel } from './wordLattice';

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

/** Below this chance of the chosen character, given its line, a damaged character is uncertain. */
const SURE = 0.9;

/** The note decoded back to what it meant, bytes lost on the way chosen by a language model; null for a note that is not mis-encoded. */
export function repairEncoding(text: string): EncodingRepair | null {
	const mis = detectMisEncoding(text);
	if (!mis) return null;
	const pieces = narrowByFormat(mojibakePieces(text, encodeTable(mis.page), lostBytes(mis.page)));
	const slots: Slot[] = pieces.flatMap((p): Slot[] => (p.kind === 'damaged' ? [{ candidates: p.candidates, damaged: true }] : [...p.text].map((c) => ({ candidates: [c], damaged: false }))));
	const chosen = slots.some((s) => s.damaged) ? chooseAll(dictionaryModel(), slots) : [];
	let out = '';
	const uncertainAt: number[] = [];
	let damaged = 0;
	slots.forEach((s, i) => {
		const choice = chosen[i];
		if (!choice) out += s.candidates[0];
		else {
			damaged++;
			if (choice.chance < SURE) uncertainAt.push(out.length);
			out += choice.char;
		}
	});
	const whole = pieces.filter((p) => p.kind === 'whole').length;
	return { page: mis.page, text: out, repaired: whole + damaged, certain: whole + damaged - uncertainAt.length, uncertain: uncertainAt.length, uncertainAt, damaged };
}

/** Markup and spaces: no word, and no break between the words either side. */
const SEE_THROUGH = new Set([...' \t*_#`|>~']);
const LATIN = /^[A-Za-z0-9]$/;

/**
 * Reads every line that holds a damaged slot: its Chinese characters and other characters one slot each,
 * a run of Latin letters and digits one slot, markup and spaces left out.
 */
function chooseAll(model: WordModel, slots: Slot[]): (Choice | undefined)[] {
	const chosen = new Array<Choice | undefined>(slots.length);
	let line: Slot[] = [];
	let at: number[] = [];
	const read = () => {
		if (line.some((s) => s.damaged)) readLine(model, line).forEach((c, k) => (chosen[at[k]] = c));
		line = [];
		at = [];
	};
	slots.forEach((s, i) => {
		const c = s.candidates[0];
		const last = line.length - 1;
		if (!s.damaged && c === '\n') read();
		else if (!s.damaged && SEE_THROUGH.has(c)) return;
		else if (!s.damaged && LATIN.test(c) && at[last] === i - 1 && !line[last].damaged && LATIN.test(line[last].candidates[0].slice(-1))) {
			line[last] = { candidates: [line[last].candidates[0] + c], damaged: false };
			at[last] = i;
		} else {
			line.push(s);
			at.push(i);
		}
	});
	read();
	return chosen;
}
