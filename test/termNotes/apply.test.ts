import { describe, expect, it } from 'vitest';
import { applyPlan, LESSON_CHANGED } from '../../src/core/termNotes/apply';
import { planTermNotes, type PlanOptions } from '../../src/core/termNotes/plan';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { readVault } from '../../src/core/termNotes/readVault';
import { lessonSource } from './lessons';
import { MemoryNoteFiles } from './memoryNoteFiles';

const OPTIONS: PlanOptions = { folder: 'Terms', includeAllTerms: false, writeBlockIds: true };
const lesson = lessonSource('L.md', [
	{ n: 1, english: 'We tackle it.', terms: [{ term: 'tackle', hot: true }, { term: 'latency', hot: true }, { term: 'queue', hot: true }] },
]);

function setup() {
	const files = new MemoryNoteFiles({ [lesson.path]: lesson.text });
	const plan = planTermNotes({ lessons: [lesson], notes: [], paths: files.list(), options: OPTIONS });
	return { files, plan };
}

describe('applyPlan', () => {
	it('writes the lesson block ids, then every note, reporting progress', async () => {
		const { files, plan } = setup();
		const progress: number[] = [];
		const report = await applyPlan(plan, files, { onProgress: (done, total) => progress.push(done / total) });
		expect(report.created).toEqual(['Terms/latency.md', 'Terms/queue.md', 'Terms/tackle.md']);
		expect(report.lessonsEdited).toEqual(['L.md']);
		expect(files.files.get('L.md')).toContain('(1) **We tackle it.** ^unit-1\n');
		expect(progress).toEqual([0.25, 0.5, 0.75, 1]);
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
		const report = await applyPlan(plan, files, { signal: controller.signal, onProgress: (done) => done === 2 && controller.abort() });
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

	it('leaves a lesson that changed after planning alone and says so', async () => {
		const { files, plan } = setup();
		files.files.set('L.md', `${lesson.text}\nedited`);
		const report = await applyPlan(plan, files);
		expect(report.failed).toEqual([{ path: 'L.md', message: LESSON_CHANGED }]);
		expect(files.files.get('L.md')).toBe(`${lesson.text}\nedited`);
		expect(report.created).toHaveLength(3);
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
	it('leaves out a file that cannot be read and reads the rest', async () => {
		const files = new MemoryNoteFiles({ 'a.md': '---\nterm: a\n---\n', 'gone.md': '---\nterm: b\n---\n' });
		files.read = (path) => (path === 'gone.md' ? Promise.reject(new Error('deleted')) : Promise.resolve(files.files.get(path) ?? ''));
		const vault = await readVault(files, (_, text) => parseLesson(text));
		expect(vault.notes.map((n) => n.path)).toEqual(['a.md']);
	});

	it('reads no note the caller knows does not matter, and still lists every path', async () => {
		const files = new MemoryNoteFiles({ 'a.md': '---\nterm: a\n---\n', 'diary.md': 'Dear diary', 'b.md': '---\nterm: b\n---\n' });
		const read: string[] = [];
		const original = files.read.bind(files);
		files.read = (path) => (read.push(path), original(path));
		const vault = await readVault(files, (_, text) => parseLesson(text), (path) => path !== 'diary.md' && path !== 'b.md');
		expect(read).toEqual(['a.md']);
		expect(vault.notes.map((n) => n.path)).toEqual(['a.md']);
		expect(vault.paths).toEqual(expect.arrayContaining(['a.md', 'b.md', 'diary.md']));
	});
});
