// `npm run bench`: every benchmark, each printing its figures against its budget.
// Each bench runs in a process of its own, so that none pays for the heap another left behind.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Bench } from './bench';
import { cardsBench } from './cards.bench';
import { fuzzBench } from './fuzz.bench';
import { glossaryBench } from './glossary.bench';
import { livePreviewBench } from './livePreview.bench';
import { parseBench } from './parse.bench';
import { repairBench } from './repair.bench';
import { reviewBench } from './review.bench';
import { startupBench } from './startup.bench';
import { termNotesBench } from './termNotes.bench';

const benches: Bench[] = [parseBench, fuzzBench, cardsBench, livePreviewBench, termNotesBench, glossaryBench, startupBench, reviewBench, repairBench];

/** Runs one bench here; resolves to the number of figures over budget. */
async function runOne(bench: Bench): Promise<number> {
	let over = 0;
	for (const r of await bench.run()) {
		if (!r.ok) over++;
		console.log(`${r.ok ? 'ok  ' : 'OVER'} ${bench.name}: ${r.label}: ${r.value} (budget ${r.budget})`);
	}
	return over;
}

const only = process.argv[2];
if (only !== undefined) {
	const bench = benches.find((b) => b.name === only);
	if (!bench) throw new Error(`no bench named ${only}`);
	process.exitCode = (await runOne(bench)) > 0 ? 1 : 0;
} else {
	const over = benches.filter(
		(bench) => spawnSync(process.execPath, [fileURLToPath(import.meta.url), bench.name], { stdio: 'inherit' }).status !== 0,
	);
	if (over.length > 0) {
		console.log(`over budget in: ${over.map((b) => b.name).join(', ')}`);
		process.exitCode = 1;
	}
}
