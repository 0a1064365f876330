import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { LESSON_B } from '../fixtures';
import { cli, cliEnv, root } from './run';

describe('cli parse', () => {
	it('prints the model as JSON with the documented field names', () => {
		const { stdout, status } = cli('parse', 'test/fixtures/voice-ai-speech-to-speech.md', '--json');
		expect(status).toBe(0);
		const model = JSON.parse(stdout) as ReturnType<typeof parseLesson>;
		expect(model).toEqual(JSON.parse(JSON.stringify(parseLesson(LESSON_B))));
		expect(Object.keys(model.units[0])).toEqual(expect.arrayContaining(['n', 'start', 'end', 'english', 'markup', 'translation', 'terms', 'line', 'endLine']));
		expect(Object.keys(model.units[0].terms[0])).toEqual(expect.arrayContaining(['term', 'ipa', 'pos', 'meaning', 'hot', 'line', 'span']));
	});

	it('prints a readable summary', () => {
		const { stdout } = cli('parse', 'test/fixtures/voice-ai-inference-and-evals.md');
		expect(stdout).toContain('units       63 (declared 63)');
		expect(stdout).toContain('terms       195 (86 🔥, 56 with IPA');
	});
});

describe('cli lint', () => {
	it('is silent and succeeds on the reference lessons', () => {
		expect(cli('lint', 'test/fixtures/voice-ai-inference-and-evals.md', 'test/fixtures/voice-ai-speech-to-speech.md')).toMatchObject({ stdout: '', status: 0 });
	});

	it('prints file:line: severity code message and fails on an error', () => {
		const dir = mkdtempSync(join(tmpdir(), 'bl-lint-'));
		onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
		const file = join(dir, 'broken.md');
		writeFileSync(file, ['(1) [00:01-00:02] **Hello {world.**', '', '你好。', '', '解析：', '* **world**：世界', '', '(1) [00:02-00:03] **Again.**', '', '再来。', '', '解析：', '* **again**：再'].join('\n'));
		writeFileSync(join(dir, 'ordinary.md'), '# Just a note\n\n* **bold**: words\n');
		const { stdout, status } = cli('lint', dir);
		expect(status).toBe(1);
		expect(stdout.trim().split('\n')).toEqual([
			`${file}:1: warning unbalanced-markup unit (1): '{' is never closed`,
			`${file}:8: error number-repeated unit (1) appears more than once`,
		]);
	});

	it('says how to use it when the command is unknown', () => {
		const { stderr, status } = cli('frobnicate');
		expect(status).toBe(2);
		expect(stderr).toContain('parse FILE [--json]');
	});
});

describe('cli output into a pipe that closes early', () => {
	it('ends quietly, as `| head` expects', () => {
		const result = spawnSync('bash', ['-c', `${process.execPath} --import tsx src/cli/index.ts glossary test/fixtures --json | head -c 10`], { cwd: root, env: cliEnv, encoding: 'utf8' });
		expect(result.stdout).toHaveLength(10);
		expect(result.stderr).not.toContain('EPIPE');
	});
});
