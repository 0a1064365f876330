import { basename } from '../paths';

/**
 * Link text for notes, as Obsidian resolves it: the bare name when no other note in `paths`
 * shares it (case-insensitively), else the path without `.md`.
 */
export function linkTexts(paths: readonly string[]): (path: string) => string {
	const counts = new Map<string, number>();
	for (const path of paths) {
		if (!path.endsWith('.md')) continue;
		const name = basename(path).toLowerCase();
		counts.set(name, (counts.get(name) ?? 0) + 1);
	}
	return (path) => {
		const name = basename(path);
		return (counts.get(name.toLowerCase()) ?? 0) > 1 ? path.slice(0, -'.md'.length) : name;
	};
}

/** Characters a wikilink's target cannot carry: `#` and `^` start a subpath, `|` the display text, `[ ]` end it. */
const BREAKS_WIKILINK = /[#^|[\]]/;
/** What a Markdown link destination cannot carry raw (`#` would start the fragment, spaces and brackets end it). */
const UNSAFE_IN_DESTINATION = /[\s#%|[\]^()<>\\`"?]/gu;

/**
 * A link to a note (`linktext` as from linkTexts) with an optional `#subpath` and display text. A wikilink
 * when the link text allows one; else a Markdown link whose path is percent-encoded, as Obsidian's help
 * asks (`[Q&A, unit 3](Q%26A%20%233.md#^unit-3)`): a lesson named `Q&A #3` or `a | b [1]` stays linkable.
 */
export function noteLink(linktext: string, subpath = '', display?: string): string {
	if (!BREAKS_WIKILINK.test(linktext)) return `[[${linktext}${subpath}${display === undefined ? '' : `|${display}`}]]`;
	const destination = `${linktext}.md`.replace(UNSAFE_IN_DESTINATION, percentEncoded);
	return `[${(display ?? linktext).replace(/[\\[\]]/g, '\\$&')}](${destination}${subpath})`;
}

const encoder = new TextEncoder();

function percentEncoded(c: string): string {
	return [...encoder.encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}

/**
 * Whether a `[[link]]` or `[text](path.md)` (as in a term note's `lessons`) may point to the note at
 * `path`: by its bare name or its path, whatever other notes exist now (the note itself may be gone).
 */
export function mayLinkTo(link: string, path: string): boolean {
	const markdown = /^\[(?:[^\]\\]|\\.)*\]\(([^)]*)\)$/.exec(link.trim());
	const raw = markdown ? safeDecode(markdown[1].split('#')[0]).replace(/\.md$/i, '') : link.replace(/^\[\[|\]\]$/g, '').split(/[|#]/)[0];
	const target = raw.trim().toLowerCase();
	const withoutMd = path.toLowerCase().replace(/\.md$/, '');
	return target === withoutMd || target === basename(path).toLowerCase();
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}
