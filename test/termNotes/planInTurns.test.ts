// @vitest-environment happy-dom
// The vault-wide plan is made in turns of the event loop (no long task): the same plan as in one go, and a lesson
// edited while it is made is neither half taken in nor lost.
import { describe, expect, it, vi } from 'vitest';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { runStepsInTurns } from '../../src/core/steps';
import { planning, planTermNotes, type PlanInput } from '../../src/core/termNotes/plan';
import { readVault } from '../../src/core/termNotes/readVault';
import BilingualLessonsPlugin from '../../src/main';
import type { App } from '../obsidian-double/app';
import { loadPlugin } from '../obsidian-double/harness';
import { LESSON_A, LESSON_B } from '../fixtures';
import { lessonText } from '../lessonBuilder';
import { MemoryNoteFiles } from './memoryNoteFiles';
import { runVault } from './runVault';

describe('the plan in steps', () => {
	it('is the plan made in one go, with a turn after every note read, lesson collected and note planned', async () => {
		const files = new MemoryNoteFiles({ 'Lessons/a.md': LESSON_A, 'Lessons/b.md': LESSON_B, 'Terms/tackle.md': '---\ntags: [bilingual-lessons/term]\nterm: tackle\n---\n' });
		const input: PlanInput = { ...(await readVault(files, (_, text) => parseLesson(text))), options: { folder: 'Terms', includeAllTerms: true, language: 'en' } };
		let turns = 0;
		const plan = await runStepsInTurns(planning(input), () => Promise.resolve(void turns++));
		expect(plan).toEqual(planTermNotes(input));
		expect(turns).toBe(input.notes.length + input.lessons.length + plan.notes.length);
	});
});

const lesson = (terms: string[]) => lessonText([{ n: 1, english: `We ${terms.join(' and ')} first.`, terms: terms.map((term) => ({ term, hot: true })) }]);
const ONE = 'Lessons/one.md';
const TWO = 'Lessons/two.md';
const FILES = { [ONE]: lesson(['tackle', 'latency']), [TWO]: lesson(['latency', 'jitter']) };
const EDITED = lesson(['latency', 'bottleneck']);

const text = (app: App, path: string) => app.vault.peek(app.vault.getFileByPath(path) ?? fail(path));
const termFiles = (app: App) => Object.fromEntries(app.vault.getMarkdownFiles().filter((f) => f.path.startsWith('Terms/')).map((f) => [f.path, text(app, f.path)]));

function fail(path: string): never {
	throw new Error(`no file ${path}`);
}

describe('the vault-wide command, its plan made in turns', () => {
	it('writes the plan of the lessons as read when one is edited while the plan is made, and the next run takes the edit in', async () => {
		const reference = await loadPlugin(BilingualLessonsPlugin, { files: FILES });
		await reference.plugin.context.glossary.ready;
		await runVault(reference.app, 'Apply');

		const { app, plugin } = await loadPlugin(BilingualLessonsPlugin, { files: FILES });
		await plugin.context.glossary.ready;
		// Every step runs past a task's budget, so the run gives a turn after each; at the third, lesson two is edited.
		let now = 0;
		vi.spyOn(performance, 'now').mockImplementation(() => (now += 100));
		const { clock } = plugin.context;
		const nextTask = clock.nextTask.bind(clock);
		let turns = 0;
		let editedBeforePreview = false;
		vi.spyOn(clock, 'nextTask').mockImplementation(async () => {
			if (++turns === 3) {
				editedBeforePreview = document.querySelector('.modal') === null;
				await app.vault.modify(app.vault.getFileByPath(TWO) ?? fail(TWO), EDITED);
			}
			return nextTask();
		});
		await runVault(app, 'Apply');
		expect(editedBeforePreview).toBe(true);
		expect(turns).toBeGreaterThan(3);
		// All of lesson two as it was read, none of the edit: the notes of the run that saw no edit.
		expect(termFiles(app)).toEqual(termFiles(reference.app));
		expect(text(app, TWO)).toBe(EDITED);

		vi.restoreAllMocks();
		expect(await runVault(app, 'Apply')).toContain('Create (1)');
		expect(text(app, 'Terms/bottleneck.md')).toContain('[[two|two, unit 1]]');
		expect(text(app, 'Terms/jitter.md')).not.toContain('[[two');
	});
});
