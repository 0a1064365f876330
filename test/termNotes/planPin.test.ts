import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { applyPlan } from '../../src/core/termNotes/apply';
import { planTermNotes, type PlanOptions, type TermNotePlan } from '../../src/core/termNotes/plan';
import { readVault } from '../../src/core/termNotes/readVault';
import { LESSON_A, LESSON_B } from '../fixtures';
import { MemoryNoteFiles } from './memoryNoteFiles';

/** Pins every planned note (kind, path, exact text) so speed-ups to the planner cannot change a byte of what it writes. */
const OPTIONS: PlanOptions = { folder: 'Terms', includeAllTerms: true, language: 'en' };

async function plan(files: MemoryNoteFiles, options = OPTIONS): Promise<TermNotePlan> {
	return planTermNotes({ ...(await readVault(files, (_, text) => parseLesson(text))), options });
}

const digest = (p: TermNotePlan) =>
	createHash('sha256')
		.update(JSON.stringify(p.notes.map((n) => [n.kind, n.key, n.path, n.before, n.after])))
		.digest('hex');

describe('the plan for a multi-lesson vault, byte for byte', () => {
	it('creates the same 312 notes with the same text', async () => {
		const files = new MemoryNoteFiles({ 'Lessons/a.md': LESSON_A, 'Lessons/b.md': LESSON_B, 'Lessons/copy of a.md': LESSON_A });
		const first = await plan(files);
		expect(first.notes).toHaveLength(312);
		expect(digest(first)).toBe('1f697545e61eddbd0b168519022d2d149336a1fcd9dd557bb7763fcc71ba3861');
	});

	it('updates the same notes the same way after a lesson changes, in Chinese', async () => {
		const files = new MemoryNoteFiles({ 'Lessons/a.md': LESSON_A, 'Lessons/b.md': LESSON_B });
		await applyPlan(await plan(files), files);
		files.files.set('Lessons/c.md', LESSON_B);
		const second = await plan(files, { ...OPTIONS, language: 'zh' });
		expect(second.notes.filter((n) => n.kind === 'update').length).toBeGreaterThan(0);
		expect(digest(second)).toBe('8a5fe8794ff420b3219e92522a37046ca27d36a8bdb733b75029c6fd6da76611');
	});
});
