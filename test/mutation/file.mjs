// `npm run mutate:file -- <src file> <test glob>[,<test glob>…]`: Stryker on one file (test/mutation/file.stryker.config.mjs),
// then its score and each surviving or uncovered mutant, by line, with the code it changed.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const [file, tests] = process.argv.slice(2);
if (!file || !tests) {
	console.error('usage: npm run mutate:file -- <src file> <test glob>[,<test glob>…]');
	process.exit(2);
}
const env = { ...process.env, MUTATE_FILE: file, MUTATE_TESTS: tests };
const run = spawnSync('npx', ['stryker', 'run', 'test/mutation/file.stryker.config.mjs'], { stdio: 'inherit', env });
if (run.status !== 0) process.exit(run.status ?? 1);

const key = file.replace(/^src\//, '').replace(/\.ts$/, '').replaceAll('/', '-');
const report = JSON.parse(readFileSync(`reports/file/${key}.json`, 'utf8'));
for (const [name, { source, mutants }] of Object.entries(report.files)) {
	const lines = source.split('\n');
	const count = {};
	for (const m of mutants) count[m.status] = (count[m.status] ?? 0) + 1;
	const detected = (count.Killed ?? 0) + (count.Timeout ?? 0);
	const valid = detected + (count.Survived ?? 0) + (count.NoCoverage ?? 0);
	console.log(`${name}: ${JSON.stringify(count)}, score ${((100 * detected) / valid).toFixed(1)} % (a lower bound: only ${tests})`);
	const undetected = mutants.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage');
	for (const m of undetected.sort((a, b) => a.location.start.line - b.location.start.line)) {
		const { start, end } = m.location;
		const code = start.line === end.line ? lines[start.line - 1].slice(start.column - 1, end.column - 1) : `${lines[start.line - 1].slice(start.column - 1)} …`;
		const replacement = (m.replacement ?? '').split('\n')[0];
		console.log(`${start.line}:${start.column} ${m.status === 'NoCoverage' ? 'NO COVERAGE ' : ''}${m.mutatorName}: ${code.slice(0, 90)} → ${replacement.slice(0, 90)}`);
	}
}
