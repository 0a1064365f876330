import type * as O from 'obsidian';
import manifest from '../../manifest.json';
import { planTermNotes, type PlanInput } from '../../src/core/termNotes/plan';
import { lessonText, type UnitSpec } from '../lessonBuilder';
import { lessonSource } from '../termNotes/lessons';
import { medianMs, withinBudget, type Bench } from './bench';
import { installGlobals } from './pluginHost';

const LESSONS = 2000;
const TERMS = 5000;
const BUDGET_MS = 1000;
const PREVIEW_BUDGET_MS = 1000;
const APPLY_BUDGET_MS = 2000;
/** A long task, as browsers count one: the event loop held longer than this is felt as a freeze. */
const LONG_TASK_MS = 50;

/**
 * Lesson `l` of 2,000: 10 units, 3 🔥 terms each, drawn from 5,000 terms (about 12 occurrences a term). Every unit
 * header carries its block id, so the notes link to units.
 */
function lessonUnits(l: number): UnitSpec[] {
	return Array.from({ length: 10 }, (_, u) => {
		const terms = [0, 1, 2].map((k) => `term ${(l * 30 + u * 3 + k) * 7919 % TERMS}`);
		const english = `We use ${terms.join(' and ')} in a sentence. And then another one.`;
		return { n: u + 1, english, terms: terms.map((term) => ({ term, hot: true })), blockId: `unit-${u + 1}` };
	});
}

const lessonPath = (l: number) => `Lessons/lesson ${l}.md`;

function syntheticInput(): PlanInput {
	const lessons = Array.from({ length: LESSONS }, (_, l) => lessonSource(lessonPath(l), lessonUnits(l)));
	return { lessons, notes: [], paths: lessons.map((l) => l.path), options: { folder: 'Terms', includeAllTerms: false, language: 'en' } };
}

/**
 * The command "Create or update term notes for all lessons" in the plugin on the test double, over the same 2,000
 * lessons, with the automatic update on and a lesson open in its editor: the preview shown (every note read, the
 * plan made), applied (every note written), then what the plugin does after — its listeners on the metadata
 * cache's events for each note written, and any automatic run those set off — until the cache has caught up.
 */
async function vaultRun(): Promise<{ previewMs: number; longestTaskMs: number; applyMs: number; followUpMs: number; runs: number; outcome: string }> {
	installGlobals();
	const { App } = await import('../obsidian-double/app');
	const { notices } = await import('../obsidian-double/notice');
	const { default: Plugin } = await import('../../src/main');
	const app = new App(Object.fromEntries(Array.from({ length: LESSONS }, (_, l) => [lessonPath(l), lessonText(lessonUnits(l))])));
	app.registry.pluginData.set(manifest.id, JSON.stringify({ autoUpdateTermNotes: true }));
	const plugin = new Plugin(app as unknown as O.App, manifest);
	plugin.load();
	await (plugin as unknown as { whenLoaded: Promise<void> }).whenLoaded;
	app.workspace.setLayoutReady();
	await plugin.context.glossary.ready;
	const open = app.vault.getFileByPath(lessonPath(7));
	if (!open) throw new Error('no lesson to open');
	await app.workspace.getLeaf(false).openFile(open, { state: { mode: 'source', source: true } });
	await app.metadataCache.settled();

	let followUpMs = 0;
	const { cache, sync } = { cache: app.metadataCache, sync: plugin.context.termNotes.sync };
	const trigger = cache.trigger.bind(cache);
	cache.trigger = (name: string, ...data: unknown[]) => {
		const t0 = performance.now();
		trigger(name, ...data);
		followUpMs += performance.now() - t0;
	};
	const runs: Promise<unknown>[] = [];
	const run = sync.run.bind(sync);
	sync.run = (request) => {
		const t0 = performance.now();
		const done = run(request).finally(() => (followUpMs += performance.now() - t0));
		runs.push(done);
		return done;
	};
	const turn = () => new Promise((resolve) => setTimeout(resolve, 0));
	const until = async (test: () => boolean) => {
		while (!test()) await turn();
	};
	const button = (label: string) => [...document.querySelectorAll<HTMLElement>('.modal button')].find((b) => b.textContent === label);

	// The longest the event loop went without running a 1 ms timer while the preview was made: the longest task, or
	// more (Node runs timers due together in one go, the double's reads among them), never less.
	let longestTaskMs = 0;
	let tick = performance.now();
	const probe = setInterval(() => {
		const now = performance.now();
		longestTaskMs = Math.max(longestTaskMs, now - tick);
		tick = now;
	}, 1);
	const t0 = performance.now();
	void app.registry.runCommand('update-term-notes-for-vault');
	await until(() => button('Apply') !== undefined);
	const t1 = performance.now();
	clearInterval(probe);
	button('Apply')?.click();
	await until(() => (notices[notices.length - 1] ?? '').startsWith('Term notes'));
	const t2 = performance.now();
	followUpMs = 0;
	runs.length = 0;
	await app.metadataCache.settled();
	await Promise.all(runs);
	plugin.unload();
	return { previewMs: t1 - t0, longestTaskMs, applyMs: t2 - t1, followUpMs, runs: runs.length, outcome: notices[notices.length - 1] ?? '' };
}

export const termNotesBench: Bench = {
	name: 'term notes',
	async run() {
		const input = syntheticInput();
		const first = planTermNotes(input);
		const notes = first.notes.map((a) => ({ path: a.path, text: a.after }));
		// The same lessons again, their term notes now in the vault: nothing to write.
		const second: PlanInput = { ...input, notes, paths: [...input.paths, ...notes.map((n) => n.path)] };
		const unchanged = planTermNotes(second).notes.every((a) => a.kind === 'unchanged');
		const fresh = medianMs(() => planTermNotes(input), 5, 1);
		const resync = medianMs(() => planTermNotes(second), 5, 1);
		const label = `plan ${first.notes.length} notes from ${LESSONS} lessons`;
		const vault = await vaultRun();
		const runMs = vault.previewMs + vault.applyMs;
		return [
			withinBudget(`${label}, all new`, fresh, BUDGET_MS),
			withinBudget(`${label}, second run (all unchanged: ${unchanged})`, resync, BUDGET_MS, unchanged),
			withinBudget(`vault-wide command in the plugin: preview shown (notes read, plan made)`, vault.previewMs, PREVIEW_BUDGET_MS),
			withinBudget(`vault-wide command in the plugin: the longest task while the preview is made`, vault.longestTaskMs, LONG_TASK_MS),
			withinBudget(`vault-wide command in the plugin: applied ("${vault.outcome}")`, vault.applyMs, APPLY_BUDGET_MS),
			{
				label: `vault-wide command in the plugin: the plugin's work after it (metadata cache events, ${vault.runs} automatic runs) ÷ the run's`,
				value: `${vault.followUpMs.toFixed(0)} ms ÷ ${runMs.toFixed(0)} ms = ${(vault.followUpMs / runMs).toFixed(2)}×`,
				budget: '≤ 1×',
				ok: vault.followUpMs <= runMs,
			},
		];
	},
};
