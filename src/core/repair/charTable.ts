import { BIGRAM_LEVELS, BIGRAMS, CHAR_LEVELS, CHARS } from './charTableData';
import { decodeDelta, decodeIndex, levelLog } from './tableCodec';

/** Log frequencies of Chinese characters and of bigrams within words, from a segmentation dictionary. */
export interface CharTable {
	/** Natural log of a character's count, or undefined for one not in the table. */
	char(c: string): number | undefined;
	/** Natural log of a bigram's count, or undefined. */
	bigram(pair: string): number | undefined;
	/** Natural log of all characters' count. */
	logTotal: number;
}

let table: CharTable | null = null;

/** The table, unpacked when first asked for (a note that is never repaired never pays for it). */
export function charTable(): CharTable {
	if (table) return table;
	const chars = decodeDelta(CHARS).map((code) => String.fromCodePoint(code));
	const charLog = new Map(chars.map((c, i) => [c, levelLog(CHAR_LEVELS[i])]));
	const bigramLog = new Map<string, number>();
	for (let i = 0; i < BIGRAM_LEVELS.length; i++) {
		bigramLog.set(chars[decodeIndex(BIGRAMS, 4 * i)] + chars[decodeIndex(BIGRAMS, 4 * i + 2)], levelLog(BIGRAM_LEVELS[i]));
	}
	let total = 0;
	for (const log of charLog.values()) total += Math.exp(log);
	table = { char: (c) => charLog.get(c), bigram: (pair) => bigramLog.get(pair), logTotal: Math.log(total) };
	return table;
}
