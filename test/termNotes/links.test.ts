import MarkdownIt, { type Token } from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { readProperty as property } from '../../src/core/termNotes/frontmatter';
import { lessonScope } from '../../src/core/termNotes/lessonScope';
import { noteLink } from '../../src/core/termNotes/linkText';
import { planTermNotes } from '../../src/core/termNotes/plan';
import { lessonSource } from './lessons';

const markdown = new MarkdownIt();

/** The links of a line as a CommonMark reader sees them: target path (decoded, split at the raw `#`), fragment and text. */
function links(line: string): { path: string; fragment: string; text: string }[] {
	const found: { path: string; fragment: string; text: string }[] = [];
	const tokens: Token[] = markdown.parseInline(line, {})[0].children ?? [];
	tokens.forEach((token, i) => {
		if (token.type !== 'link_open') return;
		// markdown-it normalises the destination; read it as written (the raw `#` splits off the fragment).
		const href = String(token.attrGet('href') ?? '');
		const hash = href.indexOf('#');
		const path = decodeURIComponent(hash === -1 ? href : href.slice(0, hash));
		found.push({ path, fragment: hash === -1 ? '' : decodeURIComponent(href.slice(hash + 1)), text: tokens[i + 1].content });
	});
	return found;
}

const ODD_NAMES = ['Q&A #3', 'left | right', 'caret ^block', 'brackets [1]', 'close ]] open [[', 'all #|^[]] (1) 100% ok?'];

describe('noteLink', () => {
	it('keeps the wikilink for ordinary names, with its subpath and display text', () => {
		expect(noteLink('Lesson one')).toBe('[[Lesson one]]');
		expect(noteLink('Lessons/Lesson one', '#^unit-3', 'Lesson one, unit 3')).toBe('[[Lessons/Lesson one#^unit-3|Lesson one, unit 3]]');
		expect(noteLink('语音 AI (上)', '#^unit-1', '语音 AI (上), unit 1')).toBe('[[语音 AI (上)#^unit-1|语音 AI (上), unit 1]]');
		expect(noteLink('unbalanced ) paren')).toBe('[[unbalanced ) paren]]');
	});

	it.each(ODD_NAMES)('links to a lesson named "%s" by a Markdown link that reads back to its path', (name) => {
		const line = `- ${noteLink(`Lessons/${name}`, '#^unit-3', `${name}, unit 3`)}: the sentence`;
		expect(line).not.toContain('[[');
		expect(links(line)).toEqual([{ path: `Lessons/${name}.md`, fragment: '^unit-3', text: `${name}, unit 3` }]);
	});

	it('encodes only what must be: Chinese stays readable', () => {
		expect(noteLink('课程 #2', '#^unit-1', '课程 #2, unit 1')).toBe('[课程 #2, unit 1](课程%20%232.md#^unit-1)');
	});
});

describe('term notes for a lesson whose file name breaks wikilinks', () => {
	const lesson = lessonSource('Lessons/Q&A #3 | part [1].md', [
		{ n: 1, english: 'We tackle the problem.', blockId: 'unit-1', terms: [{ term: 'tackle', hot: true, meaning: '处理' }] },
	]);
	const input = { lessons: [lesson], notes: [], paths: [lesson.path] };
	const plan = planTermNotes({ ...input, options: { folder: 'Terms', includeAllTerms: false, language: 'en' } });
	const note = plan.notes[0].after;

	it('writes an occurrence link that leads to the lesson and unit', () => {
		const line = note.split('\n').find((l) => l.startsWith('- ') && l.includes('tackle'))!;
		expect(links(line)).toEqual([{ path: 'Q&A #3 | part [1].md', fragment: '^unit-1', text: 'Q&A #3 | part [1], unit 1' }]);
	});

	it('lists the lesson in the lessons property, and finds the note by it again', () => {
		const [listed] = property(note, 'lessons') as string[];
		expect(links(listed)).toEqual([{ path: 'Q&A #3 | part [1].md', fragment: '', text: 'Q&A #3 | part [1]' }]);
		expect(lessonScope({ ...input, notes: [{ path: plan.notes[0].path, text: note }] }, lesson.path)).toEqual(new Set(['tackle']));
		// Planned again from what it wrote, nothing changes.
		const notes = [{ path: plan.notes[0].path, text: note }];
		const again = planTermNotes({ lessons: [lesson], notes, paths: input.paths, options: { folder: 'Terms', includeAllTerms: false, language: 'en' } });
		expect(again.notes.map((a) => a.kind)).toEqual(['unchanged']);
	});
});
