import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { applyPlan } from '../../src/core/termNotes/apply';
import { findRegion } from '../../src/core/termNotes/noteText';
import { planTermNotes } from '../../src/core/termNotes/plan';
import { readVault } from '../../src/core/termNotes/readVault';
import { MemoryNoteFiles } from './memoryNoteFiles';

const ROOT = new URL('../fixtures/adversarial/', import.meta.url).pathname;

function filesUnder(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) Object.assign(out, filesUnder(path));
		else out[relative(ROOT, path).split(sep).join('/')] = readFileSync(path, 'utf8');
	}
	return out;
}

/** A note's text outside the plugin's region (and its owned frontmatter, for notes it made). */
const outsideRegion = (text: string) => {
	const region = findRegion(text);
	return region ? text.slice(0, region.start) + text.slice(region.end) : text;
};

describe('an adversarial vault: unrelated notes with term:, templates, odd names, CRLF / CR / BOM lessons, code fences', () => {
	it('synced 100 times: no byte outside the plugin region changes, nothing is written after the first run, nothing the preview did not list', async () => {
		const seeded = filesUnder(ROOT);
		const files = new MemoryNoteFiles(seeded);
		const written: string[] = [];
		const original = files.process.bind(files);
		files.process = async (path, fn) => {
			const before = files.files.get(path);
			const after = await original(path, fn);
			if (after !== before) written.push(path);
			return after;
		};
		const create = files.create.bind(files);
		files.create = async (path, text) => {
			written.push(path);
			await create(path, text);
		};
		const options = { folder: 'Terms', includeAllTerms: false, language: 'en' } as const;
		for (let run = 0; run < 100; run++) {
			const plan = planTermNotes({ ...(await readVault(files, (_, text) => parseLesson(text))), options });
			const previewed = new Set(plan.notes.filter((a) => a.kind !== 'unchanged').map((a) => a.path));
			written.length = 0;
			const report = await applyPlan(plan, files);
			expect(report.failed).toEqual([]);
			for (const path of written) expect(previewed.has(path)).toBe(true);
			if (run === 0) expect(report.created.sort()).toEqual(['Terms/shape.md', 'Terms/spring tide.md', 'Terms/stays hot.md', 'Terms/tide tables.md']);
			else expect(written).toEqual([]);
		}
		for (const [path, text] of Object.entries(seeded)) expect(outsideRegion(files.files.get(path) ?? '')).toBe(outsideRegion(text));
		for (const [path, text] of Object.entries(seeded)) expect(files.files.get(path)).toBe(text);
	}, 60_000);
});
