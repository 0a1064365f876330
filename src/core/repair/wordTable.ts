import { factorLog } from './tagFactors';
import { decodeDelta, LEVEL_ALPHABET, levelLog, wordIndices } from './tableCodec';
import { CHAR_LEVELS, CHARS, LOG_TOTAL, NAMED_LEVEL, NAMED_PAIRS, NAMED_TRIPLES, PAIR_LEVELS, PAIRS, SOLO, TAG_FACTORS, TAGS } from './wordTableData';

/** A word's entry: natural log of its count and its part of speech. */
export interface Entry {
	log: number;
	tag: number;
}

/** Log frequencies of Chinese words and characters with their parts of speech, from a segmentation dictionary. */
export interface WordTable {
	/** Words of two and three characters. */
	words: Map<string, Entry>;
	/** Characters that are words on their own. */
	solo: Map<string, Entry>;
	/** Every character: natural log of its count in all words. */
	chars: Map<string, number>;
	/** Natural log of all words' count. */
	logTotal: number;
	/** The parts of speech by name, as jieba tags them (`n`, `v`, `x` for punctuation…). */
	tags: string[];
	/** By tag (the last row a line's start), natural log of how much likelier each tag is next than anywhere. */
	factors: number[][];
}

let table: WordTable | null = null;

/** The table, unpacked when first asked for (a note that is never repaired never pays for it). */
export function wordTable(): WordTable {
	if (table) return table;
	const chars = decodeDelta(CHARS).map((code) => String.fromCodePoint(code));
	const solo = new Map<string, Entry>();
	chars.forEach((c, i) => {
		if (SOLO[2 * i] !== '.') solo.set(c, { log: levelLog(SOLO[2 * i]), tag: LEVEL_ALPHABET.indexOf(SOLO[2 * i + 1]) });
	});
	const tags = TAGS.split(' ');
	const word = (n: number, length: number) => wordIndices(n, length).map((i) => chars[i]).join('');
	const words = new Map<string, Entry>();
	decodeDelta(PAIRS).forEach((n, i) => words.set(word(n, 2), { log: levelLog(PAIR_LEVELS[2 * i]), tag: LEVEL_ALPHABET.indexOf(PAIR_LEVELS[2 * i + 1]) }));
	const named: Entry = { log: levelLog(NAMED_LEVEL), tag: tags.indexOf('n') };
	for (const n of decodeDelta(NAMED_PAIRS)) words.set(word(n, 2), named);
	for (const n of decodeDelta(NAMED_TRIPLES)) words.set(word(n, 3), named);
	const factors = Array.from({ length: tags.length + 1 }, (_, row) => [...TAG_FACTORS.slice(row * tags.length, (row + 1) * tags.length)].map(factorLog));
	table = { words, solo, chars: new Map(chars.map((c, i) => [c, levelLog(CHAR_LEVELS[i])])), logTotal: LOG_TOTAL, tags, factors };
	return table;
}
