import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { lessonScope } from '../../src/core/termNotes/lessonScope';
import { mergeNoteText, regionBegin, TERM_TAG } from '../../src/core/termNotes/noteText';
import { planTermNotes, type PlanInput } from '../../src/core/termNotes/plan';
import { readTermNote } from '../../src/core/termNotes/termNote';
import { lessonSource } from './lessons';

const lesson = lessonSource('Lessons/Tides.md', [{ n: 1, english: 'The tide turns at dusk.', terms: [{ term: 'tide', hot: true, meaning: '潮汐' }] }]);
const options = { folder: 'Terms', includeAllTerms: false, language: 'en' } as const;
const made = planTermNotes({ lessons: [lesson], notes: [], paths: [lesson.path], options }).notes[0].after;
const region = made.slice(made.indexOf(regionBegin('en')));
const plan = (over: Partial<PlanInput>) => planTermNotes({ lessons: [lesson], notes: [], paths: [lesson.path], options, ...over });

describe('which notes are term notes', () => {
	it('is never a note with a bare term property', () => {
		expect(readTermNote('---\nterm: Spring 2024\n---\n# Algebra\n')).toBeNull();
		const algebra = { path: 'School/Algebra.md', text: '---\nterm: tide\n---\nx\n' };
		const result = plan({ notes: [algebra], paths: [lesson.path, algebra.path] });
		expect(result.notes.map((a) => [a.kind, a.path])).toEqual([['create', 'Terms/tide.md']]);
	});

	it.each([
		['a BOM', `\uFEFF${made}`],
		['text above its frontmatter', `My note first.\n\n${made}`],
		['a folded term', made.replace('term: tide', 'term: >-\n  tide')],
		['a quoted key', made.replace('term: tide', '"term": tide')],
		['YAML a stricter parser rejects (a repeated key)', made.replace('hot: true', 'hot: true\nhot: false')],
		['only the region, no frontmatter', `# Tide\n\n${region}`],
		['only the tag', `---\nterm: tide\ntags: "#${TERM_TAG}"\n---\n`],
	])('recognises a note the plugin made with %s, and makes no duplicate', (_, text) => {
		expect(readTermNote(text)).toBe('tide');
		const result = plan({ notes: [{ path: 'Terms/tide.md', text }], paths: [lesson.path, 'Terms/tide.md'] });
		expect(result.notes.map((a) => a.path)).toEqual(['Terms/tide.md']);
		expect(result.notes[0].kind).not.toBe('create');
		const again = mergeNoteText(result.notes[0].after, result.notes[0].content);
		expect(again).toBe(result.notes[0].after);
	});

	it('keeps text before a region whose note has no frontmatter byte for byte', () => {
		const text = `My note first.\n\n${made}`;
		const result = plan({ notes: [{ path: 'Terms/tide.md', text }], paths: [lesson.path, 'Terms/tide.md'] });
		expect(result.notes[0].kind).toBe('unchanged');
	});
});

describe('planning around what is unknown or duplicated', () => {
	it('leaves the notes listing a lesson that could not be read alone, rather than orphaning them', () => {
		const note = { path: 'Terms/tide.md', text: made };
		const result = plan({ lessons: [], notes: [note], paths: [lesson.path, note.path], unreadable: [lesson.path] });
		expect(result.notes).toEqual([]);
		expect(result.held).toEqual([{ path: note.path, lesson: lesson.path }]);
	});

	it('finds the notes of a deleted lesson that were linked by its path', () => {
		const qualified = made.replace('"[[Tides]]"', '"[[Lessons/Tides]]"');
		expect(lessonScope({ lessons: [], notes: [{ path: 'Terms/tide.md', text: qualified }], paths: ['Terms/tide.md'] }, lesson.path)).toEqual(new Set(['tide']));
	});

	it('keeps the same note for a term whatever the duplicates are called', () => {
		const home = { path: 'Terms/tide.md', text: made };
		for (const other of ['0 first.md', 'Terms/tide copy.md', 'zz/last.md']) {
			const copy = { path: other, text: made };
			for (const notes of [[home, copy], [copy, home]]) {
				const result = plan({ notes, paths: [lesson.path, home.path, copy.path] });
				expect(result.duplicates).toEqual([{ key: 'tide', path: other, keptPath: home.path }]);
			}
		}
	});
	it('keeps the first by path of two duplicates away from the term folder, whichever the vault lists first', () => {
		const a = { path: 'Archive/a/tide.md', text: made };
		const b = { path: 'Archive/b/tide.md', text: made };
		for (const notes of [[a, b], [b, a]]) {
			const result = plan({ notes, paths: [lesson.path, a.path, b.path] });
			expect(result.duplicates).toEqual([{ key: 'tide', path: b.path, keptPath: a.path }]);
		}
	});
});

describe('templates', () => {
	const template = readFileSync(new URL('../fixtures/adversarial/Templates/Lesson template.md', import.meta.url), 'utf8');
	const templater = [
		'# <% tp.file.title %>',
		'',
		'(1) [<% tp.system.prompt("start") %>-<% tp.system.prompt("end") %>]',
		'',
		'**<% tp.system.prompt("English sentence") %>**',
		'',
		'<% tp.system.prompt("Chinese") %>',
		'',
		'解析：',
		'* **<% tp.system.prompt("key term") %>** 🔥：<% tp.system.prompt("meaning") %>',
		'',
	].join('\n');

	it.each([
		['the core Templates plugin ({{english}})', template],
		['placeholders of several words ({{English sentence, as spoken}})', template.replace('{{english}}', '{{English sentence, as spoken}}')],
		["Templater's (<% tp.system.prompt() %>)", templater],
	])('a lesson template of %s is no lesson, so it gets no term notes and no cards', (_, text) => {
		expect(parseLesson(text).isLesson).toBe(false);
	});

	it('a lesson made from a template, with one bullet left unfilled, is a lesson whose placeholder gets no note', () => {
		const made = template.replace('{{english}}', 'The spring tide floods the causeway.').replace('* **{{term}}**：{{meaning}} 🔥', '* **spring tide** 🔥：大潮\n* **{{term}}**：{{meaning}}');
		const parsed = parseLesson(made);
		expect(parsed.isLesson).toBe(true);
		const result = planTermNotes({ lessons: [{ path: 'Lessons/Causeway.md', text: made, lesson: parsed }], notes: [], paths: ['Lessons/Causeway.md'], options: { ...options, includeAllTerms: true } });
		expect(result.notes.map((a) => a.path)).toEqual(['Terms/spring tide.md']);
	});
});
