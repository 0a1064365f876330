// The real lessons, read once for every test file that needs them.
import { readFileSync } from 'node:fs';

const read = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** Variant A: English on the header line. */
export const LESSON_A = read('voice-ai-inference-and-evals.md');
/** Variant B: header alone, English with `{ } [ ] ( )` markup. */
export const LESSON_B = read('voice-ai-speech-to-speech.md');
