// The sample vault the e2e tests, the screenshots and the demo use: the two real lessons under Lessons/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LESSON_A = 'Lessons/voice-ai-inference-and-evals.md';
export const LESSON_B = 'Lessons/voice-ai-speech-to-speech.md';

export function sampleVault(): Record<string, string> {
	const fixture = (path: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', path.slice('Lessons/'.length)), 'utf8');
	return { [LESSON_A]: fixture(LESSON_A), [LESSON_B]: fixture(LESSON_B) };
}
