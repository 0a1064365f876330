import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/core/termNotes/apply';
import { planTermNotes, type PlanOptions } from '../../src/core/termNotes/plan';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { readVault } from '../../src/core/termNotes/readVault';
import { lessonSource } from './lessons';
import { MemoryNoteFiles } from './memoryNoteFiles';

const OPTIONS: PlanOptions = { folder: 'Terms', includeAllTerms: false, language: 'en' };
const lesson = lessonSource('L.md', [
	{ n: 1, english: 'We tackle it.', terms: [{ term: 'tackle', hot: true }, { term: 'latency', hot: true }, { term: 'queue', hot: true }] },
]);

const TERM_NOTE = (term: string) => `---\nterm: ${term}\ntags: [bilingual-lessons/term]\n---\n`;

function setup() {
	const files = new MemoryNoteFiles({ [lesson.path]: lesson.text });
	const plan = planTermNotes({ lessons: [lesson], notes: [], paths: files.list(), options: OPTIONS });
	return { files, plan };
}

describe('applyPlan', () => {
	it('writes every note, reporting progress, and never the lesson', async () => {
		const { files, plan } = setup();
		const progress: string[] = [];
		const report = await applyPlan(plan, files, { onProgress: (done, total) => progress.push(`${done}/${total}`) });
		expect(report.created).toEqual(['Terms/latency.md', 'Terms/queue.md', 'Terms/tackle.md']);
		expect(files.files.get('L.md')).toBe(lesson.text);
		expect(progress).toEqual(['1/3', '2/3', '3/3']);
	});

	it('reports a failing file and goes on with the rest', async () => {
		const { files, plan } = setup();
		files.failing.add('Terms/queue.md');
		const report = await applyPlan(plan, files);
		expect(report.failed).toEqual([{ path: 'Terms/queue.md', message: 'Disk full: Terms/queue.md' }]);
		expect(report.created).toEqual(['Terms/latency.md', 'Terms/tackle.md']);
	});

	it('stops when cancelled, with what was done so far reported', async () => {
		const { files, plan } = setup();
		const controller = new AbortController();
		const report = await applyPlan(plan, files, { signal: controller.signal, onProgress: (done) => done === 1 && controller.abort() });
		expect(report.cancelled).toBe(true);
		expect(report.created).toEqual(['Terms/latency.md']);
		expect(files.files.has('Terms/queue.md')).toBe(false);
	});

	it('re-merges a note the user edited after planning, keeping the edit', async () => {
		const { files, plan } = setup();
		await applyPlan(plan, files);
		const note = 'Terms/tackle.md';
		const stale = files.files.get(note) ?? '';
		const renamed = lessonSource('L.md', [{ n: 1, english: 'We tackle it.', terms: [{ term: 'tackle', hot: true, meaning: '新释义' }] }]);
		const replan = planTermNotes({ lessons: [renamed], notes: [{ path: note, text: stale }], paths: files.list(), options: { ...OPTIONS, scope: new Set(['tackle']) } });
		files.files.set(note, `${stale}\nWritten meanwhile.\n`);
		const report = await applyPlan(replan, files);
		expect(report.updated).toEqual([note]);
		expect(files.files.get(note)).toContain('meaning: 新释义');
		expect(files.files.get(note)?.endsWith('\nWritten meanwhile.\n')).toBe(true);
	});

	it('does not overwrite a file that appeared at a planned path', async () => {
		const { files, plan } = setup();
		files.files.set('Terms/tackle.md', 'mine');
		const report = await applyPlan(plan, files);
		expect(report.failed.map((f) => f.path)).toEqual(['Terms/tackle.md']);
		expect(files.files.get('Terms/tackle.md')).toBe('mine');
	});
});

describe('readVault', () => {
	it('lists a file that cannot be read as unreadable and reads the rest', async () => {
		const files = new MemoryNoteFiles({ 'a.md': TERM_NOTE('a'), 'gone.md': TERM_NOTE('b') });
		files.read = (path) => (path === 'gone.md' ? Promise.reject(new Error('deleted')) : Promise.resolve(files.files.get(path) ?? ''));
		const vault = await readVault(files, (_, text) => parseLesson(text));
		expect(vault.notes.map((n) => n.path)).toEqual(['a.md']);
		expect(vault.unreadable).toEqual(['gone.md']);
	});

	it('takes only notes the plugin made as term notes, not any note with a term property', async () => {
		const files = new MemoryNoteFiles({ 'a.md': TERM_NOTE('a'), 'School/Algebra.md': '---\nterm: Spring 2024\n---\nx² + y²\n' });
		const vault = await readVault(files, (_, text) => parseLesson(text));
		expect(vault.notes.map((n) => n.path)).toEqual(['a.md']);
	});

	it('reads several notes at once and takes them in the listing order, however the reads finish', async () => {
		const names = Array.from({ length: 40 }, (_, i) => `n${String(i).padStart(2, '0')}.md`);
		const files = new MemoryNoteFiles(Object.fromEntries(names.map((name) => [name, TERM_NOTE(name)])));
		let reading = 0;
		let most = 0;
		files.read = async (path) => {
			most = Math.max(most, ++reading);
			// Later names finish first.
			for (let wait = 40 - names.indexOf(path); wait > 0; wait--) await Promise.resolve();
			reading--;
			return files.files.get(path) ?? '';
		};
		const vault = await readVault(files, (_, text) => parseLesson(text));
		expect(most).toBe(16);
		expect(vault.notes.map((n) => n.path)).toEqual(names);
	});

	it('reads no note the caller knows does not matter, and still lists every path', async () => {
		const files = new MemoryNoteFiles({ 'a.md': TERM_NOTE('a'), 'diary.md': 'Dear diary', 'b.md': TERM_NOTE('b') });
		const read: string[] = [];
		const original = files.read.bind(files);
		files.read = (path) => (read.push(path), original(path));
		const vault = await readVault(files, (_, text) => parseLesson(text), (path) => path !== 'diary.md' && path !== 'b.md');
		expect(read).toEqual(['a.md']);
		expect(vault.notes.map((n) => n.path)).toEqual(['a.md']);
		expect(vault.paths).toEqual(expect.arrayContaining(['a.md', 'b.md', 'diary.md']));
	});
});
