/**
 * The key that identifies a term across lessons, term notes and the glossary:
 * width folded (NFKC), case folded, whitespace collapsed, trailing punctuation dropped.
 * `Inference  Layer.` and `ｉｎｆｅｒｅｎｃｅ layer` share the key `inference layer`.
 */
export function termKey(term: string): string {
	const folded = term.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
	let end = folded.length;
	while (end > 0 && TRAILING_PUNCTUATION.has(folded[end - 1])) end--;
	return folded.slice(0, end).trimEnd();
}

const TRAILING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', '。', '，', '；', '：', '！', '？', '、']);
