// The two real lessons, parsed and indexed, for fixture-based glossary tests.
import { readFileSync } from 'node:fs';
import { GlossaryIndex } from '../../src/core/glossary/glossaryIndex';
import { parseLesson } from '../../src/core/parser/parseLesson';

export const VARIANT_A = 'lessons/voice-ai-inference-and-evals.md';
export const VARIANT_B = 'lessons/voice-ai-speech-to-speech.md';

export function fixtureText(path: string): string {
	return readFileSync(new URL(`../fixtures/${path.slice(path.lastIndexOf('/') + 1)}`, import.meta.url), 'utf8');
}

/** Both fixtures indexed; A is the older lesson (mtime 1000), B the newer (2000). */
export function fixtureIndex(): GlossaryIndex {
	const index = new GlossaryIndex();
	index.setLesson(VARIANT_A, parseLesson(fixtureText(VARIANT_A)), 1000);
	index.setLesson(VARIANT_B, parseLesson(fixtureText(VARIANT_B)), 2000);
	return index;
}
