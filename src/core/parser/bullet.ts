import { hasFire, indent, squash, stripBold, stripFire } from './text';

/** A term bullet as written, before it is located in the English. */
export interface BulletTerm {
	term: string;
	ipa: string | null;
	pos: string | null;
	meaning: string;
	hot: boolean;
}

/** The text after a `*`, `-` or `+` bullet marker, or null when the line is not a bullet. */
export function bulletText(line: string): string | null {
	const i = indent(line);
	const mark = line[i];
	if ((mark === '*' || mark === '-' || mark === '+') && (line[i + 1] === ' ' || line[i + 1] === '\t')) return line.slice(i + 2).trim();
	return null;
}

/**
 * Reads `**term** [/IPA/] [🔥]：[POS，]meaning [🔥]`: `-`/`+` bullets, ASCII colons, 🔥 anywhere,
 * no IPA, no POS and a plain (not bold) term are all accepted. Null when there is no term or no colon.
 */
export function parseTermBullet(text: string): BulletTerm | null {
	const hot = hasFire(text);
	const s = stripFire(text).trim();
	let term: string;
	let after: string;
	if (s.startsWith('**')) {
		const close = s.indexOf('**', 2);
		if (close < 0) return null;
		term = s.slice(2, close);
		after = s.slice(close + 2);
	} else {
		const colon = firstColon(s);
		if (colon < 0) return null;
		term = s.slice(0, colon);
		after = s.slice(colon);
	}
	const ipaInTerm = splitIpa(term);
	term = squash(stripBold(ipaInTerm.rest));
	const ipaAfter = splitIpa(after.trimStart());
	after = ipaAfter.rest.trimStart();
	const ipa = ipaInTerm.ipa ?? ipaAfter.ipa;
	if (term === '' || (after[0] !== '：' && after[0] !== ':')) return null;
	const { pos, meaning } = splitPos(squash(after.slice(1)));
	return { term, ipa, pos, meaning, hot };
}

function firstColon(s: string): number {
	const a = s.indexOf('：');
	const b = s.indexOf(':');
	if (a < 0) return b;
	if (b < 0) return a;
	return Math.min(a, b);
}

/** Takes a trailing or leading `/IPA/` off a piece of the bullet. */
function splitIpa(s: string): { ipa: string | null; rest: string } {
	const t = s.trim();
	const open = t.indexOf('/');
	if (open < 0) return { ipa: null, rest: s };
	const close = t.indexOf('/', open + 1);
	if (close < 0) return { ipa: null, rest: s };
	const inner = t.slice(open + 1, close).trim();
	// `P50 / P90` has slashes too: IPA holds no ASCII letters in upper case or digits and is not blank.
	if (inner === '' || /[A-Z0-9]/.test(inner) || (open > 0 && t[open - 1] !== ' ')) return { ipa: null, rest: s };
	if (open > 0 && close < t.length - 1 && t[close + 1] !== ' ') return { ipa: null, rest: s };
	return { ipa: inner, rest: (t.slice(0, open) + t.slice(close + 1)).trim() };
}

const WORD_CLASSES = new Set([
	'名词', '动词', '形容词', '副词', '介词', '连词', '代词', '数词', '量词', '感叹词', '叹词', '助词', '冠词',
	'限定词', '短语', '动词短语', '短语动词', '名词短语', '形容词短语', '副词短语', '介词短语', '习语', '习语短语',
	'俚语', '缩写', '缩略语', '词组', '固定搭配', '专有名词', '及物动词', '不及物动词', '情态动词', '助动词',
	'noun', 'verb', 'adjective', 'adverb', 'phrase', 'phrasal verb', 'idiom', 'preposition', 'conjunction',
	'n.', 'v.', 'adj.', 'adv.', 'prep.', 'phr.', 'abbr.',
]);

/** True for `名词`, `名词/动词`, `动词（俚语）`: word classes, possibly joined by `/` and qualified. */
function isWordClass(field: string): boolean {
	if (WORD_CLASSES.has(field)) return true;
	let base = field;
	const paren = Math.max(base.indexOf('（'), base.indexOf('('));
	if (paren > 0) base = base.slice(0, paren);
	const parts = base.toLowerCase().split(/[/、]/);
	return parts.length > 0 && parts.every((p) => WORD_CLASSES.has(p.trim()));
}

function splitPos(text: string): { pos: string | null; meaning: string } {
	let comma = -1;
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '，' || text[i] === ',') {
			comma = i;
			break;
		}
	}
	if (comma > 0) {
		const field = text.slice(0, comma).trim();
		if (isWordClass(field)) return { pos: field, meaning: text.slice(comma + 1).trim() };
	}
	return { pos: null, meaning: text };
}
