// `npm run bench`: every benchmark, each printing its figures against its budget.
import type { Bench } from './bench';
import { parseBench } from './parse.bench';
import { cardsBench } from './cards.bench';
import { termNotesBench } from './termNotes.bench';
import { glossaryBench } from './glossary.bench';

const benches: Bench[] = [parseBench, cardsBench, termNotesBench, glossaryBench];

let failed = 0;
for (const bench of benches) {
	const results = await bench.run();
	for (const r of results) {
		const ok = r.ok ? 'ok  ' : 'OVER';
		if (!r.ok) failed++;
		console.log(`${ok} ${bench.name}: ${r.label}: ${r.value} (budget ${r.budget})`);
	}
}
if (failed > 0) {
	console.log(`${failed} figure(s) over budget`);
	process.exitCode = 1;
}
