// Stryker over the sampled nodes only (`npm run mutate:sample`; the sample is drawn by test/mutation/sample.mjs).
// Each node's range leaves out the nodes around it; the `mutation-sample` ignorer leaves out the nodes inside it.
import base from '../../stryker.config.mjs';
import { readSample } from './readSample.mjs';

const range = ({ file, loc: [startLine, startColumn, endLine, endColumn] }) => `${file}:${startLine}:${startColumn}-${endLine}:${endColumn}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	...base,
	mutate: readSample().nodes.map(range),
	plugins: ['@stryker-mutator/*', './test/mutation/sampleIgnorer.mjs'],
	ignorers: ['mutation-sample'],
	incrementalFile: 'reports/stryker-incremental-sample.json',
	reporters: ['clear-text', 'progress-append-only', 'json'],
};
