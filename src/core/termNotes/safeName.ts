import { fnv1a } from '../hash';

/**
 * File names for term notes that every platform accepts: Windows' reserved characters and names,
 * Obsidian's link characters (`# ^ [ ] |`), invisible and bidi control characters, leading dots
 * (hidden files), trailing dots or spaces, and the 255-byte name limit of ext4, APFS and others.
 */

const UNSAFE = new Set(['\\', '/', ':', '*', '?', '"', '<', '>', '|', '#', '^', '[', ']']);
/** Windows' device names, with any extension (`aux.txt`, `COM1.md`) and its superscript digits (`com²`). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(?= *(\.|$))/i;
/**
 * Characters that show nothing: format characters (bidi controls, zero-width space and joiners, soft
 * hyphen, BOM…), Hangul fillers, the combining grapheme joiner and lone surrogates. A zero-width joiner
 * between two emoji stays: it is part of the emoji (👩‍💻).
 */
const INVISIBLE = /(?<!\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?)\u200D|\u200D(?!\p{Extended_Pictographic})|[^\P{Cf}\u200D]|[\p{Cs}\u034F\u115F\u1160\u3164\uFFA0]/gu;
const CONTROL = /\p{Cc}/u;
const MAX_NAME_BYTES = 255;
const EXTENSION = '.md';

/**
 * `P50 / P90` → `P50 - P90`, `in distribution / out of distribution` → `in distribution - out of distribution`.
 * The name, `suffix` and `.md` together take at most 255 UTF-8 bytes; a name is cut between graphemes.
 */
export function safeFileName(term: string, suffix = ''): string {
	let name = '';
	for (const c of term.normalize('NFC').replace(INVISIBLE, '')) name += UNSAFE.has(c) || CONTROL.test(c) ? '-' : c;
	name = name.replace(/\s+/g, ' ').replace(/^[.\s]+/, '');
	// One byte spare for the `_` a reserved name gains.
	name = cutToBytes(name, MAX_NAME_BYTES - utf8Bytes(suffix + EXTENSION) - 1).replace(/[.\s]+$/, '');
	if (name === '') return 'term';
	return name.replace(RESERVED, '$1_');
}

/** The longest start of `text` within `max` UTF-8 bytes, cut between graphemes (code points inside a giant one). */
function cutToBytes(text: string, max: number): string {
	if (utf8Bytes(text) <= max) return text;
	let out = '';
	let bytes = 0;
	for (const piece of graphemes(text)) {
		const size = utf8Bytes(piece);
		if (bytes + size > max) {
			if (out === '') for (const c of piece) if ((bytes += utf8Bytes(c)) <= max) out += c;
			break;
		}
		out += piece;
		bytes += size;
	}
	return out;
}

function graphemes(text: string): Iterable<string> {
	if (typeof Intl.Segmenter !== 'function') return text;
	return [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);
}

const encoder = new TextEncoder();

function utf8Bytes(text: string): number {
	return encoder.encode(text).length;
}

/** How macOS and Windows compare paths: case-insensitively, and NFC and NFD alike. */
export function pathKey(path: string): string {
	return path.normalize('NFC').toUpperCase().toLowerCase();
}

/** A short, stable suffix for a term key: FNV-1a, base 36. */
export function keySuffix(key: string): string {
	return fnv1a(key).toString(36);
}

/**
 * The path for a new term note: `folder/name.md`, or with the key's suffix when that path is taken, then
 * `name (suffix-2).md`, `name (suffix-3).md`…
 * `taken` holds the `pathKey` of every path in use; the new path is claimed in it.
 */
export function newNotePath(folder: string, term: string, key: string, taken: Set<string>): string {
	const prefix = folder === '' ? '' : `${folder}/`;
	const hash = keySuffix(key);
	for (let n = 0; ; n++) {
		const suffix = n === 0 ? '' : n === 1 ? ` (${hash})` : ` (${hash}-${n})`;
		const path = `${prefix}${safeFileName(term, suffix)}${suffix}${EXTENSION}`;
		if (!taken.has(pathKey(path))) {
			taken.add(pathKey(path));
			return path;
		}
	}
}
