// Inline Markdown in a unit's English: which characters are syntax, which runs are styled, which brackets are Markdown's.
import { describe, expect, it } from 'vitest';
import { NO_INLINE, readInline, wordsOnly } from '../../src/core/parser/inlineMarkdown';
import { checkMarkup, parseMarkup } from '../../src/core/parser/markup';

/** The text with its syntax left out, and each styled run and link as the text it covers. */
function read(text: string) {
	const inline = readInline(text);
	let shown = '';
	let at = 0;
	for (const { start, end } of inline.hidden) {
		shown += text.slice(at, start);
		at = end;
	}
	shown += text.slice(at);
	return {
		shown,
		styles: inline.styles.map((r) => [r.style, text.slice(r.start, r.end)]),
		links: inline.links.map((r) => [text.slice(r.start, r.end), r.href, r.internal]),
	};
}

describe('inline Markdown in the English', () => {
	it('finds emphasis, highlights, strikes and code, and leaves their markers out', () => {
		expect(read('The *first crack* comes, ==listen== for it, ~~not~~ `dark` yet, _really_.')).toEqual({
			shown: 'The first crack comes, listen for it, not dark yet, really.',
			styles: [
				['em', 'first crack'],
				['mark', 'listen'],
				['del', 'not'],
				['code', 'dark'],
				['em', 'really'],
			],
			links: [],
		});
	});

	it('reads markers that touch no text, or an `_` inside a word, as the characters they are', () => {
		for (const text of ['5 * 3 * 2 is thirty', 'snake_case_name and file_name', 'a == b and c == d', '* not a list here', 'one `tick only']) {
			expect(read(text), text).toEqual({ shown: text, styles: [], links: [] });
		}
		expect(read('*one\ntwo*').styles).toEqual([]);
	});

	it('reads web links, links to notes (their address decoded), wikilinks with and without an alias, and embeds by the text they show', () => {
		expect(read('The beans [pop](https://en.wikipedia.org/wiki/Coffee_roasting) like [this note](Coffee%20notes.md#Roast).')).toEqual({
			shown: 'The beans pop like this note.',
			styles: [],
			links: [
				['pop', 'https://en.wikipedia.org/wiki/Coffee_roasting', false],
				['this note', 'Coffee notes.md#Roast', true],
			],
		});
		expect(read('says [[James Hoffmann]], or [[Roasting/Light roast|light roasts]] and ![[beans.png]]')).toEqual({
			shown: 'says James Hoffmann, or light roasts and beans.png',
			styles: [],
			links: [
				['James Hoffmann', 'James Hoffmann', true],
				['light roasts', 'Roasting/Light roast', true],
				['beans.png', 'beans.png', true],
			],
		});
	});

	it('reads a footnote mark by its name, tags as styles or nothing, and an escape as the character after it', () => {
		expect(read('Hoffmann says so.[^1] The <u>origin</u> shows<br> in a <span class="x">light</span> roast, \\*not\\* \\[a modifier].')).toEqual({
			shown: 'Hoffmann says so.1 The origin shows in a light roast, *not* [a modifier].',
			styles: [
				['footnote', '1'],
				['u', 'origin'],
			],
			links: [],
		});
	});

	it('hides a tag that names no style, even one named like an object\'s own property', () => {
		expect(read('a <constructor>b</constructor> <toString>c</toString> d')).toEqual({ shown: 'a b c d', styles: [], links: [] });
	});

	it('keeps the lesson markup out of it: `[a modifier](an aside)`, `[[nested]]` markup and empty links are no links', () => {
		for (const text of ['[going this way](actually) now', '[[[deep]]] and [[x] y]', '[]() and [[ ]]', '[x](no address here)']) {
			expect(read(text).links, text).toEqual([]);
		}
		expect(readInline('Plain English, no syntax at all.')).toBe(NO_INLINE);
	});

	it('reads a long run of openers with no closer in linear time', () => {
		for (const piece of ['*a ', '[a](', '`a ``', '[[a', '==a ', '<a ', '_a_b ', '[^a ']) {
			const started = performance.now();
			readInline(piece.repeat(200_000));
			expect(performance.now() - started, piece).toBeLessThan(2000);
		}
	});
});

describe('the words of the English', () => {
	it('are the English with its syntax as spaces, at the same offsets, so no term is found in a link address', () => {
		const text = 'The beans [pop](https://x.org/roasting) like *roasting* corn.';
		const words = wordsOnly(text);
		expect(words).toHaveLength(text.length);
		expect(words.replace(/ +/g, ' ')).toBe('The beans pop like roasting corn.');
		expect(words.indexOf('roasting')).toBe(text.indexOf('*roasting*') + 1);
		expect(wordsOnly('No syntax here.')).toBe('No syntax here.');
	});
});

describe('syntax markup next to Markdown', () => {
	it('reads the brackets of links, footnote marks, code and escapes as text, and the markup around and inside them', () => {
		const english = '{see [the (old) docs](https://x.org/a_(b)) and [[Note]]}[^1] `[not] {markup}` \\[text\\] (an aside)';
		const shape = parseMarkup(english).nodes.map((n) => [n.kind, english.slice(n.start, n.end), n.children.map((c) => english.slice(c.start, c.end))]);
		expect(shape).toEqual([
			['clause', '{see [the (old) docs](https://x.org/a_(b)) and [[Note]]}', ['(old)']],
			['aside', '(an aside)', []],
		]);
		expect(checkMarkup(english)).toEqual({ problems: [], moreProblems: 0, tooDeep: -1 });
	});

	it('still reports a markup bracket left open beside a link', () => {
		const english = '{read [the docs](https://x.org) now';
		expect(checkMarkup(english).problems).toEqual([{ offset: 0, kind: 'never-closed', bracket: '{' }]);
		expect(parseMarkup(english).nodes.map((n) => [n.kind, n.start, n.end])).toEqual([['clause', 0, english.length]]);
	});
});
