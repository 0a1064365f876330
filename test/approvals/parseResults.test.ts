// The parser's whole result on every lesson the test suite has, compared with approved files: a guard for work on the
// parser's speed, where no result may change. The real and test fixtures and the synthetic lessons are approved as JSON
// (a change reads as a diff); thousands of generated inputs (fuzz mutations, the benches' big and hostile lessons) as one
// digest each, so a change names the input. Approve a meant change with `npx vitest run --config test/vitest.config.ts
// test/approvals -u` and review the diff.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/core/parser/parseLesson';
import type { ParseOptions } from '../../src/core/model';
import { bigLesson, bracketLesson, pathological } from '../bench/parse.bench';
import { syntheticLesson } from '../bench/synthetic';
import { LESSON_A, LESSON_B } from '../fixtures';
import { fuzzInput, rng } from '../parser/fuzzing';

const FIXTURES = join(import.meta.dirname, '../fixtures');

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true })
		.flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]))
		.sort();
}

/** The parse as JSON, the lazily built markup tree included (a getter JSON reads). */
const parsed = (text: string, options?: ParseOptions) => `${JSON.stringify(parseLesson(text, options), null, 1)}\n`;
const digest = (text: string, options?: ParseOptions) => createHash('sha256').update(parsed(text, options)).digest('hex').slice(0, 16);
const LABELS: ParseOptions = { analysisLabels: ['Notes', ' Key Terms '] };

describe('the parse of every lesson the tests have', () => {
	it.each(filesUnder(FIXTURES).map((file) => [relative(FIXTURES, file)]))('%s', async (name) => {
		await expect(parsed(readFileSync(join(FIXTURES, name), 'utf8'))).toMatchFileSnapshot(`./approved/parse/${name}.json`);
	});

	it('the synthetic lessons, every layout', async () => {
		const lessons = Array.from({ length: 60 }, (_, i) => parseLesson(syntheticLesson(i, { units: 3 })));
		lessons.push(parseLesson(syntheticLesson(7)));
		await expect(`${JSON.stringify(lessons, null, 1)}\n`).toMatchFileSnapshot('./approved/parse/synthetic.json');
	});

	it('generated inputs: fuzz mutations, the benches lessons, extra labels (digests)', async () => {
		const random = rng(20260412);
		const rows: string[] = [];
		for (let k = 0; k < 2500; k++) {
			const text = fuzzInput(k, [LESSON_A, LESSON_B], random, 600);
			rows.push(`fuzz ${k} ${digest(text)}${k % 5 === 0 ? ` labels ${digest(text, LABELS)}` : ''}`);
		}
		rows.push(`big ${digest(bigLesson(300_000))}`, `brackets ${digest(bracketLesson(60_000))}`, `pathological ${digest(pathological(60_000))}`);
		for (const text of [LESSON_A, LESSON_B, LESSON_A.replaceAll('\n', '\r\n'), LESSON_B.replaceAll('\n', '\r')]) rows.push(`labels ${digest(text, LABELS)}`);
		await expect(`${rows.join('\n')}\n`).toMatchFileSnapshot('./approved/parse/generated.txt');
	}, 120_000);
});
