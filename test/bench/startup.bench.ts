// Start-up of the built plugin code on the test double, in Node: onload, the first (cold) index build of a
// 2,000-lesson vault, and a second start that shows the persisted index, then checks every note against it.
// The longest task is measured by a timer that ticks all along: the gap between ticks is how long the event
// loop was kept busy.
import type * as O from 'obsidian';
import manifest from '../../manifest.json';
import { withinBudget, type Bench, type BenchResult } from './bench';
import { installGlobals } from './pluginHost';
import { syntheticLesson } from './synthetic';

const LESSONS = 2000;
const ONLOAD_BUDGET_MS = 10;
const TASK_BUDGET_MS = 50;
const WARM_BUDGET_MS = 300;

/**
 * Runs `work`, returning its wall time, the longest stretch the event loop went without a turn meanwhile, and when
 * `milestone` (a promise settled along the way) settled.
 */
async function timed(work: () => Promise<void>, milestone: () => Promise<void>): Promise<{ ms: number; milestoneMs: number; longestTaskMs: number }> {
	let last = performance.now();
	let longest = 0;
	let running = true;
	const tick = () => {
		const now = performance.now();
		longest = Math.max(longest, now - last);
		last = now;
		if (running) setTimeout(tick, 0);
	};
	setTimeout(tick, 0);
	const start = performance.now();
	let milestoneMs = NaN;
	void milestone().then(() => (milestoneMs = performance.now() - start));
	await work();
	const ms = performance.now() - start;
	running = false;
	longest = Math.max(longest, performance.now() - last);
	return { ms, milestoneMs, longestTaskMs: longest };
}

export const startupBench: Bench = {
	name: 'startup',
	async run() {
		installGlobals();
		const { App } = await import('../obsidian-double/app');
		const { default: Plugin } = await import('../../src/main');
		const files = Object.fromEntries(Array.from({ length: LESSONS }, (_, i) => [`Lessons/${Math.floor(i / 100)}/lesson ${i}.md`, syntheticLesson(i)]));
		const app = new App(files);
		app.workspace.setLayoutReady();

		const start = async (): Promise<{ onloadMs: number; build: Awaited<ReturnType<typeof timed>>; plugin: InstanceType<typeof Plugin> }> => {
			const plugin = new Plugin(app as unknown as O.App, manifest);
			const t0 = performance.now();
			plugin.load();
			await (plugin as unknown as { whenLoaded: Promise<void> }).whenLoaded;
			const onloadMs = performance.now() - t0;
			const { glossary } = plugin.context;
			const build = await timed(() => glossary.ready, () => glossary.restored);
			return { onloadMs, build, plugin };
		};
		const cold = await start();
		const lessons = cold.plugin.context.glossary.index.totals().lessons;
		cold.plugin.unload();
		const warm = await start();
		if (warm.plugin.context.glossary.index.totals().lessons !== lessons || lessons !== LESSONS) throw new Error('the second start lost lessons');
		warm.plugin.unload();

		const tasks = (label: string, b: { longestTaskMs: number }) => withinBudget(`${label}: longest task`, b.longestTaskMs, TASK_BUDGET_MS);
		const results: BenchResult[] = [
			withinBudget('onload (first start)', cold.onloadMs, ONLOAD_BUDGET_MS),
			withinBudget('onload (second start)', warm.onloadMs, ONLOAD_BUDGET_MS),
			{ label: `first start: index ${LESSONS} lessons from their notes`, value: `${cold.build.ms.toFixed(0)} ms`, budget: 'reported', ok: true },
			tasks('first start', cold.build),
			withinBudget(`second start: glossary usable from the persisted index (${((warm.build.milestoneMs / cold.build.ms) * 100).toFixed(0)}% of the first)`, warm.build.milestoneMs, WARM_BUDGET_MS),
			{ label: 'second start: every note checked against it (in the background, after)', value: `${warm.build.ms.toFixed(0)} ms`, budget: 'reported', ok: true },
			tasks('second start', warm.build),
		];
		return results;
	},
};
