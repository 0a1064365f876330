import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { repairEncoding } from '../../src/core/repair/repairEncoding';
import { cli } from '../cli/run';
import { damage } from './damage';
import { ESPRESSO } from './freshLessons';

/** The folders fileWith made: removed after, so the tests leave nothing in the temp folder. */
const folders: string[] = [];
afterAll(() => {
	for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

const fileWith = (name: string, text: string) => {
	const folder = mkdtempSync(join(tmpdir(), 'bl-repair-'));
	folders.push(folder);
	const file = join(folder, name);
	writeFileSync(file, text);
	return file;
};

describe('cli repair', () => {
	const broken = damage(ESPRESSO);

	it('prints the repaired note and says what it did, leaving the file as it was', () => {
		const file = fileWith('espresso.md', broken);
		const { stdout, stderr, status } = cli('repair', file);
		const expected = repairEncoding(broken)!;
		expect(status).toBe(0);
		expect(stdout).toBe(expected.text);
		expect(parseLesson(stdout).units).toHaveLength(6);
		expect(stderr).toBe(`${file}: UTF-8 read as Windows-1254; ${expected.repaired} characters repaired (${expected.certain} certain, ${expected.uncertain} uncertain)\n`);
		expect(readFileSync(file, 'utf8')).toBe(broken);
	});

	it('rewrites the file in place with --write, and a second run finds nothing to repair', () => {
		const file = fileWith('espresso.md', broken);
		const { stdout, stderr, status } = cli('repair', file, '--write');
		expect(status).toBe(0);
		expect(stdout).toBe('');
		expect(stderr).toMatch(/; written\n$/);
		expect(readFileSync(file, 'utf8')).toBe(repairEncoding(broken)!.text);
		expect(cli('repair', file, '--write')).toMatchObject({ status: 1, stderr: `${file}: not mis-encoded; nothing to repair\n` });
	});

	it('leaves a note that is not mis-encoded alone, byte for byte', () => {
		const text = '# Rezepte\n\nKäsespätzle mit Röstzwiebeln: Mehl, Eier, Bergkäse — für vier Personen.\n';
		const file = fileWith('rezepte.md', text);
		expect(cli('repair', file, '--write')).toMatchObject({ status: 1, stdout: '' });
		expect(readFileSync(file, 'utf8')).toBe(text);
	});

	it('is listed in the usage, and takes exactly one file', () => {
		expect(cli('nope').stderr).toContain('repair FILE [--write]');
		expect(cli('repair')).toMatchObject({ status: 2, stderr: 'error: repair takes one FILE\n' });
	});
});
