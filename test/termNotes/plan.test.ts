import { describe, expect, it } from 'vitest';
import { readProperty as property } from '../../src/core/termNotes/frontmatter';
import { NOTE_WORDS } from '../../src/core/noteWords';
import { planTermNotes, preferred, type PlanInput, type PlanOptions } from '../../src/core/termNotes/plan';
import { TERM_TAG } from '../../src/core/termNotes/noteText';
import { keySuffix } from '../../src/core/termNotes/safeName';
import { lessonSource } from './lessons';

const OPTIONS: PlanOptions = { folder: 'Terms', includeAllTerms: false, language: 'en' };

const lessonA = lessonSource('Lessons/A.md', [
	{ n: 1, english: 'We tackle the problem. Then rest.', translation: '我们解决问题。', terms: [{ term: 'tackle', hot: true, pos: '动词', meaning: '处理' }, { term: 'rest' }] },
	{ n: 2, english: 'Swap out the model.', terms: [{ term: 'swap out' }] },
]);
const lessonB = lessonSource('Lessons/B.md', [
	{ n: 1, english: 'Time to Tackle it.', blockId: 'b1', terms: [{ term: 'Tackle', hot: true, meaning: '应对' }, { term: 'swap out', hot: true }] },
]);

const input = (over: Partial<PlanInput> = {}): PlanInput => ({
	lessons: [lessonA, lessonB],
	notes: [],
	paths: [lessonA.path, lessonB.path],
	options: OPTIONS,
	...over,
});


