// `npm version` (the package's "version" script, version-bump.mjs) in a scratch copy of the release files.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const FILES = ['.npmrc', 'package.json', 'package-lock.json', 'manifest.json', 'versions.json', 'version-bump.mjs'];

let dir: string;

/** The environment without the npm_* variables of an outer `npm test`, which would leak into the inner npm. */
function cleanEnv(): typeof process.env {
	return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_')));
}

const IDENTITY = { GIT_AUTHOR_NAME: 'test', GIT_AUTHOR_EMAIL: 'test@example.invalid', GIT_COMMITTER_NAME: 'test', GIT_COMMITTER_EMAIL: 'test@example.invalid' };

/** `npm version` as a release runs it; `commit: false` leaves the changes uncommitted. */
function npmVersion(version: string, { commit = true } = {}) {
	const args = ['version', version, ...(commit ? [] : ['--no-git-tag-version'])];
	return spawnSync('npm', args, { cwd: dir, env: { ...cleanEnv(), ...IDENTITY }, encoding: 'utf8' });
}

const json = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'bl-version-'));
	for (const file of FILES) copyFileSync(file, join(dir, file));
	// A manifest at a version of its own, with a newer minAppVersion, and a history of two releases.
	const manifest = { ...(JSON.parse(readFileSync('manifest.json', 'utf8')) as object), version: '1.4.2', minAppVersion: '1.9.0' };
	writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
	writeFileSync(join(dir, 'versions.json'), `${JSON.stringify({ '1.4.1': '1.8.7', '1.4.2': '1.9.0' }, null, '\t')}\n`);
	git('init', '-q');
	git('add', '.');
	execFileSync('git', ['commit', '-qm', 'release files'], { cwd: dir, env: { ...process.env, ...IDENTITY } });
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm version', () => {
	it('writes one new version into package.json, package-lock.json and manifest.json, maps it to minAppVersion in versions.json, and stages them', () => {
		const run = npmVersion('2.0.0', { commit: false });
		expect(run.status, run.stderr).toBe(0);
		expect(json('package.json').version).toBe('2.0.0');
		expect(json('package-lock.json').version).toBe('2.0.0');
		expect(json('manifest.json')).toMatchObject({ version: '2.0.0', minAppVersion: '1.9.0', id: 'bilingual-lessons' });
		expect(json('versions.json')).toEqual({ '1.4.1': '1.8.7', '1.4.2': '1.9.0', '2.0.0': '1.9.0' });
		// Tab-indented with a final newline, as the files are kept.
		expect(readFileSync(join(dir, 'manifest.json'), 'utf8')).toMatch(/^\{\n\t"id": "bilingual-lessons",[^]*\}\n$/);
		// npm stages package.json and its lock itself only when it commits; the script stages its two files.
		expect(git('diff', '--cached', '--name-only').trim()).toBe('manifest.json\nversions.json');
	});

	it('bumps by name from the version package.json holds, commits the four files and tags the commit with the bare version', () => {
		expect(npmVersion('3.1.0').status).toBe(0);
		const run = npmVersion('patch');
		expect(run.status, run.stderr).toBe(0);
		expect(json('manifest.json').version).toBe('3.1.1');
		expect(Object.keys(json('versions.json'))).toEqual(['1.4.1', '1.4.2', '3.1.0', '3.1.1']);
		expect(git('tag', '--list').split('\n').filter(Boolean)).toEqual(['3.1.0', '3.1.1']);
		expect(git('diff-tree', '--no-commit-id', '--name-only', '-r', '3.1.1^{commit}').trim().split('\n').sort()).toEqual(['manifest.json', 'package-lock.json', 'package.json', 'versions.json']);
		expect(git('status', '--porcelain')).toBe('');
	});

	it('refuses a version Obsidian would not take, and leaves the manifest and versions.json as they were', () => {
		const before = [readFileSync(join(dir, 'manifest.json'), 'utf8'), readFileSync(join(dir, 'versions.json'), 'utf8')];
		const run = npmVersion('2.0.0-beta.1', { commit: false });
		expect(run.status).not.toBe(0);
		expect(run.stderr).toContain('no x.y.z version');
		expect([readFileSync(join(dir, 'manifest.json'), 'utf8'), readFileSync(join(dir, 'versions.json'), 'utf8')]).toEqual(before);
	});
});
