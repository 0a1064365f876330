import type { Span } from '../model';
import { isApostrophe, isWordChar } from './wordChars';
import { WordStarts } from './WordStarts';

/**
 * Finds where a glossed term occurs in its unit's English, tolerant of case, inflection
 * (`obsess over` ↔ "obsessing over", `move the needle` ↔ "moved the needle"), parenthesised
 * abbreviations (`time to first token (TTFT)`), alternatives (`P50 / P90`), placeholders
 * (`get something stolen` ↔ "getting your wheel stolen") and a few words in between
 * (`run into issues` ↔ "running into a lot of issues").
 *
 * Most terms stand in the English as written and are found by one native substring search. For
 * the others words are read lazily: the term's first word is searched for by its stem, and only
 * the words around a hit are stemmed. A unit's English is never tokenised as a whole.
 */
export class TermLocator {
	private lowerCopy: string | null = null;
	/** Stems of the words read so far, by offset; made on first need (most terms are found exactly, and a map costs more than they do). */
	private stems: Map<number, string> | null = null;
	/** For a long English only: word starts by lower-case word and by stem, so each term costs its hits, not a scan. */
	private index: WordIndex | null = null;
	/** Terms located so far: past FILTER_AFTER, a short English's searches are filtered by where its words start. */
	private calls = 0;
	private englishStarts: WordStarts | null = null;
	private lowerStarts: WordStarts | null = null;

	constructor(private readonly english: string) {}

	/**
	 * The English in lower case, made on first need: most terms in a short English are found
	 * without it. Offsets into it must be offsets into the English, so where lower-casing changes
	 * the length (`İ`) the English itself stands in and matching is case-sensitive.
	 */
	private get lower(): string {
		if (this.lowerCopy === null) {
			const lower = this.english.toLowerCase();
			this.lowerKeepsOffsets = lower.length === this.english.length;
			this.lowerCopy = this.lowerKeepsOffsets ? lower : this.english;
		}
		return this.lowerCopy;
	}

	/** Whether `lower` is the English lowered (not the English standing in for it). */
	private lowerKeepsOffsets = true;

	private get wordIndex(): WordIndex {
		return (this.index ??= this.buildIndex());
	}

	locate(term: string): Span | null {
		this.calls++;
		const exact = this.english.length > SHORT ? this.exactByIndex(term) : (this.exact(false, term) ?? this.exact(true, term.toLowerCase()));
		if (exact) return exact;
		// A form of more than MAX_TERM_WORDS words is never matched: its words past that are not even read.
		const forms = candidates(term).map((c) => words(c, MAX_TERM_WORDS + 1).map(termStem));
		// Words as written first; then allowing a few words in between.
		for (const gap of [0, MAX_GAP]) {
			for (const stems of forms) {
				const span = this.match(stems, gap);
				if (span) return span;
			}
		}
		return null;
	}

	/** `term` in the English (or its lower case) between word boundaries: most terms are found so, with one native search. */
	private exact(lowered: boolean, term: string): Span | null {
		if (!exactable(term) || !this.mayStart(lowered, term)) return null;
		const text = lowered ? this.lower : this.english;
		let tries = 0;
		for (let at = text.indexOf(term); at >= 0 && tries++ < MAX_HITS; at = text.indexOf(term, at + 1)) {
			const end = at + term.length;
			if ((at === 0 || !isWordChar(this.english.charCodeAt(at - 1))) && !isWordChar(this.english.charCodeAt(end))) return { start: at, end };
		}
		return null;
	}

	/**
	 * Whether `s` may stand where a word starts in the English (or `lower`). Always, for the first few terms: then a
	 * filter is made, for a unit's English is short here but a generator may gloss hundreds of terms under it.
	 */
	private mayStart(lowered: boolean, s: string): boolean {
		if (this.calls <= FILTER_AFTER) return true;
		if (lowered) return (this.lowerStarts ??= new WordStarts(this.english, this.lower)).mayStart(s);
		return (this.englishStarts ??= new WordStarts(this.english, this.english)).mayStart(s);
	}

