// Writes src/core/repair/wordTableData.ts, the compact Chinese word frequencies and parts of speech that
// repair chooses lost bytes with, from jieba's dictionary and its part-of-speech transitions as the
// `nodejieba` package ships them (MIT). Run `npm run word-table` (it fetches the package with `npm pack`;
// or pass the path of its dict folder), then commit.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CODE_PAGES, lostBytes } from '../src/core/repair/codePages';
import { encodeDelta, LEVEL_ALPHABET, level, wordNumber } from '../src/core/repair/tableCodec';
import { FACTOR_RANGE, factorSymbol } from '../src/core/repair/tagFactors';

const PACKAGE = 'nodejieba@3.5.8';
const DICT = 'package/submodules/cppjieba/dict';
/** Characters kept (the most frequent). */
const CHARS = 4000;
/** A pair of characters counted at least this often (over every word it stands in) keeps its count; rarer two-character words are kept by name only. */
const PAIR_COUNT = 100;
/** A pair of characters that lose no byte is kept, with its count, when counted at least this often: it never stands where a byte was lost, but it tells how the words beside one split (`一定` after a lost `不`). */
const WHOLE_PAIR_COUNT = 10000;
/** Three-character words counted at least this often are kept, by name only. */
const TRIPLE_COUNT = 20;
/** The count a word kept by name only stands for: even a rare word is far likelier than characters that make none. */
const NAMED_COUNT = 30;

function dictFolder(): string {
	if (process.argv[2]) return process.argv[2];
	const dir = mkdtempSync(join(tmpdir(), 'word-table-'));
	const file = execFileSync('npm', ['pack', PACKAGE, '--silent', '--pack-destination', dir], { encoding: 'utf8' }).trim();
	execFileSync('tar', ['xzf', join(dir, file), '-C', dir, DICT]);
	return join(dir, DICT);
}

const folder = dictFolder();
const lines = (name: string) => readFileSync(join(folder, name), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));

// Parts of speech, and how likely one is after another across a word boundary (a word's end E or a single
// character S, to the next word's start B or single S), from the part-of-speech HMM's transitions.
const trans = lines('pos_dict/prob_trans.utf8').map((l) => l.split(':'));
const tags = [...new Set(trans.flatMap(([a, b]) => [a.split(',')[1], b.split(',')[1]]))].sort();
const tagIndex = new Map(tags.map((t, i) => [t, i]));
const across: number[][] = Array.from({ length: tags.length + 1 }, () => new Array<number>(tags.length).fill(0));
for (const [a, b, p] of trans) {
	const [from, fromTag] = a.split(',');
	const [to, toTag] = b.split(',');
	if ((from === 'E' || from === 'S') && (to === 'B' || to === 'S')) across[tagIndex.get(fromTag)!][tagIndex.get(toTag)!] += Math.exp(Number(p));
}
for (const l of lines('pos_dict/prob_start.utf8')) {
	const [state, p] = l.split(':');
	across[tags.length][tagIndex.get(state.split(',')[1])!] += Math.exp(Number(p));
}
const chance = across.map((row) => {
	const sum = row.reduce((s, v) => s + v, 0);
	return row.map((v) => (sum > 0 ? v / sum : 0));
});
// Each tag's share of running text: the stationary distribution of the transitions.
let share = new Array<number>(tags.length).fill(1 / tags.length);
for (let round = 0; round < 100; round++) {
	const next = new Array<number>(tags.length).fill(0);
	for (let a = 0; a < tags.length; a++) for (let b = 0; b < tags.length; b++) next[b] += share[a] * chance[a][b];
	share = next;
}
/** How much likelier a tag is after another than anywhere: log of the ratio, within FACTOR_RANGE. */
const factors = chance.map((row) => row.map((p, b) => factorSymbol(Math.log(Math.max(p, 1e-12)) - Math.log(Math.max(share[b], 1e-12)))).join('')).join('');

const han = /^\p{Script=Han}+$/u;
const charCount = new Map<string, number>();
const solo = new Map<string, { n: number; tag: number }>();
const words: { word: string[]; n: number; tag: number }[] = [];
const triples = new Set<string>();
let total = 0;
for (const line of lines('jieba.dict.utf8')) {
	const [word, freq, tag] = line.split(' ');
	if (!word || !han.test(word)) continue;
	const n = Number(freq);
	const t = tagIndex.get(tag) ?? tagIndex.get('x')!;
	total += n;
	const cs = [...word];
	for (const c of cs) charCount.set(c, (charCount.get(c) ?? 0) + n);
	if (cs.length === 1) solo.set(word, { n, tag: t });
	else words.push({ word: cs, n, tag: t });
	if (cs.length === 3 && n >= TRIPLE_COUNT) triples.add(word);
}

