import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { joinNote, readEntries, readProperty, splitNote } from '../../src/core/termNotes/frontmatter';
import { flowItems, readItem, readYamlValue, valueRange, writeYamlEntry } from '../../src/core/termNotes/yaml';

describe('readYamlValue', () => {
	it('reads plain, quoted and boolean scalars', () => {
		expect(readYamlValue(' tackle', [])).toBe('tackle');
		expect(readYamlValue(' "a \\"b\\" \\u00e9"', [])).toBe('a "b" é');
		expect(readYamlValue(" 'it''s'", [])).toBe("it's");
		expect(readYamlValue(' "say \\" # not a comment" # a comment', [])).toBe('say " # not a comment');
		expect(readYamlValue(' true # comment', [])).toBe(true);
		expect(readYamlValue('', [])).toBeNull();
	});

	it('reads block and flow lists', () => {
		expect(readYamlValue('', ['  - "[[a]]"', '  # note', '  - b'])).toEqual(['[[a]]', 'b']);
		expect(readYamlValue('', ['- a'])).toEqual(['a']);
		expect(readYamlValue('', ['  - a', '', '  # about b', '  - b'])).toEqual(['a', 'b']);
		expect(readYamlValue(' tackle', ['', '# later'])).toBe('tackle');
		expect(readYamlValue(' tackle', ['   the problem'])).toBe('tackle the problem');
		expect(readYamlValue(' a#b', [])).toBe('a#b');
		expect(readYamlValue(" 'C:\\' # a backslash is plain in single quotes", [])).toBe('C:\\');
		expect(readYamlValue(' |', ['  a', ''])).toBe('a\n');
		expect(readYamlValue(' |+', ['  a', ''])).toBe('a\n\n');
		expect(readYamlValue(' [a, "b, c", \'d\']', [])).toEqual(['a', 'b, c', 'd']);
		expect(readYamlValue(' []', [])).toEqual([]);
	});

	it('reports what it cannot read instead of guessing', () => {
		expect(readYamlValue('', ['  - a', '  nested: map'])).toBeUndefined();
		expect(readYamlValue('', ['  nested: map'])).toBeUndefined();
		expect(readYamlValue(' "unclosed', [])).toBeUndefined();
		expect(readYamlValue(' [a, [b]]', [])).toBeUndefined();
	});

	// [text after `key:`, continuation lines, value]: each value is also what a real YAML parser reads.
	const readable: [string, string[], unknown][] = [
		[' ~', [], null],
		[' null', [], null],
		[' false', [], false],
		[" ''", [], ''],
		[" it'", [], "it'"],
		[" 'a # b' # c", [], 'a # b'],
		[' a #b', [], 'a'],
		[' a# b', [], 'a# b'],
		[' a*b', [], 'a*b'],
		[' a|', [], 'a|'],
		[' "\\nbeef"', [], '\nbeef'],
		[' [ ]', [], []],
		[' a', ['  b:c'], 'a b:c'],
		[' a', ['  x- y'], 'a x- y'],
		[' it"s', ['  fine'], 'it"s fine'],
		['', ['  - a   '], ['a']],
	];
	it.each(readable)('reads `k:%s` %j as a real YAML parser does', (inline, continuation, value) => {
		expect(readYamlValue(inline, continuation)).toEqual(value);
		expect(parseYaml(['k:' + inline, ...continuation].join('\n'))).toEqual({ k: value });
	});

	const unreadable: [string, string[]][] = [
		[" '", []],
		[" 'unclosed", []],
		[" ''a'", []],
		[" 'a''", []],
		[' *ref', []],
		[' {a: 1}', []],
		[' |x', []],
		[' "a" b', []],
		[' "\\q"', []],
		[' [a, b', []],
		[' [a[b], c]', []],
		[' [a{b}, c]', []],
		[' [a, true]', []],
		[' "a', ['  b"']],
		[' a', ['  b: c']],
		[' a', ['  b:']],
		[' a', ['  - b']],
		[' a', ['  -']],
		[' a', ['  b', '  c: d']],
		['', ['  x - y']],
		['', ['  x-']],
		['', ['  -abc']],
		['', ['  - true']],
	];
	it('reads an empty list item as empty text (YAML reads null: no text either way)', () => {
		expect(readYamlValue('', ['  -', '  - b'])).toEqual(['', 'b']);
	});

	it.each(unreadable)('leaves `k:%s` %j unread: richer YAML than it owns, or broken', (inline, continuation) => {
		expect(readYamlValue(inline, continuation)).toBeUndefined();
	});
});

