import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the real command line (`npm run cli` without npm's overhead) and returns its output and exit code. */
export function cli(...args: string[]): { stdout: string; stderr: string; status: number | null } {
	const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], { cwd: root, encoding: 'utf8' });
	return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}