// A character whose UTF-8 has a byte some code page loses (ISO-8859-1's C1 controls aside: too many to table).
const lost = new Set(CODE_PAGES.filter((p) => p !== 'ISO-8859-1').flatMap(lostBytes));
const damageable = (c: string) => [...Buffer.from(c, 'utf8').subarray(1)].some((b) => lost.has(b));

const kept = [...charCount].sort((a, b) => b[1] - a[1]).slice(0, CHARS);
const byCode = kept.map(([c]) => c).sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
const index = new Map(byCode.map((c, i) => [c, i]));

// Two-character words, each pair's count over every word it stands in (a long word's pairs stand for it), with the pair's own tag when it is a word.
// Words of kept characters with one that can lose a byte (only those stand where a byte was lost), and the commonest pairs of the others.
const known = (cs: string[]) => cs.every((c) => index.has(c));
const fits = (cs: string[]) => known(cs) && cs.some(damageable);
const pairCount = new Map<string, number>();
const pairTag = new Map<string, number>();
for (const w of words) {
	if (w.word.length === 2) pairTag.set(w.word.join(''), w.tag);
	for (let i = 1; i < w.word.length; i++) {
		const pair = [w.word[i - 1], w.word[i]];
		if (known(pair)) pairCount.set(pair.join(''), (pairCount.get(pair.join('')) ?? 0) + w.n);
	}
}
const noun = tagIndex.get('n')!;
const numberOf = (w: string) => wordNumber([...w].map((c) => index.get(c)!));
const byNumber = (a: string, b: string) => numberOf(a) - numberOf(b);
const pairs = [...pairCount].filter(([p, n]) => n >= (fits([...p]) ? PAIR_COUNT : WHOLE_PAIR_COUNT)).sort((a, b) => byNumber(a[0], b[0]));
const counted = new Set(pairs.map(([p]) => p));
const named = [...new Set(words.filter((w) => w.word.length === 2 && fits(w.word) && !counted.has(w.word.join(''))).map((w) => w.word.join('')))].sort(byNumber);
const triplesKept = [...triples].filter((w) => fits([...w])).sort(byNumber);

const literal = (s: string) => `'${s}'`;
const symbol = (i: number) => LEVEL_ALPHABET[i];
const out = `// Generated by scripts/wordTable.ts from ${PACKAGE}'s jieba dictionary (MIT, Yanyi Wu): do not edit.
// ${CHARS} Han characters; ${pairs.length} pairs counted, ${named.length} two-character and ${triplesKept.length} three-character words by name; ${tags.length} parts of speech; counts as levels of ${LEVEL_ALPHABET.length} half-nat steps.

/** The characters, in code point order, as deltas. */
export const CHARS = ${literal(encodeDelta(byCode.map((c) => c.codePointAt(0)!)))};
/** Each character's level over all words. */
export const CHAR_LEVELS = ${literal(byCode.map((c) => level(charCount.get(c)!)).join(''))};
/** Each character's level as a word of its own and its tag, '..' for a character that is no word alone. */
export const SOLO = ${literal(byCode.map((c) => { const s = solo.get(c); return s ? level(s.n) + symbol(s.tag) : '..'; }).join(''))};
/** Pairs of characters counted at least ${PAIR_COUNT} times (${WHOLE_PAIR_COUNT} for a pair that loses no byte), as rising numbers (first index × 4096 + second) in deltas. */
export const PAIRS = ${literal(encodeDelta(pairs.map(([p]) => numberOf(p))))};
/** Each pair's level and tag. */
export const PAIR_LEVELS = ${literal(pairs.map(([p, n]) => level(n) + symbol(pairTag.get(p) ?? noun)).join(''))};
/** The other two-character words, and the three-character words counted at least ${TRIPLE_COUNT} times, numbered as PAIRS: nouns at NAMED_LEVEL. */
export const NAMED_PAIRS = ${literal(encodeDelta(named.map(numberOf)))};
export const NAMED_TRIPLES = ${literal(encodeDelta(triplesKept.map(numberOf)))};
/** The level of a word known by name only (a count of ${NAMED_COUNT}). */
export const NAMED_LEVEL = '${level(NAMED_COUNT)}';
/** Natural log of all words' count. */
export const LOG_TOTAL = ${Math.log(total).toFixed(4)};
/** The parts of speech, as jieba names them. */
export const TAGS = ${literal(tags.join(' '))};
/** By tag (and last, a line's start), how much likelier each tag is next: ${FACTOR_RANGE.steps} steps from ${FACTOR_RANGE.low} to ${FACTOR_RANGE.high} nats. */
export const TAG_FACTORS = ${literal(factors)};
`;
writeFileSync(join(import.meta.dirname, '..', 'src', 'core', 'repair', 'wordTableData.ts'), out);
process.stdout.write(`${CHARS} chars, ${pairs.length} pairs counted, ${named.length} + ${triplesKept.length} words by name, ${tags.length} tags, ${out.length} bytes\n`);