	/** As `exact`, case-insensitive, trying only the places where the term's first word stands. */
	private exactByIndex(term: string): Span | null {
		if (!exactable(term)) return null;
		const lower = term.toLowerCase();
		const starts = this.wordIndex.byWord.get(lower.slice(0, runEnd(lower, 0))) ?? [];
		for (let k = 0; k < starts.length && k < MAX_HITS; k++) {
			const at = starts[k];
			const end = at + term.length;
			if (!isWordChar(this.english.charCodeAt(end)) && this.english.slice(at, end).toLowerCase() === lower) return { start: at, end };
		}
		return null;
	}

	private match(stems: string[], gap: number): Span | null {
		if (stems.length === 0 || stems.length > MAX_TERM_WORDS) return null;
		const first = stems.findIndex((s) => !PLACEHOLDERS.has(s));
		if (first < 0) return null;
		const tryAt = (at: number): Span | null => {
			// Leading placeholders take one word each: "someone's opinion" ↔ "Brooke's opinion".
			let start: number | null = at;
			for (let k = 0; k < first && start !== null; k++) start = this.previousWord(start);
			if (start === null) return null;
			const end = this.matchFrom(stems, 0, start, gap, { steps: MAX_STEPS });
			return end === null ? null : { start, end };
		};
		if (this.english.length > SHORT) {
			const starts = this.startsOfStem(stems[first]);
			for (let k = 0; k < starts.length && k < MAX_HITS; k++) {
				const span = tryAt(starts[k]);
				if (span) return span;
			}
			return null;
		}
		let tries = 0;
		for (const prefix of searchPrefixes(stems[first])) {
			if (!this.mayStart(true, prefix)) continue;
			for (let at = this.lower.indexOf(prefix); at >= 0 && tries < MAX_HITS; at = this.lower.indexOf(prefix, at + 1)) {
				if (at > 0 && isWordChar(this.english.charCodeAt(at - 1))) continue;
				tries++;
				if (this.stemAt(at) !== stems[first]) continue;
				const span = tryAt(at);
				if (span) return span;
			}
		}
		return null;
	}

	/**
	 * One pass over a long English: every word's starts under its lower case. Stems are taken of the
	 * distinct words only (far fewer than the words: English repeats), when a term first needs them.
	 */
	private buildIndex(): WordIndex {
		const byWord = new Map<string, number[]>();
		const text = this.english;
		// Keys sliced from the English lowered once, unless lowering changed its length (then word by word).
		const lower = this.lower;
		const lowered = this.lowerKeepsOffsets;
		for (let at = this.nextWord(0); at !== null; at = this.nextWord(at)) {
			const start = at;
			at = runEnd(text, at);
			const key = lowered ? lower.slice(start, at) : text.slice(start, at).toLowerCase();
			const list = byWord.get(key);
			if (list) list.push(start);
			else byWord.set(key, [start]);
		}
		return { byWord, byStem: null };
	}

	/** The starts of the words whose stem is `s`, in text order (the first MAX_HITS of each word form). */
	private startsOfStem(s: string): number[] {
		const index = this.wordIndex;
		if (index.byStem === null) {
			index.byStem = new Map();
			const byStem = index.byStem;
			const add = (key: string, word: string) => {
				const forms = byStem.get(key);
				if (forms) forms.push(word);
				else byStem.set(key, [word]);
			};
			for (const word of index.byWord.keys()) {
				const key = stem(trimApostrophes(word));
				add(key, word);
				// An acronym's plural is stemmed by its case ("TPUs" ~ "TPU"), which a lower-case word has lost: `tpus` may be one
				// (each start is checked against the stem of the word as written).
				if (word.length > 2 && word.endsWith('s') && word.slice(0, -1) !== key) add(word.slice(0, -1), word);
			}
		}
		const forms = index.byStem.get(s) ?? [];
		if (forms.length === 1) return index.byWord.get(forms[0]) ?? [];
		const starts: number[] = [];
		for (const form of forms) for (const at of (index.byWord.get(form) ?? []).slice(0, MAX_HITS)) starts.push(at);
		return starts.sort((x, y) => x - y);
	}

