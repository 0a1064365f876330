import { describe, expect, it } from 'vitest';
import { readProperty, splitNote } from '../../src/core/termNotes/frontmatter';
import { mergeNoteText, TERM_TAG, type NoteContent } from '../../src/core/termNotes/noteText';

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
});
