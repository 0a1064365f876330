import { describe, expect, it } from 'vitest';
import { NOTE_LANGUAGES } from '../../src/core/noteWords';
import { readProperty as property, splitNote } from '../../src/core/termNotes/frontmatter';
import { findRegion, mergeNoteText, regionBegin, REGION_END, regionLanguage, TERM_TAG, type NoteContent } from '../../src/core/termNotes/noteText';

const REGION_BEGIN = regionBegin('en');

const content = (over: Partial<NoteContent['owned']> = {}, region = ['## Definition', '', '**tackle**']): NoteContent => ({
	owned: {
		term: 'tackle', ipa: 'ˈtækəl', pos: '动词', meaning: '处理', lessons: ['[[Lesson A]]', '[[Lesson B]]'], hot: true,
		aliases: ['tackle'], tags: [TERM_TAG], ...over,
	},
	region,
	language: 'en',
});


describe('mergeNoteText', () => {
	it('writes a new note with readable properties and the managed region', () => {
		const text = mergeNoteText(null, content());
		expect(property(text, 'term')).toBe('tackle');
		expect(property(text, 'lessons')).toEqual(['[[Lesson A]]', '[[Lesson B]]']);
		expect(property(text, 'hot')).toBe(true);
		expect(property(text, 'tags')).toEqual([TERM_TAG]);
		expect(text).toContain(`${REGION_BEGIN}\n## Definition\n\n**tackle**\n${REGION_END}\n`);
	});

	it('returns the same text when nothing changed', () => {
		const text = mergeNoteText(null, content());
		expect(mergeNoteText(text, content())).toBe(text);
	});

	it('keeps user text above, inside the frontmatter and below the region byte for byte over 100 re-syncs', () => {
		const created = mergeNoteText(null, content());
		const edited = created
			.replace('---\nterm:', '---\n# my comment\nrating: 5  # out of 5\nterm:')
			.replace('hot: true\n', 'hot: true\nsource: "book"\nreview:\n  - 2026-01-01\n')
			.replace(REGION_BEGIN, `My own intro.\n\n${REGION_BEGIN}`)
			.concat('\n## My notes\n\nUsed in **my** essay.  \n');
		let text = edited;
		for (let i = 0; i < 100; i++) text = mergeNoteText(text, content({ meaning: i % 2 ? '处理' : '应对' }, [`run ${i}`]));
		const expected = edited.replace(/%% bilingual-lessons:begin[^]*?%% bilingual-lessons:end %%/, `${REGION_BEGIN}\nrun 99\n${REGION_END}`);
		expect(text).toBe(expected);
		expect(text.startsWith('---\n# my comment\nrating: 5  # out of 5\nterm: tackle\n')).toBe(true);
		expect(text.endsWith('\n## My notes\n\nUsed in **my** essay.  \n')).toBe(true);
	});

	it('replaces only the owned values that differ, in place', () => {
		const text = '---\nmeaning: old\nmine: x\nterm: tackle\n---\nbody\n';
		const merged = mergeNoteText(text, content());
		expect(merged.startsWith('---\nmeaning: 处理\nmine: x\nterm: tackle\n')).toBe(true);
	});

	it('does not write when the user reordered keys or wrote lists in flow style', () => {
		const region = mergeNoteText(null, content()).slice(mergeNoteText(null, content()).indexOf(REGION_BEGIN));
		const yaml = ['tags:', `  - ${TERM_TAG}`, 'hot: true', 'lessons: ["[[Lesson A]]", "[[Lesson B]]"]', 'aliases: [tackle]', 'meaning: 处理', "pos: '动词'", 'ipa: ˈtækəl', 'term: tackle'];
		const text = `---\n${yaml.join('\n')}\n---\n\n${region}`;
		expect(mergeNoteText(text, content())).toBe(text);
	});

	it('keeps the term as the user spelled it when the key is the same', () => {
		const text = mergeNoteText(null, content()).replace('term: tackle', 'term: Tackle');
		expect(mergeNoteText(text, content())).toBe(text);
	});

	it('adds its alias and tag to the user\'s, removing none', () => {
		const text = '---\nterm: tackle\naliases: [handle]\ntags: mine\n---\n';
		const merged = mergeNoteText(text, content());
		expect(property(merged, 'aliases')).toEqual(['handle', 'tackle']);
		expect(property(merged, 'tags')).toEqual(['mine', TERM_TAG]);
	});

	it('fills an empty flow list written with a space in it, `[ ]`, as it fills `[]`', () => {
		const merged = mergeNoteText('---\nterm: tackle\naliases: [ ]\ntags: []\n---\n', content());
		expect(merged).toContain(`\naliases: [tackle]\ntags: [${TERM_TAG}]\n`);
	});

	it('leaves a property alone when it has no value to give (ipa unknown)', () => {
		const text = mergeNoteText(null, content()).replace('ipa: ˈtækəl', 'ipa: my guess');
		expect(property(mergeNoteText(text, content({ ipa: null })), 'ipa')).toBe('my guess');
	});

	it('appends the region when the user removed its markers, keeping all their text', () => {
		const text = '---\nterm: tackle\n---\nJust my notes.';
		const merged = mergeNoteText(text, content());
		expect(merged).toContain('Just my notes.\n\n' + REGION_BEGIN);
		expect(mergeNoteText(merged, content())).toBe(merged);
	});

	it('adds no frontmatter to a note that has none at its top: only its region is written', () => {
		const text = `Notes first.\n\n---\nterm: tackle\n---\n\n${REGION_BEGIN}\nold\n${REGION_END}\n`;
		expect(mergeNoteText(text, content())).toBe(text.replace('\nold\n', '\n## Definition\n\n**tackle**\n'));
	});

	it('keeps text after the end marker on its line', () => {
		const text = mergeNoteText(null, content()).replace(REGION_END, `${REGION_END} MINE`);
		expect(mergeNoteText(text, content({}, ['new']))).toBe(text.replace(/%% bilingual-lessons:begin[^]*?%% bilingual-lessons:end %%/, `${REGION_BEGIN}\nnew\n${REGION_END}`));
		expect(mergeNoteText(text, content({}, ['new']))).toMatch(/end %% MINE\n$/);
	});

	it('replaces owned values value-only: comments, quoting, indented lines and flow lists with comments stay', () => {
		const region = `${REGION_BEGIN}\n## Definition\n\n**tackle**\n${REGION_END}\n`;
		const yaml = [
			'term: tackle',
			'ipa: ˈtækəl',
			'pos: 动词 # part of speech',
			'meaning: old sense',
			'  continued on an indented line',
			'lessons: ["[[Lesson A]]", \'[[Old]]\'] # where I met it',
			'hot: true',
			'aliases:',
			"  - 'tackle' # the base form",
			'  # more to come',
			'tags:',
			'  - "bilingual-lessons/term"',
		];
		const text = `---\n${yaml.join('\n')}\n---\n\n${region}`;
		const merged = mergeNoteText(text, content({ lessons: ['[[Lesson A]]', '[[Lesson B]]'] }));
		const expected = [
			'term: tackle',
			'ipa: ˈtækəl',
			'pos: 动词 # part of speech',
			'meaning: 处理',
			'lessons: ["[[Lesson A]]", "[[Lesson B]]"] # where I met it',
			'hot: true',
			'aliases:',
			"  - 'tackle' # the base form",
			'  # more to come',
			'tags:',
			'  - "bilingual-lessons/term"',
		];
		expect(merged).toBe(`---\n${expected.join('\n')}\n---\n\n${region}`);
		expect(mergeNoteText(merged, content({ lessons: ['[[Lesson A]]', '[[Lesson B]]'] }))).toBe(merged);
	});

	it('drops a lesson from a block list, keeping the other items as written, and writes [] when none is left', () => {
		const base = mergeNoteText(null, content()).replace('  - "[[Lesson A]]"', "  - '[[Lesson A]]' # first");
		const one = mergeNoteText(base, content({ lessons: ['[[Lesson A]]'] }));
		expect(one).toContain("lessons:\n  - '[[Lesson A]]' # first\nhot:");
		expect(mergeNoteText(one, content({ lessons: [] }))).toContain('lessons: []\nhot:');
	});

	it('keeps a commented-out item as the user\'s comment, not an item, and drops an empty item from the lessons it owns', () => {
		const text = mergeNoteText(null, content())
			.replace('aliases:\n  - tackle\n', 'aliases:\n  # - tackle\n  - handle\n')
			.replace('  - "[[Lesson A]]"\n', '  - "[[Lesson A]]"\n  -\n  # - "[[Lesson C]]"\n');
		const merged = mergeNoteText(text, content());
		expect(merged).toContain('aliases:\n  # - tackle\n  - handle\n  - tackle\n');
		expect(merged).toContain('lessons:\n  - "[[Lesson A]]"\n  # - "[[Lesson C]]"\n  - "[[Lesson B]]"\nhot:');
	});

	it('brings a lessons value written as one scalar to the lessons wanted: kept first when still wanted, replaced when not', () => {
		const base = mergeNoteText(null, content()).replace('lessons:\n  - "[[Lesson A]]"\n  - "[[Lesson B]]"\n', 'lessons: "[[Lesson A]]"  # mine\n');
		expect(base).toContain('lessons: "[[Lesson A]]"  # mine\nhot:');
		expect(mergeNoteText(base, content())).toContain('lessons:  # mine\n  - "[[Lesson A]]"\n  - "[[Lesson B]]"\nhot:');
		expect(mergeNoteText(base, content({ lessons: ['[[Lesson B]]'] }))).toContain('lessons:\n  - "[[Lesson B]]"\nhot:');
		expect(mergeNoteText(base, content({ lessons: ['[[Lesson A]]'] }))).toBe(base);
	});

	it('keeps CRLF line endings', () => {
		const text = mergeNoteText(null, content()).replace(/\n/g, '\r\n');
		const merged = mergeNoteText(text, content({ meaning: '应对' }, ['new']));
		expect(merged.replace(/\r\n/g, '')).not.toContain('\n');
		expect(merged).toContain('meaning: 应对\r\n');
	});
});

