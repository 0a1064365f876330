// "The README's commands all run in CI's fresh clone": every shell block of README.md and README.zh-CN.md
// runs as written, from the project's folder (the quick start's demo, the command-line examples), and every
// synopsis of the command line is the CLI's own usage, so a README that drifts from the code fails `npm test`.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { asRun, notRun, shellBlocks, synopsis, usageLines, type ShellBlock } from './shellBlocks';

const root = join(import.meta.dirname, '..', '..');
const READMES = ['README.md', 'README.zh-CN.md'];
const blocks = READMES.flatMap((file) => shellBlocks(file, readFileSync(join(root, file), 'utf8')));
// The temp folder the commands see (their `mktemp -d`, tsx's socket folder): removed after, so the test leaves nothing behind.
const sandbox = mkdtempSync(join(tmpdir(), 'bl-readme-'));
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

/** Runs `script` in bash from the project's folder (not blocking the test worker: a demo takes a minute). */
function run(script: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn('bash', ['-euo', 'pipefail', '-c', script], { cwd: root, env: { ...process.env, TMPDIR: sandbox, TSX_DISABLE_CACHE: '1' } });
		const out = { stdout: '', stderr: '' };
		child.stdout.on('data', (chunk: Buffer) => (out.stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (out.stderr += chunk.toString()));
		child.on('error', reject);
		child.on('close', (status) => resolve({ status, ...out }));
	});
}
const gitStatus = () => spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: root, encoding: 'utf8' }).stdout;

const isSynopsis = (block: ShellBlock) => block.commands.some((c) => synopsis(c) !== null);
const where = (block: ShellBlock) => `${block.file}:${block.line}`;

describe("the README's shell blocks", () => {
	it('are there: the quick start, the command-line synopses and examples, in both READMEs', () => {
		expect(blocks.filter((b) => b.file === 'README.md' && isSynopsis(b)).length).toBeGreaterThanOrEqual(1);
		expect(blocks.filter((b) => !isSynopsis(b) && b.commands.some((c) => c.includes('cli --'))).length).toBeGreaterThanOrEqual(1);
		for (const file of READMES) expect(blocks.filter((b) => b.file === file).map((b) => b.commands[0])).toContain('npm ci && npm run demo');
	});

	it("give every command line's synopsis as the CLI's own usage, and each README names every command", async () => {
		const cli = await run('npm run --silent cli');
		expect(cli.status).toBe(2);
		const usage = usageLines(cli.stderr);
		expect([...usage.keys()]).toEqual(['parse', 'lint', 'terms', 'glossary', 'repair']);
		for (const file of READMES) {
			const written = blocks.filter((b) => b.file === file).flatMap((b) => b.commands.map(synopsis).filter((s) => s !== null));
			for (const { name, args } of written) expect(`${file}: ${name} ${args}`).toBe(`${file}: ${name} ${usage.get(name)}`);
			expect(new Set(written.map((s) => s.name))).toEqual(new Set(usage.keys()));
		}
	});

	// Each block once: the Chinese quick start runs the same commands as the English one.
	const runnable = blocks.filter((b) => !isSynopsis(b));
	const seen = new Set<string>();
	for (const block of runnable) {
		const commands = block.commands.map(asRun).filter((c) => notRun(c) === null);
		const script = commands.join('\n');
		if (commands.length === 0 || seen.has(script)) continue;
		seen.add(script);
		it(`run as written: ${where(block)} (${commands[0]}${commands.length > 1 ? ', …' : ''})`, { timeout: 600_000 }, async () => {
			const before = gitStatus();
			const result = await run(script);
			expect(result.status, `${where(block)} failed:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-4000)}`).toBe(0);
			// Nothing the project tracks changed, and nothing new that git would see (demo-vault/ and main.js are ignored).
			expect(gitStatus()).toBe(before);
		});
	}
});
