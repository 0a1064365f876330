import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { LESSON_A, LESSON_B } from '../fixtures';
import { fuzzInput, problems, rng } from './fuzzing';

describe('parser on mutated lessons', () => {
	it('never throws and always returns a well-formed model (3,000 mutations)', () => {
		const random = rng(20261123);
		const sources = [LESSON_A, LESSON_B];
		let lessons = 0;
		for (let k = 0; k < 3000; k++) {
			const text = fuzzInput(k, sources, random, 2000);
			const lesson = parseLesson(text);
			if (lesson.isLesson) lessons++;
			const found = problems(lesson, text.split(/\r\n|\r|\n/).length);
			if (found.length) expect.fail(`mutation ${k}: ${found.join('; ')}`);
		}
		// The mutations must leave most inputs recognisable, or the property says little.
		expect(lessons).toBeGreaterThan(1500);
	}, 60_000);
});
