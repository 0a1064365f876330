// Lessons written for the repair tests (not the parser's fixtures): other topics, other generators' styles.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const GLACIER = readFileSync(join(import.meta.dirname, 'lessons', 'glacier-retreat.md'), 'utf8');
export const ESPRESSO = readFileSync(join(import.meta.dirname, 'lessons', 'espresso-shot.md'), 'utf8');
