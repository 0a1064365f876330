// Mutation score per area from Stryker's JSON report. With --sample only the sampled mutants count,
// and the score is an estimate: it is printed with its 95 % interval (Wilson).
import { readFileSync } from 'node:fs';
import { AREAS, areaOf } from './areas.mjs';
import { readSample } from './readSample.mjs';

const report = JSON.parse(readFileSync('reports/mutation/mutation.json', 'utf8'));
const sample = process.argv.includes('--sample') ? readSample() : undefined;
const key = (file, start, end, mutatorName, replacement) => [file, start.line, start.column, end.line, end.column, mutatorName, replacement].join('|');
// The report's columns are 1-based; the sample's are Babel's, 0-based.
const wanted = sample && new Set(sample.nodes.flatMap(({ file, loc: [sl, sc, el, ec], mutants }) =>
	mutants.map((m) => key(file, { line: sl, column: sc + 1 }, { line: el, column: ec + 1 }, m.mutatorName, m.replacement))));

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);
const tally = Object.fromEntries(Object.keys(AREAS).map((area) => [area, { detected: 0, undetected: 0, other: 0, survivors: [] }]));
for (const [file, { mutants }] of Object.entries(report.files)) {
	const area = areaOf(file);
	if (!area) continue;
	for (const m of mutants) {
		if (wanted && !wanted.has(key(file, m.location.start, m.location.end, m.mutatorName, m.replacement))) continue;
		const counts = tally[area];
		if (DETECTED.has(m.status)) counts.detected++;
		else if (UNDETECTED.has(m.status)) {
			counts.undetected++;
			counts.survivors.push(`${file}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName} → ${m.replacement.split('\n')[0].slice(0, 60)} (${m.status})`);
		} else counts.other++;
	}
}

const wilson = (hits, n, z = 1.96) => {
	const p = hits / n;
	const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
	const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
	return [centre - half, centre + half];
};
const percent = (x) => `${(100 * x).toFixed(1)} %`;
for (const [area, { detected, undetected, other, survivors }] of Object.entries(tally)) {
	const n = detected + undetected;
	if (n === 0) {
		console.log(`${area}: no mutants tested`);
		continue;
	}
	const [low, high] = wilson(detected, n);
	const interval = sample ? ` (95 % interval ${percent(low)}–${percent(high)})` : '';
	console.log(`${area}: ${percent(detected / n)}${interval}: ${detected} detected, ${undetected} undetected, ${other} ignored/static/errors`);
	if (process.argv.includes('--survivors')) for (const line of survivors) console.log(`  ${line}`);
}