describe('the pieces of a value the term notes edit in place', () => {
	it('finds a value between its key and its comment', () => {
		const line = 'term:   tackle  # mine';
		const { start, end } = valueRange(line, 5);
		expect(line.slice(start, end)).toBe('tackle');
		expect(valueRange('term: "a # b" # c', 5)).toEqual({ start: 6, end: 13 });
		expect(valueRange('term:   # only a comment', 5)).toEqual({ start: 5, end: 5 });
		expect(valueRange('term:', 5)).toEqual({ start: 5, end: 5 });
	});

	it('splits a one-line flow list into its raw items, quotes and all', () => {
		expect(flowItems(' [a, "b, c" ,  \'d\'] ')).toEqual(['a', '"b, c"', "'d'"]);
		expect(flowItems('[ ]')).toEqual([]);
		expect(flowItems('[a]')).toEqual(['a']);
		expect(flowItems('a, b')).toBeNull();
		expect(flowItems('[a, b')).toBeNull();
		expect(flowItems('a, b]')).toBeNull();
	});

	it('reads one raw list item, and nothing richer', () => {
		expect(readItem(' "[[a]]"  # linked ')).toBe('[[a]]');
		expect(readItem('  plain  ')).toBe('plain');
		expect(readItem('# only a comment')).toBe('');
		expect(readItem('true')).toBeUndefined();
		expect(readItem('[a]')).toBeUndefined();
	});
});

describe('writeYamlEntry', () => {
	const values = ['', '"quoted"', "'single'", 'a: "b"', 'cr\r', 'P50 / P90', '[[lesson]]', 'a: b', 'a:b', 'note #1', 'x #', 'true', 'No', '42', '1e3', '.5', '~', 'null', ' padded', '#tag', '- item', '? key', '*ref', '&anchor', '!tag', '%dir', '@at', '`tick`', 'say "hi"', '动词，处理', 'line\nbreak', 'tab\there', 'back\\slash', "it's", '{a}', '[b]', '|', '>', 'bell\u0007', 'escape\u001b[0m', 'del\u007f'];
	it.each(values)('writes %j so that it reads back unchanged, by its own reader and by a real YAML parser, with no raw control character', (value) => {
		const [first, ...rest] = writeYamlEntry('k', value);
		expect(rest).toEqual([]);
		expect(readYamlValue(first.slice(2), [])).toBe(value);
		expect(parseYaml(first)).toEqual({ k: value });
		// Obsidian's YAML reader rejects a note whose frontmatter holds a raw control character.
		expect([...first].filter((c) => c < ' ' || c === '\u007f')).toEqual([]);
	});

	it('writes a word plain, and quotes a value holding ": " or " #" (YAML would read a map or a comment)', () => {
		expect(writeYamlEntry('k', 'tackle')).toEqual(['k: tackle']);
		expect(writeYamlEntry('k', 'ratio: high')[0]).toBe('k: "ratio: high"');
		expect(writeYamlEntry('k', 'P50 #1')[0]).toBe('k: "P50 #1"');
	});

	it('writes plain what YAML reads back as the same string, and escapes readably what it must quote', () => {
		const written: [string, string][] = [
			['well-known', 'well-known'],
			['1st', '1st'],
			['nothing', 'nothing'],
			['a true story', 'a true story'],
			['version 2', 'version 2'],
			['', '""'],
			['"hi"', '"\\"hi\\""'],
			['a\nb\tc\rd', '"a\\nb\\tc\\rd"'],
			['bell\u0007', '"bell\\u0007"'],
		];
		for (const [value, yaml] of written) expect(writeYamlEntry('k', value)).toEqual([`k: ${yaml}`]);
	});

	it('writes lists as indented blocks and booleans bare', () => {
		const [head, ...items] = writeYamlEntry('lessons', ['[[a]]', 'b']);
		expect(head).toBe('lessons:');
		expect(readYamlValue('', items)).toEqual(['[[a]]', 'b']);
		expect(parseYaml([head, ...items].join('\n'))).toEqual({ lessons: ['[[a]]', 'b'] });
		expect(writeYamlEntry('hot', true)).toEqual(['hot: true']);
		expect(writeYamlEntry('lessons', [])).toEqual(['lessons: []']);
	});
});

