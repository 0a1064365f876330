// A lesson whose English holds inline Markdown (emphasis, links, a wikilink, code, a tag, a footnote), read exactly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Unit } from '../../src/core/model';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { plainSentence } from '../../src/core/plainSentence';

const text = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'lessons', 'coffee-roasting-inline.md'), 'utf8');
const located = (u: Unit) => u.terms.map((t) => (t.span ? u.english.slice(t.span.start, t.span.end) : null));

describe('inline Markdown in the English, a footnote under the last list (coffee-roasting-inline)', () => {
	const l = parseLesson(text);

	it('reads every unit, term and 🔥, with no diagnostic: a link or wikilink is no unbalanced markup, a footnote no bad bullet', () => {
		expect(l.title).toBe('Home Coffee Roasting · 精听笔记');
		expect(l.units.map((u) => [u.n, u.start, u.end, u.terms.length, u.terms.filter((t) => t.hot).length])).toEqual([
			[1, '00:04', '00:15', 3, 2],
			[2, '00:15', '00:29', 3, 1],
			[3, '00:29', '00:41', 2, 1],
		]);
		expect(l.diagnostics).toEqual([]);
		expect(l.units.map((u) => u.markup)).toEqual([[], [], []]);
	});

	it('keeps the English as written, its Markdown in it, and locates each term in the text it shows', () => {
		expect(l.units[1].english).toBe('Stop ==a little earlier== than you think: the beans keep cooking in their own heat, which `pros` call *carry-over*, as [[James Hoffmann]] explains.[^1]');
		expect(l.units.map(located)).toEqual([
			['first crack', 'in earnest', 'popcorn'],
			['carry-over', 'a little earlier', 'pros'],
			['taste the origin', 'roaster'],
		]);
	});

	it('ends the last unit at its list: the footnote\'s text is neither a term nor the unit\'s', () => {
		const last = l.units[2];
		expect(last.unreadBullets).toEqual([]);
		expect(text.split('\n')[last.endLine]).toBe('* **roaster**：名词，烘焙师；烘焙机');
	});

	it('reads as sentences without the Markdown\'s syntax nor the footnote mark', () => {
		expect(l.units.map((u) => plainSentence(u.english, u.markup, null).text)).toEqual([
			'The first crack is the moment the beans pop like popcorn, and it tells you the roast has begun in earnest.',
			'Stop a little earlier than you think: the beans keep cooking in their own heat, which pros call carry-over, as James Hoffmann explains.',
			'A light roast lets you taste the origin, the soil and the rain of the farm, not the fire rather than the roaster.',
		]);
	});
});
