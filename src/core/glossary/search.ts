import type { Span } from '../model';

/** The words of a search, folded like the text they are matched against; every word must match. */
export function searchTokens(query: string): string[] {
	return searchFold(query).split(/\s+/).filter((token) => token.length > 0);
}

/** Width and case folded, as term keys are (core/termKey). */
export function searchFold(text: string): string {
	return text.normalize('NFKC').toLowerCase();
}

/**
 * Whether folding changes letters of `text` a search may type: Latin, Greek and Cyrillic capitals, accented
 * letters, full-width letters and digits. A cheap test, no copy; punctuation is not searched for.
 */
export function needsFolding(text: string): boolean {
	return /[A-Z\u00c0-\u024f\u0370-\u04ff\ufb00-\ufb06\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/.test(text);
}

/**
 * How well an entry that has every word of a search matches it, best first (the order the glossary lists them
 * in): the term itself, a term that starts with the search, a word of the term that does, a meaning that does,
 * a match elsewhere (inside the term, a meaning or the IPA).
 */
export const Rank = { term: 0, termStart: 1, wordStart: 2, meaningStart: 3, other: 4 } as const;

/** How many ranks there are. */
export const RANKS = 5;

/** Whether the character (code) before a word of a term other than its first starts that word: a space, hyphen, slash or bracket. */
export function breaksWords(code: number): boolean {
	return code === 0x20 || code === 0x2d || code === 0x2f || code === 0x28 || code === 0xff08; // space - / ( （
}

/** Where the tokens occur in `text`, as sorted, merged spans (for highlighting). */
export function matchRanges(text: string, tokens: string[]): Span[] {
	const folded = text.toLowerCase();
	// A fold that changes the length (rare ligatures) would misplace highlights: show none instead.
	if (folded.length !== text.length) return [];
	const spans: Span[] = [];
	for (const token of tokens) {
		for (let at = folded.indexOf(token); at !== -1; at = folded.indexOf(token, at + token.length)) {
			spans.push({ start: at, end: at + token.length });
		}
	}
	spans.sort((a, b) => a.start - b.start);
	const merged: Span[] = [];
	for (const span of spans) {
		const last = merged[merged.length - 1];
		if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
		else merged.push({ ...span });
	}
	return merged;
}
