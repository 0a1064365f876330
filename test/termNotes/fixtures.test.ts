import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { applyPlan } from '../../src/core/termNotes/apply';
import { addBlockIds } from '../../src/core/termNotes/blockIds';
import { readProperty as property } from '../../src/core/termNotes/frontmatter';
import { planTermNotes, type PlanOptions } from '../../src/core/termNotes/plan';
import { readVault } from '../../src/core/termNotes/readVault';
import { readTermNote } from '../../src/core/termNotes/termNote';
import { LESSON_A, LESSON_B } from '../fixtures';
import { MemoryNoteFiles } from './memoryNoteFiles';

const A = 'Lessons/voice-ai-inference-and-evals.md';
const B = 'Lessons/voice-ai-speech-to-speech.md';
const OPTIONS: PlanOptions = { folder: 'Terms', includeAllTerms: false, language: 'en' };

async function sync(files: MemoryNoteFiles, options = OPTIONS) {
	const plan = planTermNotes({ ...(await readVault(files, (_, text) => parseLesson(text))), options });
	return { plan, report: await applyPlan(plan, files) };
}

const vault = () => new MemoryNoteFiles({ [A]: LESSON_A, [B]: LESSON_B, 'Daily/2026-01-01.md': 'Not a lesson.\n' });
const termNotes = (files: MemoryNoteFiles) => [...files.files].filter(([, text]) => readTermNote(text) !== null);

describe('term notes over the two real lessons', () => {
	it('creates exactly one note per 🔥 term, 135 in all', async () => {
		const files = vault();
		const { report } = await sync(files);
		expect(report.created).toHaveLength(135);
		expect(report.failed).toEqual([]);
		expect(termNotes(files)).toHaveLength(135);
		expect(files.files.get(A)).toBe(LESSON_A);
		expect(files.files.get(B)).toBe(LESSON_B);
	});

	it('merges tackle from both lessons and marks swap out hot', async () => {
		const files = vault();
		await sync(files);
		const tackle = files.files.get('Terms/tackle.md') ?? '';
		expect(tackle.match(/^- \[\[/gm)).toHaveLength(2);
		expect(property(tackle, 'lessons')).toEqual(['[[voice-ai-inference-and-evals]]', '[[voice-ai-speech-to-speech]]']);
		expect(tackle).toContain('[[voice-ai-inference-and-evals|voice-ai-inference-and-evals, unit 58]]: I think 2026 is the year of starting to ==tackle== some of these things.');
		expect(property(files.files.get('Terms/swap out.md') ?? '', 'hot')).toBe(true);
	});

	it('gives slash terms safe names and keeps the term in the note', async () => {
		const files = vault();
		await sync(files);
		expect(readTermNote(files.files.get('Terms/P50 - P90.md') ?? '')).toBe('P50 / P90');
		expect(readTermNote(files.files.get('Terms/in distribution - out of distribution.md') ?? '')).toBe('in distribution / out of distribution');
	});

	it('links every occurrence to its unit once the lessons have block ids from the command', async () => {
		const files = vault();
		for (const path of [A, B]) {
			const text = files.files.get(path) ?? '';
			files.files.set(path, addBlockIds(text, parseLesson(text)).text);
		}
		await sync(files);
		const links = [...files.files.values()].flatMap((text) => [...text.matchAll(/\[\[(voice-ai-[a-z-]+)#\^([\w-]+)\|/g)]);
		expect(links.length).toBeGreaterThan(135);
		for (const [, lesson, id] of links) expect(files.files.get(`Lessons/${lesson}.md`)).toMatch(new RegExp(` \\^${id}$`, 'm'));
	});

	it('writes nothing on a second run', async () => {
		const files = vault();
		await sync(files);
		const writes = files.writes;
		const { plan, report } = await sync(files);
		expect(files.writes).toBe(writes);
		expect(report.unchanged).toBe(135);
		expect(plan.notes.every((a) => a.kind === 'unchanged')).toBe(true);
	});

	it('keeps user text above, inside the frontmatter and below the region through 100 re-syncs', async () => {
		const files = vault();
		await sync(files);
		const note = 'Terms/tackle.md';
		const created = files.files.get(note) ?? '';
		const edited = created
			.replace('---\nterm: tackle\n', '---\n# mine\nrating: 5\nterm: tackle\n')
			.replace('\n%% bilingual-lessons:begin', '\nAbove, mine.\n\n%% bilingual-lessons:begin')
			.concat('\n## My notes\n\n- used it at work\n');
		files.files.set(note, edited);
		const lessonA = files.files.get(A) ?? '';
		const writes = files.writes;
		for (let i = 0; i < 100; i++) {
			// Alternate the lesson's meaning so every re-sync really rewrites the note.
			files.files.set(A, i % 2 ? lessonA : lessonA.replace('：动词，处理、攻克', '：动词，处理'));
			await sync(files, { ...OPTIONS, scope: new Set(['tackle']) });
		}
		expect(files.writes - writes).toBe(100);
		expect(files.files.get(note)).toBe(edited);
	}, 30_000);

	it('makes a note for every distinct glossed term when asked: 312', async () => {
		const files = vault();
		const { report } = await sync(files, { ...OPTIONS, includeAllTerms: true });
		expect(report.created).toHaveLength(312);
	});
});
