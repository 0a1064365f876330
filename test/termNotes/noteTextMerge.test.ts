import { describe, expect, it } from 'vitest';
import { readProperty, splitNote } from '../../src/core/termNotes/frontmatter';
import { applyEdits, mergeNoteText, TERM_TAG, type NoteContent } from '../../src/core/termNotes/noteText';

/** Owned values with an opinion on the term, its alias and tag, and no lessons. */
const content = (over: Partial<NoteContent['owned']> = {}): NoteContent => ({
	owned: { term: 'tackle', ipa: null, pos: null, meaning: null, lessons: [], hot: null, aliases: ['tackle'], tags: [TERM_TAG], ...over },
	region: ['r'],
	language: 'en',
});
const yamlOf = (yaml: string[], over: Partial<NoteContent['owned']> = {}) => splitNote(mergeNoteText(`---\n${yaml.join('\n')}\n---\n`, content(over))).yaml;

describe('mergeNoteText on values the user left empty or wrote oddly', () => {
	it('fills aliases and tags written null or ~ with the new items alone, not with a null item', () => {
		const yaml = yamlOf(['term: tackle', 'aliases: null', 'tags: ~  # none yet', 'lessons: []']);
		expect(yaml).toEqual(['term: tackle', 'aliases:', '  - tackle', 'tags:  # none yet', `  - ${TERM_TAG}`, 'lessons: []']);
		const text = `---\n${(yaml ?? []).join('\n')}\n---\n`;
		expect(readProperty(text, 'aliases')).toEqual(['tackle']);
		expect(readProperty(text, 'tags')).toEqual([TERM_TAG]);
	});

	it('keeps a one-scalar alias the user wrote as the first item of the list it becomes', () => {
		expect(yamlOf(['term: tackle', 'aliases: handle', 'lessons: []'])).toEqual(['term: tackle', 'aliases:', '  - handle', '  - tackle', 'lessons: []', 'tags:', `  - ${TERM_TAG}`]);
	});

	it('writes the term over a term property that is not text: a list, true, or nothing', () => {
		for (const term of ['term: [tackle]', 'term: true', 'term: null', 'term:']) {
			expect(yamlOf([term, 'aliases: [tackle]', `tags: [${TERM_TAG}]`, 'lessons: []'])).toEqual(['term: tackle', 'aliases: [tackle]', `tags: [${TERM_TAG}]`, 'lessons: []']);
		}
	});
});

describe('applyEdits', () => {
	it('gives back the lines and their endings as they are when there is nothing to change', () => {
		const yaml = ['a: 1', 'b: 2'];
		const ends = ['\r\n', '\n'];
		expect(applyEdits(yaml, ends, [], [])).toEqual({ yaml: ['a: 1', 'b: 2'], ends: ['\r\n', '\n'] });
	});
});
