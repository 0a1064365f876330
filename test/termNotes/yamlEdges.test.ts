import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readProperty } from '../../src/core/termNotes/frontmatter';
import { mergeNoteText, TERM_TAG, type NoteContent } from '../../src/core/termNotes/noteText';
import { readYamlValue, writeYamlEntry } from '../../src/core/termNotes/yaml';

const content = (lessons: string[]): NoteContent => ({
	owned: { term: 'tackle', ipa: null, pos: null, meaning: null, lessons, hot: null, aliases: [], tags: [TERM_TAG] },
	region: ['r'],
	language: 'en',
});

describe('a line or paragraph separator (U+2028, U+2029) inside a value', () => {
	it.each([
		['line separator', 'a\u2028b'],
		['paragraph separator', 'a\u2029b'],
	])('is written escaped in a list, which then reads back as the same list, by its own reader and by a real YAML parser (%s)', (_, item) => {
		const [head, ...items] = writeYamlEntry('lessons', [`[[${item}]]`, '[[Other]]']);
		expect(items.join('')).not.toMatch(/[\u2028\u2029]/);
		expect(readYamlValue('', items)).toEqual([`[[${item}]]`, '[[Other]]']);
		expect(parseYaml([head, ...items].join('\n'))).toEqual({ lessons: [`[[${item}]]`, '[[Other]]'] });
	});

	it('does not freeze the lessons list of a term note that links to a lesson whose name holds one', () => {
		const odd = '[[Tides\u2028and currents]]';
		const first = mergeNoteText(null, content([odd]));
		expect(readProperty(first, 'lessons')).toEqual([odd]);
		const second = mergeNoteText(first, content([odd, '[[Winds]]']));
		expect(readProperty(second, 'lessons')).toEqual([odd, '[[Winds]]']);
	});

	it('leaves a list whose item the user wrote with one raw unread, rather than cut the item short at it', () => {
		expect(readYamlValue('', ['  - a\u2028b', '  - c'])).toBeUndefined();
	});
});

describe('a block list whose items are not all indented alike', () => {
	// [the lines under `k:`, what a real YAML parser reads there]: a deeper `- b` under `- a` is the rest of that item.
	const cases: [string[], unknown][] = [
		[['  - a', '    - b'], ['a - b']],
		[['- a', '  - b'], ['a - b']],
		[['  - a', '  - b', '     -'], ['a', 'b -']],
		[['  -', '- b'], 'broken'],
	];
	it.each(cases)('is left unread (%j), not read as items YAML does not see', (continuation, yaml) => {
		expect(readYamlValue('', continuation)).toBeUndefined();
		const parse = (): unknown => parseYaml(['k:', ...continuation].join('\n'));
		if (yaml === 'broken') expect(parse).toThrow();
		else expect(parse()).toEqual({ k: yaml });
	});

	it('is left unread when a line under it has a dash inside it, however far in, not at its start', () => {
		expect(readYamlValue('', ['  - a', '  x  - y'])).toBeUndefined();
		expect(readYamlValue('', ['  - a', '  x  -'])).toBeUndefined();
	});

	it('is read when every item stands where the first does, comments aside', () => {
		expect(readYamlValue('', ['    - a', '# mine', '    -', '    - b'])).toEqual(['a', '', 'b']);
	});
});
