import type { Span } from '../model';
import type { GlossaryEntry } from './types';

/** The words of a search, folded like the text they are matched against; every word must match. */
export function searchTokens(query: string): string[] {
	return fold(query).split(/\s+/).filter((token) => token.length > 0);
}

const haystacks = new WeakMap<GlossaryEntry, string>();

/**
 * The entry's folded search text: term forms, meanings and IPA. Entries are immutable and replaced when they
 * change, so it is computed once per entry; the index asks for it when it builds one, keeping keystrokes cheap.
 */
export function searchText(entry: GlossaryEntry): string {
	let text = haystacks.get(entry);
	if (text === undefined) {
		text = fold([entry.key, ...entry.forms, ...entry.meanings, ...entry.ipa].join('\n'));
		haystacks.set(entry, text);
	}
	return text;
}

/** True when every token occurs in the entry's term forms, meanings or IPA. */
export function entryMatches(entry: GlossaryEntry, tokens: string[]): boolean {
	const text = searchText(entry);
	return tokens.every((token) => text.includes(token));
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

function fold(text: string): string {
	return text.normalize('NFKC').toLowerCase();
}
