// `npm run mutate:file -- <src file> <test glob>[,<test glob>…]`: one file's mutants against only the tests named, one at a
// time and without the TypeScript checker, so that it runs in minutes beside other work. Its score is a lower bound: a test
// left out, or a mutant the checker would have rejected, can only count as a survivor. Reports are named after the file.
import base from '../../stryker.config.mjs';

const file = process.env.MUTATE_FILE;
const key = file.replace(/^src\//, '').replace(/\.ts$/, '').replaceAll('/', '-');

export default {
	...base,
	mutate: [file],
	vitest: { configFile: 'test/mutation/file.vitest.config.ts' },
	checkers: [],
	concurrency: 1,
	incrementalFile: `reports/file/${key}-incremental.json`,
	jsonReporter: { fileName: `reports/file/${key}.json` },
	reporters: ['progress-append-only', 'json'],
	tempDirName: `.stryker-tmp-${key}`,
};