describe('mergeNoteText, line by line', () => {
	const block = (region: string[], eol = '\n') => [REGION_BEGIN, ...region, REGION_END].join(eol);
	/** Owned values with no opinion but the term and the lessons. */
	const quiet = (over: Partial<NoteContent['owned']> = {}) => content({ ipa: null, pos: null, meaning: null, hot: null, lessons: [], aliases: [], tags: [], ...over }, ['r']);

	it('writes a new note with only the properties it has a value for, and lessons even when none', () => {
		const text = mergeNoteText(null, content({ ipa: null, pos: null, hot: null, lessons: [], aliases: [] }, ['r']));
		expect(text).toBe(`---\nterm: tackle\nmeaning: 处理\nlessons: []\ntags:\n  - ${TERM_TAG}\n---\n\n${block(['r'])}\n`);
	});

	it('gives a note holding only its term, or an empty frontmatter, what a new note has, in the same order and line endings', () => {
		const fresh = mergeNoteText(null, content());
		expect(mergeNoteText('---\nterm: tackle\n---\n', content())).toBe(fresh);
		expect(mergeNoteText('---\n---\n', content())).toBe(fresh);
		expect(mergeNoteText('---\r\nterm: tackle\r\n---\r\n', content())).toBe(fresh.replaceAll('\n', '\r\n'));
	});

	it('keeps each line’s own ending where a value is replaced, and gives added lines the note’s', () => {
		const text = '---\nterm: tackle\nmeaning: old\r\nlessons:\r  - "[[Lesson A]]"\rhot: true\r\n---\n';
		const merged = mergeNoteText(text, content({ ipa: null, pos: null, aliases: [], tags: [] }, ['r']));
		expect(merged).toBe(`---\nterm: tackle\nmeaning: 处理\r\nlessons:\r  - "[[Lesson A]]"\r  - "[[Lesson B]]"\nhot: true\r\n---\n\n${block(['r'])}\n`);
	});

	it('replaces a value continued on indented lines as a whole, each comment among them kept once', () => {
		const text = '---\nterm: tackle\n# about the meaning\nmeaning: old sense\n  # my note\n  continued # here\nlessons: []\n---\n';
		expect(splitNote(mergeNoteText(text, quiet({ meaning: '处理' }))).yaml).toEqual(['term: tackle', '# about the meaning', 'meaning: 处理', '  # my note', 'lessons: []']);
	});

	// [the YAML, the owned values that differ from quiet(), the YAML written]
	const edits: [string[], Partial<NoteContent['owned']>, string[]][] = [
		[['term: handle', 'hot: false', 'lessons: []'], { hot: true }, ['term: tackle', 'hot: true', 'lessons: []']],
		[['term: tackle', 'hot: false', 'lessons: []'], {}, ['term: tackle', 'hot: false', 'lessons: []']],
		[['term: tackle', 'meaning: old', 'lessons: []'], { meaning: 'ratio: high' }, ['term: tackle', 'meaning: "ratio: high"', 'lessons: []']],
		[['term: tackle', 'meaning:', 'lessons: []'], { meaning: '处理' }, ['term: tackle', 'meaning: 处理', 'lessons: []']],
		[['term: tackle', 'meaning:   old  # mine', 'lessons: []'], { meaning: '处理' }, ['term: tackle', 'meaning:   处理  # mine', 'lessons: []']],
		// An empty value followed by a comment: the value goes before the comment, which stays a comment.
		[['term: tackle', 'meaning:   # to fill in', 'lessons:  # mine', '  - "[[Old]]"'], { meaning: '处理' }, ['term: tackle', 'meaning: 处理  # to fill in', 'lessons: [] # mine']],
		// Unreadable, so the user's: left as it is.
		[['term: tackle', 'aliases: {a: 1}', 'lessons: []'], { aliases: ['tackle'] }, ['term: tackle', 'aliases: {a: 1}', 'lessons: []']],
		[['term: tackle', 'aliases: [ tackle ,handle ]', 'lessons: []'], { aliases: ['tackle'] }, ['term: tackle', 'aliases: [ tackle ,handle ]', 'lessons: []']],
		[['term: tackle', 'lessons: ["[[Lesson A]]", "[[Old]]"]'], { lessons: ['[[Lesson A]]'] }, ['term: tackle', 'lessons: ["[[Lesson A]]"]']],
		[['term: tackle', 'aliases:', 'lessons: []'], { aliases: ['tackle'] }, ['term: tackle', 'aliases:', '  - tackle', 'lessons: []']],
		[
			['term: tackle', 'aliases:', '    - handle', 'lessons:', '  - "[[Lesson A]]"'],
			{ aliases: ['tackle'], lessons: ['[[Lesson A]]', '[[Lesson B]]'] },
			['term: tackle', 'aliases:', '    - handle', '    - tackle', 'lessons:', '  - "[[Lesson A]]"', '  - "[[Lesson B]]"'],
		],
		[['term: tackle', 'lessons:', '  - "[[Old]]"', "  - '[[Lesson A]]' # first", 'tags: []'], { lessons: ['[[Lesson A]]'] }, ['term: tackle', 'lessons:', "  - '[[Lesson A]]' # first", 'tags: []']],
		[['term: tackle', 'lessons:', '  - "[[Old]]"', 'tags: []'], { lessons: ['[[Lesson B]]'] }, ['term: tackle', 'lessons:', '  - "[[Lesson B]]"', 'tags: []']],
		[['term: tackle', 'lessons:', '  - "[[Old]]"', 'tags: []'], {}, ['term: tackle', 'lessons: []', 'tags: []']],
	];
	it.each(edits)('brings %j to the owned values %j, in place', (yaml, owned, written) => {
		expect(splitNote(mergeNoteText(`---\n${yaml.join('\n')}\n---\n`, quiet(owned))).yaml).toEqual(written);
	});

	it('appends the region after the user’s text with one blank line between', () => {
		for (const body of ['My notes.', 'My notes.\n', 'My notes.\n\n']) {
			expect(mergeNoteText(`---\nterm: tackle\nlessons: []\n---\n${body}`, quiet())).toBe(`---\nterm: tackle\nlessons: []\n---\nMy notes.\n\n${block(['r'])}\n`);
		}
	});
});

