import { readFileSync } from 'node:fs';

export const SAMPLE_FILE = 'reports/mutation-sample.json';

export function readSample() {
	return JSON.parse(readFileSync(SAMPLE_FILE, 'utf8'));
}
