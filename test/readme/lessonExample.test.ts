// The README's lesson-format example is a lesson the parser reads, and each term it glosses is in its English.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/core/parser/parseLesson';

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## The lesson format'));
const example = /^```\n([\s\S]*?)^```$/m.exec(section)![1];

describe("the README's lesson-format example", () => {
	it('is a lesson of one unit whose every glossed term is found in its English', () => {
		const lesson = parseLesson(example);
		expect(lesson.isLesson).toBe(true);
		expect(lesson.units.map((u) => u.n)).toEqual([1]);
		const terms = lesson.units[0].terms;
		expect(terms.map((t) => t.term)).toEqual(['inference layer', 'outsource']);
		expect(terms.filter((t) => !t.span).map((t) => t.term)).toEqual([]);
	});
});
