// The real lessons, read once for every test file that needs them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Not `new URL(…, import.meta.url)`: under happy-dom the global URL is the DOM's, which readFileSync does not take.
const read = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

/** Variant A: English on the header line. */
export const LESSON_A = read('voice-ai-inference-and-evals.md');
/** Variant B: header alone, English with `{ } [ ] ( )` markup. */
export const LESSON_B = read('voice-ai-speech-to-speech.md');