	/**
	 * Matches stems[k..] from the word at offset `at` (null: no more words), a placeholder taking one
	 * to three words and up to `gap` words allowed before each later term word. Returns the offset
	 * after the match, or null. `budget` bounds the search, so a long term costs a constant per hit.
	 */
	private matchFrom(stems: string[], k: number, at: number | null, gap: number, budget: { steps: number }, end = 0): number | null {
		if (k === stems.length) return end;
		if (at === null || --budget.steps < 0) return null;
		if (PLACEHOLDERS.has(stems[k])) {
			let word: number | null = at;
			for (let take = 1; take <= 3 && word !== null; take++) {
				const wordEnd = this.wordEnd(word);
				const found = this.matchFrom(stems, k + 1, this.nextWord(wordEnd), gap, budget, wordEnd);
				if (found !== null) return found;
				word = this.nextWord(wordEnd);
			}
			return null;
		}
		let word: number | null = at;
		for (let skip = 0; skip <= (k === 0 ? 0 : gap) && word !== null; skip++) {
			const wordEnd = this.wordEnd(word);
			if (stems[k] === ANY_ING ? isIngForm(this.english, word, wordEnd) : this.stemAt(word) === stems[k]) {
				const found = this.matchFrom(stems, k + 1, this.nextWord(wordEnd), gap, budget, wordEnd);
				if (found !== null) return found;
			}
			word = this.nextWord(wordEnd);
			// Words in between stay in one clause: `tax credit` is not "taxed on, while a credit".
			if (word !== null && breaksClause(this.english, wordEnd, word)) break;
		}
		return null;
	}

	private stemAt(start: number): string {
		const stems = (this.stems ??= new Map<number, string>());
		let s = stems.get(start);
		if (s === undefined) {
			s = stem(this.english.slice(start, this.wordEnd(start)));
			stems.set(start, s);
		}
		return s;
	}

	/** The end of the word starting at `start`, trailing apostrophes excluded. */
	private wordEnd(start: number): number {
		let i = start;
		while (i < this.english.length && isWordChar(this.english.charCodeAt(i))) i++;
		while (i > start + 1 && isApostrophe(this.english.charCodeAt(i - 1))) i--;
		return i;
	}

	/** The start of the first word at or after `from`, or null. */
	private nextWord(from: number): number | null {
		let i = from;
		while (i < this.english.length && !isWordChar(this.english.charCodeAt(i))) i++;
		while (i < this.english.length && isApostrophe(this.english.charCodeAt(i))) i++;
		return i < this.english.length ? i : null;
	}

	/** The start of the word before the one at `start`, or null. */
	private previousWord(start: number): number | null {
		let i = start - 1;
		while (i >= 0 && !isWordChar(this.english.charCodeAt(i))) i--;
		if (i < 0) return null;
		while (i > 0 && isWordChar(this.english.charCodeAt(i - 1))) i--;
		return i;
	}
}

/** Whether english[from, to), the text between two words, holds a mark that ends a clause: `, ; : . ! ?` or a dash. */
function breaksClause(english: string, from: number, to: number): boolean {
	for (let i = from; i < to; i++) if (CLAUSE_MARKS.includes(english.charCodeAt(i))) return true;
	return false;
}

/** , ; : . ! ? – — */
const CLAUSE_MARKS = [44, 59, 58, 46, 33, 63, 0x2013, 0x2014];

interface WordIndex {
	byWord: Map<string, number[]>;
	/** The lower-case words by their stem, made on first need. */
	byStem: Map<string, string[]> | null;
}

/** English up to this long is searched directly (a scan per term costs at most this); longer English is indexed once. */
const SHORT = 4096;
const MAX_TERM_WORDS = 16;
/** Terms of a short English searched for before its searches are filtered: most units gloss fewer. */
const FILTER_AFTER = 8;
/** Forms of one term tried: `a/b/c/…` written a thousand times over must not cost a search each. */
const MAX_FORMS = 8;
const MAX_GAP = 5;
const MAX_STEPS = 64;
/** Hits of a term's first word tried per form: bounds the work on pathological input. */
const MAX_HITS = 64;

/**
 * `doing` after a term's first word stands for any -ing form (`stop sb from doing` ↔ "stop the goats from
 * eating"); a term that starts with `doing` means the word itself. No stem is spelt so.
 */
const ANY_ING = '<doing>';

function termStem(word: string, k: number): string {
	return k > 0 && word.toLowerCase() === 'doing' ? ANY_ING : stem(word);
}

/** Whether the word [start, end) of `text` is an -ing form: a letter or more, then `ing`, in any case. */
function isIngForm(text: string, start: number, end: number): boolean {
	return end - start > 4 && text.slice(end - 3, end).toLowerCase() === 'ing';
}