describe('splitNote', () => {
	it('round-trips notes byte for byte, with or without frontmatter, LF, CRLF, lone CR, mixed, BOM', () => {
		for (const text of ['---\na: 1\n---\nbody\r\n', '---\na: 1\n---\nbody\n', '---\r\na: 1\r\n---\r\nbody', '---\ra: 1\r---\rbody', '---\na: 1\r\nb: 2\n---\n', '\uFEFF---\na: 1\n---\n', 'no frontmatter\n', '---\nunclosed\n', '---\n---\n', '']) {
			expect(joinNote(splitNote(text))).toBe(text);
		}
	});

	it('finds a property among other keys, comments and lists; quoted keys, block and folded scalars', () => {
		const text = '---\n# mine\naliases:\n  - x\nterm: "P50 / P90"\nrating: 5\n---\n';
		expect(readProperty(text, 'term')).toBe('P50 / P90');
		expect(readProperty(text, 'aliases')).toEqual(['x']);
		expect(readProperty('---\ntitle: x\n---\n', 'term')).toBeUndefined();
		expect(readProperty('term: not frontmatter\n', 'term')).toBeUndefined();
		expect(readProperty('---\nterm: x\n---\nA body with\r\nWindows line ends.', 'term')).toBe('x');
		expect(readProperty('\uFEFF---\r\n"term": x\r\n---\r\n', 'term')).toBe('x');
		expect(readProperty('---\nterm: >-\n  bread and\n  butter\n---\n', 'term')).toBe('bread and butter');
		expect(readProperty('---\nmeaning: |\n  one\n  two\n---\n', 'meaning')).toBe('one\ntwo\n');
		expect(readProperty('---\nmeaning: a plain\n  scalar, continued\n---\n', 'meaning')).toBe('a plain scalar, continued');
	});

	it('closes the frontmatter only at a line of exactly three dashes', () => {
		const note = splitNote('---\na: 1\n----\n--- x\nb: 2\n---\nbody');
		expect(note.yaml).toEqual(['a: 1', '----', '--- x', 'b: 2']);
		expect(note.body).toBe('body');
	});

	it('reads keys as YAML does: spaces before the colon, a quote inside a key, the first of a repeated key', () => {
		expect(readProperty('---\nterm : x\n---\n', 'term')).toBe('x');
		expect(readProperty("---\nit's: x\n---\n", "it's")).toBe('x');
		expect(readProperty('---\nterm: first\nterm: second\n---\n', 'term')).toBe('first');
	});

	it('keeps a list across a blank line, and leaves blank and comment lines after an entry outside it', () => {
		const yaml = ['tags:', '  - a', '', '  - b', '', '  # mine', '# mine too', 'next: 1'];
		const entries = readEntries(yaml);
		expect(entries.get('tags')).toMatchObject({ from: 0, to: 4, value: ['a', 'b'] });
		expect(entries.get('next')).toMatchObject({ from: 7, to: 8, value: '1' });
	});
});
