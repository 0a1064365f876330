/**
 * File names for term notes that every platform accepts: Windows' reserved characters and names,
 * Obsidian's link characters (`# ^ [ ] |`), leading dots (hidden files) and trailing dots or spaces.
 */

const UNSAFE = new Set(['\\', '/', ':', '*', '?', '"', '<', '>', '|', '#', '^', '[', ']']);
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_LENGTH = 100;

/** `P50 / P90` → `P50 - P90`, `in distribution / out of distribution` → `in distribution - out of distribution`. */
export function safeFileName(term: string): string {
	let name = '';
	for (const c of term.normalize('NFC')) name += UNSAFE.has(c) || c < ' ' ? '-' : c;
	name = name.replace(/\s+/g, ' ').replace(/^[.\s]+/, '');
	name = [...name].slice(0, MAX_LENGTH).join('').replace(/[.\s]+$/, '');
	if (name === '') return 'term';
	return RESERVED.test(name) ? `${name}_` : name;
}

/** A short, stable suffix for a term key: FNV-1a, base 36. */
export function keySuffix(key: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < key.length; i++) {
		hash ^= key.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(36);
}

/**
 * The path for a new term note: `folder/name.md`, or with the key's suffix when that path is
 * taken (compared case-insensitively, as on macOS and Windows). Claims the path in `taken`.
 */
export function newNotePath(folder: string, term: string, key: string, taken: Set<string>): string {
	const base = `${folder === '' ? '' : `${folder}/`}${safeFileName(term)}`;
	const candidates = [`${base}.md`, `${base} (${keySuffix(key)}).md`];
	for (let n = 2; ; n++) {
		const path = candidates.shift() ?? `${base} (${keySuffix(key)}-${n}).md`;
		if (!taken.has(path.toLowerCase())) {
			taken.add(path.toLowerCase());
			return path;
		}
	}
}