/** Stems of the words a dictionary form uses for "any words here". */
const PLACEHOLDERS = new Set(['someth', 'someon', 'somebody', 'sth', 'sb', 'your', 'oneself', 'yourself']);

/** A term that starts and ends with a word character: one that can stand between word boundaries. */
function exactable(term: string): boolean {
	return term !== '' && isWordChar(term.charCodeAt(0)) && isWordChar(term.charCodeAt(term.length - 1));
}

/** The end of the run of word characters starting at `from`. */
function runEnd(text: string, from: number): number {
	let i = from;
	while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
	return i;
}

function trimApostrophes(word: string): string {
	let end = word.length;
	while (end > 1 && isApostrophe(word.charCodeAt(end - 1))) end--;
	return end === word.length ? word : word.slice(0, end);
}

/** The first `limit` words of a term (letters, digits, apostrophes); hyphens and punctuation separate words. */
function words(text: string, limit: number): string[] {
	const out: string[] = [];
	let i = 0;
	while (i < text.length && out.length < limit) {
		while (i < text.length && !isWordChar(text.charCodeAt(i))) i++;
		const start = i;
		while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
		let end = i;
		while (end > start && isApostrophe(text.charCodeAt(end - 1))) end--;
		if (end > start) out.push(text.slice(start, end));
	}
	return out;
}

/** Lower-case prefixes every surface form of a stem begins with: the stem itself (`y` off: "studies"), and irregular forms. */
function searchPrefixes(s: string): string[] {
	const prefixes = [s.endsWith('y') && s.length > 2 ? s.slice(0, -1) : s];
	for (const form of IRREGULAR_FORMS.get(s) ?? []) if (!form.startsWith(prefixes[0])) prefixes.push(form);
	return prefixes;
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
	for (const piece of out.slice()) if (piece.includes('/')) for (const part of piece.split('/', MAX_FORMS)) out.push(part);
	return out
		.map((c) => c.trim())
		.filter((c) => c !== '')
		.slice(0, MAX_FORMS);
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
function stem(word: string): string {
	let s = STEMS.get(word);
	if (s === undefined) {
		// English words repeat (Zipf): a bounded memo spares most of the work.
		if (STEMS.size > 10_000) STEMS.clear();
		s = ownCopy(computeStem(word));
		STEMS.set(ownCopy(word), s);
	}
	return s;
}

const STEMS = new Map<string, string>();

/**
 * `text` as a string of its own. A word cut from a note (13 characters or more) is a slice that keeps the whole
 * note in memory: the memo outlives the parse, and would hold every lesson it ever saw.
 */
function ownCopy(text: string): string {
	return (text + ' ').slice(0, -1); // the joined string is flattened into a fresh one, and cut from that
}

function computeStem(word: string): string {
	// An acronym's plural: "TPUs" ~ "TPU".
	if (word.length > 2 && word.endsWith('s') && word.slice(0, -1) === word.slice(0, -1).toUpperCase()) return word.slice(0, -1).toLowerCase();
	let w = word.toLowerCase().replace(/’/g, "'");
	if (w.endsWith("'s") && !IRREGULAR[w]) w = w.slice(0, -2);
	w = IRREGULAR[w] ?? w;
	if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
	else if (w.length > 4 && w.endsWith('ied')) w = w.slice(0, -3) + 'y';
	else if (w.length > 4 && w.endsWith('ing') && hasVowel(w.slice(0, -3))) w = w.slice(0, -3);
	else if (w.length > 3 && w.endsWith('ed') && !w.endsWith('eed')) w = w.slice(0, -2);
	// -es too: "reaches" → "reache", its `e` folded below.
	else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
	if (w.length > 2 && w.endsWith('e')) w = w.slice(0, -1);
	if (w.length > 3 && DOUBLE_CONSONANT.test(w)) w = w.slice(0, -1);
	return w;
}

/** Irregular forms by the stem of their base form: `leav` → ["left"]. */
const IRREGULAR_FORMS = new Map<string, string[]>();
for (const form of Object.keys(IRREGULAR)) {
	const base = stem(form);
	IRREGULAR_FORMS.set(base, [...(IRREGULAR_FORMS.get(base) ?? []), form]);
}
