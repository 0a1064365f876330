import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { termsCommand } from '../../src/cli/commands/terms';

let dir: string;
let out: string[];

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'terms-cli-'));
	// The two reference lessons (test/fixtures also holds lessons and notes of other styles).
	for (const name of ['voice-ai-inference-and-evals.md', 'voice-ai-speech-to-speech.md']) {
		cpSync(new URL(`../fixtures/${name}`, import.meta.url), join(dir, 'Lessons', name));
	}
	out = [];
	vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
});

afterEach(() => {
	vi.restoreAllMocks();
	rmSync(dir, { recursive: true, force: true });
});

const lastLine = () => out.join('').trimEnd().split('\n').pop();

describe('cli terms', () => {
	it('previews without writing on --dry-run', async () => {
		const before = readFileSync(join(dir, 'Lessons/voice-ai-inference-and-evals.md'), 'utf8');
		expect(await termsCommand.run([dir, '--dry-run'])).toBe(0);
		expect(lastLine()).toBe('dry run: would create 135, update 0, leave 0 unchanged');
		expect(readdirSync(dir)).toEqual(['Lessons']);
		expect(readFileSync(join(dir, 'Lessons/voice-ai-inference-and-evals.md'), 'utf8')).toBe(before);
	});

	it('creates the notes, then finds nothing to do', async () => {
		expect(await termsCommand.run([dir])).toBe(0);
		expect(lastLine()).toBe('created 135, updated 0, unchanged 0');
		expect(readFileSync(join(dir, 'Lessons/voice-ai-inference-and-evals.md'), 'utf8')).toBe(readFileSync(new URL('../fixtures/voice-ai-inference-and-evals.md', import.meta.url), 'utf8'));
		expect(readdirSync(join(dir, 'Terms'))).toContain('P50 - P90.md');
		expect(await termsCommand.run([dir])).toBe(0);
		expect(lastLine()).toBe('created 0, updated 0, unchanged 135');
	});

	it('writes the notes in the --note-language asked for, English without it, and rewrites them in another when asked', async () => {
		const tackle = () => readFileSync(join(dir, 'Terms/tackle.md'), 'utf8');
		expect(await termsCommand.run([dir, '--note-language', 'zh-TW'])).toBe(0);
		expect(tackle()).toContain('## 釋義');
		expect(tackle()).toContain('voice-ai-inference-and-evals，第 58 單元]]');
		expect(await termsCommand.run([dir, '--note-language', 'zh-TW'])).toBe(0);
		expect(lastLine()).toBe('created 0, updated 0, unchanged 135');
		expect(await termsCommand.run([dir])).toBe(0);
		expect(lastLine()).toBe('created 0, updated 135, unchanged 0');
		expect(tackle()).toContain('## Definition');
		await expect(termsCommand.run([dir, '--note-language', 'fr'])).rejects.toThrow('--note-language takes one of en, zh, zh-TW');
		await expect(termsCommand.run([dir, '--note-language'])).rejects.toThrow('--note-language takes one of en, zh, zh-TW');
	});

	it('writes into lessons only with --block-ids, and then links to the units', async () => {
		const lesson = join(dir, 'Lessons/voice-ai-inference-and-evals.md');
		const before = readFileSync(lesson, 'utf8');
		expect(await termsCommand.run([dir, '--block-ids'])).toBe(0);
		expect(lastLine()).toBe('created 135, updated 0, unchanged 0; block ids added to 2 lesson(s)');
		expect(readFileSync(lesson, 'utf8').replace(/ \^unit-\d+$/gm, '')).toBe(before);
		expect(readFileSync(join(dir, 'Terms/tackle.md'), 'utf8')).toContain('[[voice-ai-inference-and-evals#^unit-58|');
	});

	it('makes notes for every glossed term with --all, in the folder asked for', async () => {
		expect(await termsCommand.run([dir, '--all', '--folder', 'Vocab'])).toBe(0);
		expect(readdirSync(join(dir, 'Vocab'))).toHaveLength(312);
	});

	it('updates a note the user edited in place, keeping their text', async () => {
		await termsCommand.run([dir]);
		const note = join(dir, 'Terms/tackle.md');
		const edited = readFileSync(note, 'utf8').replace('meaning: 处理、攻克', 'meaning: mine') + '\nMy notes.\n';
		writeFileSync(note, edited);
		await termsCommand.run([dir]);
		expect(lastLine()).toBe('created 0, updated 1, unchanged 134');
		expect(readFileSync(note, 'utf8')).toBe(edited.replace('meaning: mine', 'meaning: 处理、攻克'));
	});

	it('rejects a missing folder or an unknown option', async () => {
		await expect(termsCommand.run([join(dir, 'nope')])).rejects.toThrow('VAULT_DIR');
		await expect(termsCommand.run([dir, '--force'])).rejects.toThrow('unknown option --force');
	});
});
