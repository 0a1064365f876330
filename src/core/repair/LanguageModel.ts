import { type CharTable } from './charTable';

/**
 * How likely a character is after another: the note's own intact text (lessons repeat their vocabulary),
 * mixed with the dictionary's character and bigram frequencies and the punctuation of the lesson format.
 */
export class LanguageModel {
	private readonly uni = new Map<string, number>();
	private readonly bi = new Map<string, number>();
	private total = 0;

	constructor(private readonly table: CharTable) {}

	/** Counts a stretch of text known to be right (breaks between stretches make no bigram). */
	learn(chars: string[]): void {
		for (let i = 0; i < chars.length; i++) {
			this.uni.set(chars[i], (this.uni.get(chars[i]) ?? 0) + 1);
			this.total++;
			if (i > 0) this.bi.set(chars[i - 1] + chars[i], (this.bi.get(chars[i - 1] + chars[i]) ?? 0) + 1);
		}
	}

	/** Natural log of the chance of `c` after `prev`. */
	score(prev: string, c: string): number {
		const local = this.uni.get(prev) ?? 0;
		const localBigram = local > 0 ? (this.bi.get(prev + c) ?? 0) / local : 0;
		const g = this.table.bigram(prev + c);
		const gPrev = this.table.char(prev);
		const globalBigram = g !== undefined && gPrev !== undefined ? Math.exp(g - gPrev) : 0;
		return Math.log(W_LOCAL * localBigram + W_GLOBAL * globalBigram + W_UNIGRAM * this.unigram(c));
	}

	private unigram(c: string): number {
		const local = this.total > 0 ? (this.uni.get(c) ?? 0) / this.total : 0;
		const g = this.table.char(c);
		const global = g !== undefined ? Math.exp(g - this.table.logTotal) : FORMAT.has(c) ? COMMON : PICTURE.test(c) ? EMOJI : HAN.test(c) ? RARE_HAN : RARE;
		return (local + global) / 2;
	}
}

const W_LOCAL = 0.4;
const W_GLOBAL = 0.3;
const W_UNIGRAM = 0.3;
/** Shares of characters not in the table: the lesson format's punctuation and IPA marks, emoji, other Han, anything else. */
const COMMON = 0.01;
const EMOJI = 1e-4;
const RARE_HAN = 1e-7;
const RARE = 1e-9;
const FORMAT = new Set([...'，。：；（）、！？“”‘’《》【】…—·ːˈˌəɪʊʃʒθðŋæɑɔɜʌ']);
const PICTURE = /\p{Extended_Pictographic}/u;
const HAN = /\p{Script=Han}/u;