describe('the managed region with stray markers', () => {
	const region = (text: string) => mergeNoteText(text, content({}, ['fresh']));

	it('never replaces user text between a stray begin marker and a later region', () => {
		const once = region(`---\nterm: tackle\n---\n${REGION_BEGIN}\nMy text, end marker deleted.\n`);
		expect(once).toContain(`${REGION_BEGIN}\nMy text, end marker deleted.\n\n${REGION_BEGIN}\nfresh\n${REGION_END}\n`);
		expect(region(once)).toBe(once);
	});

	it('takes markers only at the start of a line, after LF, CRLF or a lone CR; a marker quoted mid-line is text', () => {
		for (const eol of ['\n', '\r\n', '\r']) {
			const body = `See ${REGION_BEGIN} here.${eol}${REGION_BEGIN}${eol}x ${REGION_END}${eol}${REGION_END} tail`;
			const start = body.indexOf(`${eol}${REGION_BEGIN}`) + eol.length;
			expect(findRegion(body)).toEqual({ start, end: body.lastIndexOf(REGION_END) + REGION_END.length });
		}
		expect(findRegion(`a ${REGION_BEGIN}\nb ${REGION_END}\n`)).toBeNull();
	});

	it('finds a region that opens the body, and none with only an end marker', () => {
		const body = `${REGION_BEGIN}\nx\n${REGION_END}\n`;
		expect(findRegion(body)).toEqual({ start: 0, end: body.length - 1 });
		expect(findRegion(`My text.\n${REGION_END}\n`)).toBeNull();
	});

	it('tells the language a region was written in by its begin marker, and none for a marker the user changed', () => {
		for (const language of NOTE_LANGUAGES) expect(regionLanguage(`x\n${regionBegin(language)}\ny\n${REGION_END}\n`)).toBe(language);
		expect(regionLanguage('no region')).toBeNull();
		expect(regionLanguage(`%% bilingual-lessons:begin — my words %%\n${REGION_END}`)).toBeNull();
	});

	it('does not pile up regions when the begin marker was deleted', () => {
		const once = region(`---\nterm: tackle\n---\nMy text.\n${REGION_END}\n`);
		expect(region(once)).toBe(once);
		expect(once.split(REGION_BEGIN)).toHaveLength(2);
	});
});
