import type { Span } from '../model';

/**
 * Finds where a glossed term occurs in its unit's English, tolerant of case, inflection
 * (`obsess over` ↔ "obsessing over", `move the needle` ↔ "moved the needle"), parenthesised
 * abbreviations (`time to first token (TTFT)`), alternatives (`P50 / P90`) and placeholders
 * (`get something stolen` ↔ "getting your wheel stolen").
 */
export class TermLocator {
	private readonly words: Word[];
	/** Word positions by stem, so a term is only tried where its first word occurs. */
	private readonly byStem = new Map<string, number[]>();

	constructor(english: string) {
		this.words = tokenize(english);
		this.words.forEach((w, i) => {
			const list = this.byStem.get(w.stem);
			if (list) list.push(i);
			else this.byStem.set(w.stem, [i]);
		});
	}

	locate(term: string): Span | null {
		const forms = candidates(term).map((c) => tokenize(c).map((w) => w.stem));
		// Words as written first; then allowing a few words in between ("run into a lot of issues").
		for (const gap of [0, MAX_GAP]) {
			for (const stems of forms) {
				const span = this.match(stems, gap);
				if (span) return span;
			}
		}
		return null;
	}

	private match(stems: string[], gap: number): Span | null {
		if (stems.length === 0 || stems.length > MAX_TERM_WORDS) return null;
		const first = stems.findIndex((s) => !PLACEHOLDERS.has(s));
		if (first < 0) return null;
		for (const pos of this.byStem.get(stems[first]) ?? []) {
			// Leading placeholders take one word each: "someone's opinion" ↔ "Brooke's opinion".
			const startWord = pos - first;
			if (startWord < 0) continue;
			const budget = { steps: MAX_STEPS };
			const end = this.matchFrom(stems, 0, startWord, gap, budget);
			if (end !== null) return { start: this.words[startWord].start, end: this.words[end - 1].end };
		}
		return null;
	}

	/**
	 * Matches stems[k..] at word i, a placeholder taking one to three words and up to `gap` words
	 * allowed before each later term word; returns the word index after the match, or null.
	 * `budget` bounds the search, so a long term costs a constant per position.
	 */
	private matchFrom(stems: string[], k: number, i: number, gap: number, budget: { steps: number }): number | null {
		if (k === stems.length) return i;
		if (--budget.steps < 0) return null;
		const stem = stems[k];
		if (PLACEHOLDERS.has(stem)) {
			for (let take = 1; take <= 3 && i + take <= this.words.length; take++) {
				const end = this.matchFrom(stems, k + 1, i + take, gap, budget);
				if (end !== null) return end;
			}
			return null;
		}
		const maxSkip = k === 0 ? 0 : gap;
		for (let skip = 0; skip <= maxSkip && i + skip < this.words.length; skip++) {
			if (this.words[i + skip].stem !== stem) continue;
			const end = this.matchFrom(stems, k + 1, i + skip + 1, gap, budget);
			if (end !== null) return end;
		}
		return null;
	}
}

const MAX_TERM_WORDS = 16;
const MAX_GAP = 5;
const MAX_STEPS = 64;

/** Stems of the words a dictionary form uses for "any words here". */
const PLACEHOLDERS = new Set(['someth', 'someon', 'somebody', 'sth', 'sb', 'your', 'oneself', 'yourself']);

interface Word {
	stem: string;
	start: number;
	end: number;
}

function isWordChar(code: number): boolean {
	return (
		(code >= 48 && code <= 57) ||
		(code >= 65 && code <= 90) ||
		(code >= 97 && code <= 122) ||
		code === 39 || // '
		code === 0x2019 || // ’
		(code >= 0xc0 && code <= 0x24f)
	);
}

/** Words (letters, digits, apostrophes) with their offsets; hyphens and punctuation separate words. */
function tokenize(text: string): Word[] {
	const words: Word[] = [];
	let i = 0;
	while (i < text.length) {
		if (!isWordChar(text.charCodeAt(i))) {
			i++;
			continue;
		}
		const start = i;
		while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
		let end = i;
		while (end > start && (text[end - 1] === "'" || text[end - 1] === '’')) end--;
		if (end > start) words.push({ stem: stem(text.slice(start, end)), start, end });
	}
	return words;
}

