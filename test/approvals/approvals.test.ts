// @vitest-environment happy-dom
// Approval tests: the whole output, compared with the approved file beside this test. A change shows as a diff of that
// file; when it is meant, approve it with `npx vitest run --config test/vitest.config.ts test/approvals -u` and review the diff.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/core/parser/parseLesson';
import type { NoteLanguage } from '../../src/core/noteWords';
import { applyPlan } from '../../src/core/termNotes/apply';
import { planTermNotes } from '../../src/core/termNotes/plan';
import { readVault } from '../../src/core/termNotes/readVault';
import { blocksOf, renderNote } from '../cards/renderNote';
import { LESSON_A, LESSON_B } from '../fixtures';
import { MemoryNoteFiles } from '../termNotes/memoryNoteFiles';

const A = 'Lessons/voice-ai-inference-and-evals.md';
const B = 'Lessons/voice-ai-speech-to-speech.md';
const NIGHT_MARKET = readFileSync(join(import.meta.dirname, '../fixtures/lessons/night-market.md'), 'utf8');

/** Every term note the two reference lessons give, every glossed term included, written in `language`. */
async function termNotes(language: NoteLanguage = 'en'): Promise<Map<string, string>> {
	const files = new MemoryNoteFiles({ [A]: LESSON_A, [B]: LESSON_B });
	const plan = planTermNotes({ ...(await readVault(files, (_, text) => parseLesson(text))), options: { folder: 'Terms', includeAllTerms: true, language } });
	await applyPlan(plan, files);
	return files.files;
}

/** An element's HTML with one tag per line, so that a change reads as a small diff. */
const html = (el: Element): string => `${el.outerHTML.replace(/></g, '>\n<')}\n`;

describe('approved output', () => {
	it.each([
		['tackle', 'Terms/tackle.md'],
		['P50 / P90', 'Terms/P50 - P90.md'],
		['a term no lesson marks 🔥', 'Terms/outsource.md'],
	])('the term note of %s', async (_, path) => {
		const text = (await termNotes()).get(path);
		expect(text).toBeDefined();
		await expect(text).toMatchFileSnapshot(`./approved/${path.split('/')[1]}`);
	});

	it.each([
		['zh', 'Terms/tackle.md'],
		['zh', 'Terms/P50 - P90.md'],
		['zh-TW', 'Terms/tackle.md'],
	] as const)('the term note written in %s: %s', async (language, path) => {
		const text = (await termNotes(language)).get(path);
		expect(text).toBeDefined();
		await expect(text).toMatchFileSnapshot(`./approved/${language}/${path.split('/')[1]}`);
	});

	it.each([
		['a reference lesson (header, English, translation, analysis list)', LESSON_A, 1, 'lesson-a-unit-1.html'],
		['a reference lesson unit with nested markup', LESSON_B, 1, 'lesson-b-unit-1.html'],
		['another generator: alternating lines and a vocabulary table', NIGHT_MARKET, 1, 'night-market-unit-1.html'],
		['another generator: the translation on the English line', NIGHT_MARKET, 2, 'night-market-unit-2.html'],
		['another generator: a bold term inside the translation', NIGHT_MARKET, 3, 'night-market-unit-3.html'],
	])('the card of %s', async (_, text, n, file) => {
		const blocks = blocksOf(renderNote(text).container, n);
		expect(blocks.length).toBeGreaterThan(0);
		await expect(blocks.map(html).join('\n')).toMatchFileSnapshot(`./approved/${file}`);
	});

	it.each([
		['A', LESSON_A],
		['B', LESSON_B],
	])('where each term of lesson %s is found in its English', async (name, text) => {
		const rows = parseLesson(text).units.flatMap((unit) =>
			unit.terms.map((term) => `| ${unit.n} | ${term.term} | ${term.span ? unit.english.slice(term.span.start, term.span.end) : '(not found)'} |`),
		);
		await expect(['| unit | term | found as |', '| --- | --- | --- |', ...rows, ''].join('\n')).toMatchFileSnapshot(`./approved/located-${name}.md`);
	});
});
