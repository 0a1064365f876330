/** The characters words are made of, for finding terms in English: ASCII letters and digits, apostrophes, Latin letters with marks. */
export function isWordChar(code: number): boolean {
	return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || isApostrophe(code) || (code >= 0xc0 && code <= 0x24f);
}

export function isApostrophe(code: number): boolean {
	return code === 39 || code === 0x2019;
}