/** The forms of a term to look for, best first: as written, without parentheses, the parenthesised part, each `/` alternative. */
function candidates(term: string): string[] {
	const out = [term];
	const open = term.search(/[(（]/);
	if (open >= 0) {
		const close = term.slice(open).search(/[)）]/);
		const inner = close > 0 ? term.slice(open + 1, open + close) : term.slice(open + 1);
		const outside = term.slice(0, open) + (close > 0 ? term.slice(open + close + 1) : '');
		out.push(outside, inner);
	}
	for (const piece of [...out]) if (piece.includes('/')) out.push(...piece.split('/'));
	return out.map((c) => c.trim()).filter((c) => c !== '');
}

const IRREGULAR: Record<string, string> = {
	got: 'get', gotten: 'get', made: 'make', went: 'go', gone: 'go', took: 'take', taken: 'take', gave: 'give',
	given: 'give', brought: 'bring', thought: 'think', told: 'tell', said: 'say', found: 'find', built: 'build',
	left: 'leave', kept: 'keep', met: 'meet', ran: 'run', came: 'come', saw: 'see', seen: 'see', knew: 'know',
	known: 'know', felt: 'feel', held: 'hold', spent: 'spend', sent: 'send', paid: 'pay', bought: 'buy',
	caught: 'catch', taught: 'teach', fell: 'fall', fallen: 'fall', grew: 'grow', grown: 'grow', drew: 'draw',
	drawn: 'draw', chose: 'choose', chosen: 'choose', wrote: 'write', written: 'write', spoke: 'speak', spoken: 'speak',
	is: 'be', are: 'be', was: 'be', were: 'be', been: 'be', am: 'be', "'s": 'be', has: 'have', had: 'have',
	did: 'do', does: 'do', done: 'do', won: 'win', lost: 'lose', led: 'lead', stood: 'stand', understood: 'understand',
	vs: 'versus', ourselves: 'oneself', themselves: 'oneself', himself: 'oneself', herself: 'oneself', myself: 'oneself',
	its: 'it', their: 'your', his: 'your', her: 'your', my: 'your', our: 'your', "someone's": 'someon', "one's": 'your',
};

function hasVowel(s: string): boolean {
	return /[aeiouy]/.test(s);
}

const DOUBLE_CONSONANT = /(bb|dd|gg|ll|mm|nn|pp|rr|tt)$/;

/**
 * A crude stem: lower case, possessive and common inflections off, trailing `e` and doubled
 * consonants folded, so "obsessing" ~ "obsess", "moved" ~ "move", "getting" ~ "get".
 */
export function stem(word: string): string {
	// An acronym's plural: "TPUs" ~ "TPU".
	if (word.length > 2 && word.endsWith('s') && word.slice(0, -1) === word.slice(0, -1).toUpperCase()) return word.slice(0, -1).toLowerCase();
	let w = word.toLowerCase().replace(/’/g, "'");
	if (w.endsWith("'s") && !IRREGULAR[w]) w = w.slice(0, -2);
	w = IRREGULAR[w] ?? w;
	if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
	else if (w.length > 4 && w.endsWith('ied')) w = w.slice(0, -3) + 'y';
	else if (w.length > 4 && w.endsWith('ing') && hasVowel(w.slice(0, -3))) w = w.slice(0, -3);
	else if (w.length > 3 && w.endsWith('ed') && !w.endsWith('eed')) w = w.slice(0, -2);
	else if (w.length > 3 && (w.endsWith('ches') || w.endsWith('shes') || w.endsWith('sses') || w.endsWith('xes'))) w = w.slice(0, -2);
	else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
	if (w.length > 2 && w.endsWith('e')) w = w.slice(0, -1);
	if (w.length > 3 && DOUBLE_CONSONANT.test(w)) w = w.slice(0, -1);
	return w;
}
