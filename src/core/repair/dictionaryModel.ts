import { CHINESE_WORD_CLASSES } from '../parser/wordClasses';
import { FORMAT_WORDS } from './formatWords';
import type { Reading, WordModel } from './wordLattice';
import { type Entry, wordTable, type WordTable } from './wordTable';

/**
 * How likely words and characters are: the dictionary's frequencies, its parts of speech (how likely one
 * follows another), the lesson format's own words (its labels and word classes) and its punctuation.
 */
export function dictionaryModel(table: WordTable = wordTable()): WordModel {
	const prefixes = new Set<string>();
	for (const w of [...table.words.keys(), ...LESSON_WORDS]) {
		const chars = [...w];
		for (let k = 1; k < chars.length; k++) prefixes.add(chars.slice(0, k).join(''));
	}
	const noun = table.tags.indexOf('n');
	const other = table.tags.indexOf('x');
	const reading = (e: Entry): Reading => ({ tag: e.tag, log: e.log - table.logTotal });
	const lessonWord: Reading = { tag: noun, log: LOG_LESSON_WORD };
	return {
		word: (w) => {
			if (LESSON_WORDS.has(w)) return lessonWord;
			const e = table.words.get(w);
			return e && reading(e);
		},
		prefix: (p) => prefixes.has(p),
		single: (c) => {
			const solo = table.solo.get(c);
			if (solo) return reading(solo);
			const inWords = table.chars.get(c);
			if (inWords !== undefined) return { tag: noun, log: inWords + LOG_ALONE - table.logTotal };
			if (LATIN.test(c)) return { tag: noun, log: 0 };
			if (HAN.test(c)) return { tag: noun, log: LOG_RARE_HAN };
			return { tag: other, log: Math.log(FORMAT.has(c) ? COMMON : PICTURE.test(c) ? EMOJI : RARE) };
		},
		transition: (from, to) => WEIGHT_OF_TAGS * table.factors[from][to],
		start: table.tags.length,
	};
}

const LESSON_WORDS = new Set([...FORMAT_WORDS, ...CHINESE_WORD_CLASSES]);
/** A lesson's labels and word classes are among its commonest words. */
const LOG_LESSON_WORD = Math.log(1e-3);
/** How much the part of speech before a word counts (the tags' factors are from another corpus than the counts). */
const WEIGHT_OF_TAGS = 0.6;
/** A character the dictionary knows only inside words stands alone this much less often. */
const LOG_ALONE = Math.log(0.05);
const LOG_RARE_HAN = Math.log(1e-9);
/** Shares among the other characters: the lesson format's punctuation, IPA marks and emoji (with the emoji presentation selector), other emoji, anything else. */
const COMMON = 0.05;
const EMOJI = 1e-3;
const RARE = 1e-6;
const FORMAT = new Set([...'，。：；（）、！？“”‘’《》【】…—·ːˈˌəɪʊʃʒθðŋæɑɔɜʌ🔥📚📝🎯\uFE0F']);
const PICTURE = /\p{Extended_Pictographic}/u;
const HAN = /\p{Script=Han}/u;
/** A run of Latin letters and digits: an English word, a number. */
const LATIN = /^[A-Za-z0-9]/;
