// The release workflow, read as GitHub reads it. actionlint is not packaged in Debian (bookworm), so
// this test checks what it would for this file: valid YAML, known keys, shell that parses, scripts that exist.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';

interface Step {
	name?: string;
	uses?: string;
	run?: string;
	with?: Record<string, string>;
	env?: Record<string, string>;
}

interface Workflow {
	on: { push: { tags: string[] } };
	permissions: Record<string, string>;
	jobs: Record<string, { 'runs-on': string; steps: Step[] }>;
}

const text = readFileSync('.github/workflows/release.yml', 'utf8');
const document = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
const workflow = document.toJS() as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
const RELEASE_FILES = ['main.js', 'manifest.json', 'styles.css'];

describe('the release workflow', () => {
	it('is YAML without errors, warnings or repeated keys, with only the keys a workflow, job and step take', () => {
		expect(document.errors).toEqual([]);
		expect(document.warnings).toEqual([]);
		expect(Object.keys(workflow).sort()).toEqual(['jobs', 'name', 'on', 'permissions']);
		for (const job of Object.values(workflow.jobs)) expect(Object.keys(job).sort()).toEqual(['runs-on', 'steps']);
		for (const step of steps) {
			for (const key of Object.keys(step)) expect(['name', 'uses', 'run', 'with', 'env', 'id', 'if']).toContain(key);
			expect(Boolean(step.uses) !== Boolean(step.run), JSON.stringify(step)).toBe(true);
		}
	});

	it('runs on a bare x.y.z tag, as Obsidian names releases', () => {
		const [pattern] = workflow.on.push.tags;
		// GitHub's filter pattern: [0-9]+ is one or more digits.
		const matches = (tag: string) => new RegExp(`^${pattern.replaceAll('.', '\\.')}$`).test(tag);
		expect(['1.0.0', '0.12.3'].every(matches)).toBe(true);
		expect(['v1.0.0', '1.0', '1.0.0-beta'].some(matches)).toBe(false);
	});

	it('attests and attaches exactly main.js, manifest.json and styles.css, with the permissions attestation needs', () => {
		const attest = steps.find((step) => step.uses?.startsWith('actions/attest-build-provenance@'));
		expect(attest?.with?.['subject-path'].trim().split('\n')).toEqual(RELEASE_FILES);
		expect(workflow.permissions).toEqual({ contents: 'write', 'id-token': 'write', attestations: 'write' });
		const release = steps.find((step) => step.run?.includes('gh release create'));
		expect(release?.run?.trim().split(/\s+/).slice(-3)).toEqual(RELEASE_FILES);
		expect(release?.env).toHaveProperty('GH_TOKEN');
		expect(steps.indexOf(attest!)).toBeLessThan(steps.indexOf(release!));
	});

	it('pins every action to a major version and builds with npm scripts the package has', () => {
		for (const step of steps.filter((s) => s.uses)) expect(step.uses).toMatch(/^[\w-]+\/[\w-]+@v\d+$/);
		const npmRuns = steps.flatMap((step) => [...(step.run ?? '').matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]));
		expect(npmRuns).toContain('build');
		for (const name of npmRuns) expect(Object.keys(scripts)).toContain(name);
	});

	it('has shell steps that bash parses, and takes the tag from the environment, not from ${{ }} inside a script', () => {
		for (const step of steps.filter((s) => s.run)) {
			const parsed = spawnSync('bash', ['-n'], { input: step.run, encoding: 'utf8' });
			expect(parsed.status, `${step.name}: ${parsed.stderr}`).toBe(0);
			expect(step.run).not.toContain('${{');
		}
	});

	it('refuses a tag that is not the version of manifest.json, package.json and versions.json', () => {
		const check = steps.find((step) => step.name?.startsWith('Check the tag'))!;
		const run = (tag: string) => spawnSync('bash', ['-e', '-c', check.run!], { env: { ...process.env, GITHUB_REF_NAME: tag }, encoding: 'utf8' });
		const { version } = JSON.parse(readFileSync('manifest.json', 'utf8')) as { version: string };
		expect(run(version).status).toBe(0);
		const wrong = run('99.0.0');
		expect(wrong.status).not.toBe(0);
		expect(wrong.stderr).toContain(`tag 99.0.0: manifest ${version}`);
	});
});
