import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/** tsx keeps a transform cache in the temp folder unless told not to; tests leave nothing there. */
export const cliEnv = { ...process.env, TSX_DISABLE_CACHE: '1' };

/** Runs the real command line (`npm run cli` without npm's overhead) and returns its output and exit code. */
export function cli(...args: string[]): { stdout: string; stderr: string; status: number | null } {
	const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], { cwd: root, env: cliEnv, encoding: 'utf8' });
	return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}
