// Lessons written for the repair tests (not the parser's fixtures): other topics, other generators' styles.
// COMET, LEASE and SOURDOUGH were written after the word model was tuned and are held out: nothing was tuned on them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const read = (name: string) => readFileSync(join(import.meta.dirname, 'lessons', name), 'utf8');

export const GLACIER = read('glacier-retreat.md');
export const ESPRESSO = read('espresso-shot.md');
export const COMET = read('comet-watch.md');
export const LEASE = read('lease-clauses.md');
export const SOURDOUGH = read('sourdough-starter.md');
