import { isWordChar } from './wordChars';

/** How many characters of a string the filter keys on. */
const KEY = 3;

/**
 * The first three characters found where a word may start in a text: at its start and after each character that is
 * not part of a word. A search there for a string whose first three are not among them cannot succeed, so a unit that
 * glosses hundreds of terms its short English lacks costs a set lookup per search, not a scan of the English.
 */
export class WordStarts {
	private readonly keys = new Set<number>();

	/** `english` says where words may start; `text` (the English or its lower case, of the same length) gives the characters. */
	constructor(english: string, text: string) {
		for (let i = 0; i + KEY <= text.length; i++) if (i === 0 || !isWordChar(english.charCodeAt(i - 1))) this.keys.add(keyAt(text, i));
	}

	/** False only when `s` stands nowhere a word may start. */
	mayStart(s: string): boolean {
		return s.length < KEY || this.keys.has(keyAt(s, 0));
	}
}

function keyAt(s: string, i: number): number {
	return (s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1)) * 65536 + s.charCodeAt(i + 2);
}