describe('planTermNotes', () => {
	it('plans one note per hot term key, merging occurrences across lessons, linking to block ids the lessons have', () => {
		const plan = planTermNotes(input());
		expect(plan.notes.map((a) => [a.kind, a.path])).toEqual([
			['create', 'Terms/swap out.md'],
			['create', 'Terms/tackle.md'],
		]);
		const tackle = plan.notes[1].after;
		expect(property(tackle, 'term')).toBe('tackle');
		expect(property(tackle, 'lessons')).toEqual(['[[A]]', '[[B]]']);
		expect(property(tackle, 'aliases')).toEqual(['tackle', 'Tackle']);
		expect(tackle).toContain('- [[A|A, unit 1]]: We ==tackle== the problem.\n\t- 我们解决问题。');
		expect(tackle).toContain('- [[B#^b1|B, unit 1]]: Time to ==Tackle== it.');
		expect(tackle).toContain('- 动词，处理\n- 应对');
	});

	it('marks a term hot when any lesson marks it, and lists its plain occurrences too', () => {
		const swap = planTermNotes(input()).notes[0].after;
		expect(property(swap, 'hot')).toBe(true);
		expect(swap).toContain('[[A|A, unit 2]]');
		expect(swap).toContain('[[B#^b1|B, unit 1]]');
	});

	it('takes the term\'s part of speech and meaning from a 🔥 occurrence over an earlier plain one', () => {
		const plain = lessonSource('Lessons/A.md', [{ n: 1, english: 'A quick benchmark run.', terms: [{ term: 'benchmark', pos: '名词', meaning: '基准' }] }]);
		const hot = lessonSource('Lessons/B.md', [{ n: 1, english: 'We benchmark every model.', terms: [{ term: 'benchmark', hot: true, pos: '动词', meaning: '做基准测试' }] }]);
		const note = planTermNotes(input({ lessons: [plain, hot], paths: [plain.path, hot.path] })).notes[0].after;
		expect([property(note, 'pos'), property(note, 'meaning')]).toEqual(['动词', '做基准测试']);
	});

	it('writes no translation line under an occurrence whose unit has no translation', () => {
		const bare = lessonSource('Lessons/C.md', [
			{ n: 1, english: 'We rest.', terms: [] },
			{ n: 2, english: 'We tackle it.', translation: '', terms: [{ term: 'tackle', hot: true }] },
		]);
		expect(bare.lesson.units[1].translation).toBe('');
		const note = planTermNotes(input({ lessons: [bare], paths: [bare.path] })).notes[0].after;
		expect(note.split('\n').filter((line) => line.startsWith('- [[C') || line.startsWith('\t'))).toEqual(['- [[C|C, unit 2]]: We ==tackle== it.']);
	});

	it('includes every glossed term when asked', () => {
		expect(planTermNotes(input({ options: { ...OPTIONS, includeAllTerms: true } })).notes.map((a) => a.key)).toEqual(['rest', 'swap out', 'tackle']);
	});

	it('never links to an id Obsidian would not resolve: one mid-paragraph links to the lesson', () => {
		const midParagraph = { ...lessonB, text: lessonB.text.replace('^b1\n\n', '^b1\nThe English, continued.\n\n') };
		const plan = planTermNotes(input({ lessons: [lessonA, midParagraph] }));
		expect(plan.notes[1].after).toContain('- [[B|B, unit 1]]');
		expect(plan.notes[1].after).not.toContain('^b1');
	});

	it('uses the path as link text when two notes share a name', () => {
		const plan = planTermNotes(input({ paths: [lessonA.path, lessonB.path, 'Other/A.md'] }));
		expect(plan.notes[1].after).toContain('[[Lessons/A|A, unit 1]]');
	});

	it('leaves everything unchanged on a second run over its own output', () => {
		const first = planTermNotes(input());
		const notes = first.notes.map((a) => ({ path: a.path, text: a.after }));
		const second = planTermNotes(input({ notes, paths: [lessonA.path, lessonB.path, ...notes.map((n) => n.path)] }));
		expect(second.notes.map((a) => a.kind)).toEqual(['unchanged', 'unchanged']);
	});

	it('finds a renamed and moved note by its term property and updates it in place', () => {
		const first = planTermNotes(input());
		const moved = { path: 'Elsewhere/My tackle notes.md', text: first.notes[1].after.replace('meaning: 处理', 'meaning: old') };
		const plan = planTermNotes(input({ notes: [moved], paths: [lessonA.path, lessonB.path, moved.path] }));
		const tackle = plan.notes.find((a) => a.key === 'tackle');
		expect(tackle?.kind).toBe('update');
		expect(tackle?.path).toBe(moved.path);
		expect(plan.notes.filter((a) => a.kind === 'create').map((a) => a.key)).toEqual(['swap out']);
	});

	it('keeps the note of a term that left every lesson, saying so', () => {
		const first = planTermNotes(input());
		const notes = first.notes.map((a) => ({ path: a.path, text: a.after }));
		const plan = planTermNotes(input({ lessons: [], notes }));
		const tackle = plan.notes.find((a) => a.key === 'tackle');
		expect(tackle?.kind).toBe('update');
		expect(tackle?.path).toBe('Terms/tackle.md');
		expect(tackle?.after).toContain(`**tackle**\n\n- 动词，处理\n\n## Occurrences\n\n${NOTE_WORDS.en.noOccurrences}\n`);
		expect(property(tackle?.after ?? '', 'lessons')).toEqual([]);
		const orphan = planTermNotes(input({ lessons: [], notes: [{ path: 'Terms/tackle.md', text: tackle?.after ?? '' }] }));
		expect(orphan.notes[0].kind).toBe('unchanged');
	});

	it('gives two terms whose safe names collide two notes', () => {
		const lesson = lessonSource('L.md', [
			{ n: 1, english: 'We ran the a/b test and checked the a:b ratio.', terms: [{ term: 'a/b', hot: true }, { term: 'a:b', hot: true }] },
		]);
		const plan = planTermNotes(input({ lessons: [lesson], paths: [lesson.path] }));
		expect(plan.notes.map((a) => a.path)).toEqual(['Terms/a-b.md', `Terms/a-b (${keySuffix('a:b')}).md`]);
	});

	it('never takes the path of an existing file that is not a term note', () => {
		const plan = planTermNotes(input({ paths: [lessonA.path, lessonB.path, 'terms/Tackle.md'] }));
		expect(plan.notes[1].path).toBe(`Terms/tackle (${keySuffix('tackle')}).md`);
	});

	it('reports a second note for the same term and leaves it alone', () => {
		const text = `---\nterm: Tackle\ntags: [${TERM_TAG}]\n---\n`;
		const plan = planTermNotes(input({ notes: [{ path: 'x/2.md', text }, { path: 'x/1.md', text }] }));
		expect(plan.duplicates).toEqual([{ key: 'tackle', path: 'x/2.md', keptPath: 'x/1.md' }]);
		expect(plan.notes.find((a) => a.key === 'tackle')?.path).toBe('x/1.md');
	});

	it('keeps, of two notes for a term, the one at the path a new note would get, then the one with the plugin\'s region, then the first by path', () => {
		const bare = `---\nterm: Tackle\ntags: [${TERM_TAG}]\n---\n`;
		const withRegion = planTermNotes(input()).notes[1].after;
		const kept = (folder: string, notes: { path: string; text: string }[]) => {
			const plan = planTermNotes(input({ notes, options: { ...OPTIONS, folder } }));
			return [plan.notes.find((a) => a.key === 'tackle')?.path, plan.duplicates.map((d) => d.path)];
		};
		expect(kept('Terms', [{ path: 'x/1.md', text: bare }, { path: 'x/2.md', text: withRegion }])).toEqual(['x/2.md', ['x/1.md']]);
		expect(kept('Terms', [{ path: 'x/1.md', text: withRegion }, { path: 'terms/TACKLE.md', text: bare }])).toEqual(['terms/TACKLE.md', ['x/1.md']]);
		expect(kept('', [{ path: 'x/1.md', text: withRegion }, { path: 'Tackle.md', text: bare }])).toEqual(['Tackle.md', ['x/1.md']]);
		// The same order for the plugin's index of term notes.
		const [one, two] = [{ path: 'x/1.md', term: 'Tackle', hasRegion: false }, { path: 'x/2.md', term: 'Tackle', hasRegion: true }];
		expect([preferred(two, one, 'Terms'), preferred(one, two, 'Terms')].map(Math.sign)).toEqual([-1, 1]);
	});

	it('leaves alone a note whose term has no key (punctuation only)', () => {
		const plan = planTermNotes(input({ notes: [{ path: 'x/dots.md', text: `---\nterm: "..."\ntags: [${TERM_TAG}]\n---\n` }] }));
		expect(plan.notes.map((a) => a.key)).toEqual(['swap out', 'tackle']);
	});

	it('puts new notes in the folder named, without its leading and trailing slashes', () => {
		const plan = planTermNotes(input({ options: { ...OPTIONS, folder: '//Study/Terms//' } }));
		expect(plan.notes.map((a) => a.path)).toEqual(['Study/Terms/swap out.md', 'Study/Terms/tackle.md']);
	});

	it('creates only the notes it may, and still updates an existing note it may not create', () => {
		const tackle = { path: 'Terms/tackle.md', text: planTermNotes(input()).notes[1].after.replace('meaning: 处理', 'meaning: old') };
		const planned = (mayCreate: (key: string) => boolean, notes: { path: string; text: string }[] = []) =>
			planTermNotes(input({ notes, options: { ...OPTIONS, mayCreate } })).notes.map((a) => [a.kind, a.key]);
		expect(planned((key) => key === 'tackle')).toEqual([['create', 'tackle']]);
		expect(planned(() => false, [tackle])).toEqual([['update', 'tackle']]);
	});

	it('plans only the keys in scope', () => {
		expect(planTermNotes(input({ options: { ...OPTIONS, scope: new Set(['tackle']) } })).notes.map((a) => a.key)).toEqual(['tackle']);
	});
});
