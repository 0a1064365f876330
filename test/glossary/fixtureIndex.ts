// The two real lessons, parsed and indexed, for fixture-based glossary tests.
import type { ReadLesson } from '../../src/core/glossary/details';
import { GlossaryIndex } from '../../src/core/glossary/GlossaryIndex';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { LESSON_A, LESSON_B } from '../fixtures';

export const VARIANT_A = 'lessons/voice-ai-inference-and-evals.md';
export const VARIANT_B = 'lessons/voice-ai-speech-to-speech.md';

/** Both fixtures indexed; A is the older lesson (mtime 1000), B the newer (2000). */
export function fixtureIndex(): GlossaryIndex {
	const index = new GlossaryIndex();
	index.setLesson(VARIANT_A, parseLesson(LESSON_A), 1000);
	index.setLesson(VARIANT_B, parseLesson(LESSON_B), 2000);
	return index;
}

/** Reads the fixtures back as the plugin reads lessons for an expanded row or an export. */
export const readFixture: ReadLesson = async (path) => (path === VARIANT_A ? parseLesson(LESSON_A) : path === VARIANT_B ? parseLesson(LESSON_B) : null);
