// Draws a random sample of mutants per area, for a mutation score estimate in a fraction of a full run's time
// (`npm run mutate:sample`; a full run of every mutant takes hours on two cores).
// Sampling unit: a mutated AST node with all its mutants. Stryker then tests exactly those nodes: stryker.config.mjs gives it
// each node's range (which leaves out the nodes around it) and the `mutation-sample` ignorer (which leaves out the nodes inside it).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Instrumenter } from '@stryker-mutator/instrumenter';
import { AREAS, areaOf, sourceFiles } from './areas.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const at = args.indexOf(`--${name}`);
	return at >= 0 ? Number(args[at + 1]) : fallback;
};
const perArea = option('per-area', 250);
const seed = option('seed', 19);

const quiet = { isTraceEnabled: () => false, isDebugEnabled: () => false, isInfoEnabled: () => false, trace() {}, debug() {}, info() {} };
const logger = { ...quiet, warn: console.warn, error: console.error, fatal: console.error };
const files = sourceFiles().map((name) => ({ name, content: readFileSync(name, 'utf8'), mutate: true }));
const { mutants } = await new Instrumenter(logger).instrument(files, { plugins: null, excludedMutations: [], ignorers: [] });

// Mutants' lines are 0-based here; the sample stores 1-based lines, as Babel's node locations and Stryker's reports have them.
const nodes = new Map();
for (const mutant of mutants) {
	const { start, end } = mutant.location;
	const loc = [start.line + 1, start.column, end.line + 1, end.column];
	const key = `${mutant.fileName}|${loc.join(',')}`;
	if (!nodes.has(key)) nodes.set(key, { file: mutant.fileName, loc, mutants: [] });
	nodes.get(key).mutants.push({ mutatorName: mutant.mutatorName, replacement: mutant.replacement });
}

let state = seed >>> 0;
const random = () => {
	state = (state + 0x6d2b79f5) >>> 0;
	let t = Math.imul(state ^ (state >>> 15), 1 | state);
	t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
	return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
};

const sample = { seed, perArea, areas: {}, nodes: [] };
for (const area of Object.keys(AREAS)) {
	const pool = [...nodes.values()].filter((node) => areaOf(node.file) === area);
	for (let i = pool.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[pool[i], pool[j]] = [pool[j], pool[i]];
	}
	let taken = 0;
	const chosen = [];
	for (const node of pool) {
		if (taken >= perArea) break;
		chosen.push({ ...node, area });
		taken += node.mutants.length;
	}
	const total = pool.reduce((sum, node) => sum + node.mutants.length, 0);
	sample.areas[area] = { mutants: total, nodes: pool.length, sampledMutants: taken, sampledNodes: chosen.length };
	sample.nodes.push(...chosen);
}

mkdirSync('reports', { recursive: true });
writeFileSync('reports/mutation-sample.json', JSON.stringify(sample));
for (const [area, figures] of Object.entries(sample.areas)) {
	console.log(`${area}: ${figures.sampledMutants} of ${figures.mutants} mutants (${figures.sampledNodes} of ${figures.nodes} nodes)`);
}
