// Mutation testing (issue 19): `npm run mutate`. Incremental: a rerun tests only mutants whose code or covering tests changed
// (reports/stryker-incremental.json). Not part of `npm test`: a full run takes far longer than CI's budget on two cores.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	testRunner: 'vitest',
	vitest: { configFile: 'test/vitest.config.ts' },
	checkers: ['typescript'],
	tsconfigFile: 'tsconfig.json',
	typescriptChecker: { prioritizePerformanceOverAccuracy: true },
	coverageAnalysis: 'perTest',
	mutate: ['src/**/*.ts', '!src/cli/**', '!src/lang/**', '!src/core/repair/wordTable*.ts', '!src/**/*.d.ts'],
	ignoreStatic: true,
	incremental: true,
	incrementalFile: 'reports/stryker-incremental.json',
	reporters: ['clear-text', 'progress', 'html', 'json'],
	concurrency: 2,
	timeoutMS: 20000,
	// The first, unmutated run of the whole suite with per-test coverage: minutes on a busy two-core machine (the default 5 is too few).
	dryRunTimeoutMinutes: 40,
	thresholds: { high: 85, low: 70, break: null },
	tempDirName: '.stryker-tmp',
	cleanTempDir: 'always',
};
