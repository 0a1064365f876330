import { describe, expect, it } from 'vitest';
import { lessonScope } from '../../src/core/termNotes/lessonScope';
import { planTermNotes } from '../../src/core/termNotes/plan';
import { lessonSource } from './lessons';

describe('lessonScope', () => {
	it('covers the terms a lesson glosses and the notes that still list it', () => {
		const before = lessonSource('L/One.md', [{ n: 1, english: 'We tackle it.', terms: [{ term: 'tackle', hot: true }, { term: 'It', hot: true }] }]);
		const other = lessonSource('Two.md', [{ n: 1, english: 'Requests wait in a queue.', terms: [{ term: 'queue', hot: true }] }]);
		const paths = [before.path, other.path];
		const plan = planTermNotes({ lessons: [before, other], notes: [], paths, options: { folder: 'T', includeAllTerms: false, language: 'en' } });
		const notes = plan.notes.map((a) => ({ path: a.path, text: a.after }));
		const after = lessonSource('L/One.md', [{ n: 1, english: 'We handle it.', terms: [{ term: 'Handle.' }] }]);
		expect(lessonScope({ lessons: [after, other], notes, paths }, after.path)).toEqual(new Set(['handle', 'tackle', 'it']));
		expect(lessonScope({ lessons: [after, other], notes, paths }, other.path)).toEqual(new Set(['queue']));
	});

	it('leaves out a template placeholder, as the glossary and term notes do (core/glosses)', () => {
		const lesson = lessonSource('L/Draft.md', [{ n: 1, english: 'We tackle it.', terms: [{ term: 'tackle' }, { term: '{{term}}' }, { term: '<% tp.file.title %>' }] }]);
		expect(lessonScope({ lessons: [lesson], notes: [], paths: [lesson.path] }, lesson.path)).toEqual(new Set(['tackle']));
	});
});
