import { Window } from 'happy-dom';
import { GlossaryIndex } from '../../src/core/glossary/GlossaryIndex';
import type { LessonRecord } from '../../src/core/glossary/lessonRecord';
import { DEFAULT_FILTER } from '../../src/core/glossary/GlossaryViewModel';
import { indexHeader, indexLines, readIndex, type RestoredIndex } from '../../src/core/glossary/persistedIndex';
import { LessonCache } from '../../src/core/LessonCache';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { GlossaryPanel, type GlossaryActions } from '../../src/render/glossary/GlossaryPanel';
import { installDomHelpers } from '../obsidian-double/dom';
import { floorScan, medianMs, withinBudget, type Bench, type BenchResult } from './bench';
import { heapMb } from './heap';
import { syntheticLesson } from './synthetic';

const HEAP_BUDGET_MB = 20; // per 1,000 lessons
const OPEN_BUDGET_MS = 100;
const KEY_BUDGET_MS = 16;
const REINDEX_BUDGET_MS = 2; // at 1M terms

const actions: GlossaryActions = {
	hasNote: () => false,
	dueOf: () => null,
	canSpeak: true,
	speak: () => {},
	openTerm: () => {},
	details: () => Promise.resolve({ occurrences: [], alsoIn: [] }),
	openOccurrence: () => {},
	exportCsv: () => {},
	exportAnki: () => {},
};

const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;

/** Lessons indexed (and let go) before the first measured vault: the code and tables made on first use. */
const WARM_UP_LESSONS = 100;

/** More lessons than the lesson cache keeps parsed and as text: fed these, a cache holds all it ever holds. */
const CACHE_FILL = 32;

/**
 * A vault of `lessons` synthetic lessons (from lesson `first` on) indexed as the plugin does (lesson cache, then
 * index), timed against a floor scan of the same texts; the heap they hold afterwards, less what the lesson
 * cache holds whatever the vault's size (its last few parses and texts: measured apart, on a cache of its own).
 * With `restore`, the index is then persisted, let go and read back as a second start does (restoredHeap).
 */
function scale(lessons: number, first = 0, restore = lessons >= RESTORED_FROM): { heapPer1000: number; cacheMb: number; msPerLesson: number; floorRatio: number; terms: number; restored: Restored | null } {
	const before = heapMb();
	const cache = new LessonCache(() => ({}));
	let index: GlossaryIndex | null = new GlossaryIndex();
	let buildMs = 0;
	let floorMs = 0;
	let sink = 0;
	for (let i = first; i < first + lessons; i++) {
		const text = syntheticLesson(i);
		const t0 = performance.now();
		sink += floorScan(text);
		const t1 = performance.now();
		index.setLesson(`Lessons/${i}.md`, cache.get(`Lessons/${i}.md`, text), i, text.length);
		buildMs += performance.now() - t1;
		floorMs += t1 - t0;
	}
	index.entries();
	const held = heapMb() - before;
	if (sink === 0) throw new Error('floor scan optimised away');
	const full = new LessonCache(() => ({}));
	const beforeFull = heapMb();
	for (let i = 0; i < CACHE_FILL; i++) full.get(`Lessons/${i}.md`, syntheticLesson(first + i));
	const cacheMb = heapMb() - beforeFull;
	const terms = index.totals().terms + cache.get('', '').units.length + full.get('', '').units.length; // all held until measured
	const text = restore ? [...indexLines(HEADER, index, [])].join('\n') : null;
	index = null;
	const restored = text === null ? null : restoredHeap(text, lessons, first);
	return { heapPer1000: ((held - cacheMb) / lessons) * 1000, cacheMb, msPerLesson: buildMs / lessons, floorRatio: buildMs / floorMs, terms, restored };
}

const HEADER = indexHeader('bench', {});

/** The smallest vault whose restored index's heap is measured: below, what a restore holds whatever the size weighs too much per lesson. */
const RESTORED_FROM = 1000;

/** Heap (MB per 1,000 lessons) an index read back from a persisted one holds: as restored, and after its first change. */
interface Restored {
	asRead: number;
	changed: number;
}

/** The persisted index `text` read back, all steps at once; nothing of the reading is held afterwards. */
function readToEnd(text: string): RestoredIndex {
	const reading = readIndex(text, HEADER);
	let step = reading.next();
	while (!step.done) step = reading.next();
	if (step.value === null) throw new Error('the persisted index was not read back');
	return step.value;
}

/** What the index persisted as `text` holds once a start has read it back, and once a lesson is edited (the keys' map made then). */
function restoredHeap(text: string, lessons: number, first: number): Restored {
	const before = heapMb();
	const index = new GlossaryIndex();
	index.restore(readToEnd(text));
	index.entries();
	const asRead = heapMb() - before;
	const edited = syntheticLesson(first);
	index.setLesson(`Lessons/${first}.md`, parseLesson(edited), first + 1, edited.length);
	index.entries();
	const changed = heapMb() - before;
	if (index.totals().lessons !== lessons) throw new Error('lessons lost in the persisted index');
	return { asRead: (asRead / lessons) * 1000, changed: (changed / lessons) * 1000 };
}

/** A lesson record of `count` fresh terms, built directly (no parse): for indexes of up to a million terms. */
function record(l: number, count: number, shared: string | null = null): LessonRecord {
	const terms: LessonRecord['terms'] = Array.from({ length: count }, (_, t) => [t % 40, `w${l}x${t}`, null, '名词', `意思${t}`, t % 5 === 0 ? 1 : 0]);
	if (shared !== null) terms.push([0, shared, null, '名词', '共同', 1]);
	const units = Array.from({ length: 40 }, (_, u): [number, number, null] => [u + 1, u * 10, null]);
	return { path: `L/${l}.md`, title: `L${l}`, mtime: l, size: 1, units, terms, words: '' };
}

/** Median time to re-index one edited lesson (and read the A–Z list a view update reads) in an index of `terms`. */
function reindex(terms: number): number {
	const index = new GlossaryIndex();
	const lessons = terms / 100;
	for (let l = 0; l < lessons; l++) index.setRecord(record(l, 100));
	index.entries();
	const versions = [record(7, 100), record(7, 99)];
	let v = 0;
	return medianMs(() => {
		index.setRecord(versions[v++ % 2]);
		index.entries();
	}, 41, 5);
}

/** Build time per lesson when one term is glossed by every lesson: flat when nothing is quadratic. */
function sharedTermMsPerLesson(lessons: number): number {
	const records = Array.from({ length: lessons }, (_, l) => record(l, 20, 'shared term'));
	const t0 = performance.now();
	const index = new GlossaryIndex();
	for (const r of records) index.setRecord(r);
	index.entries();
	if (index.entry('shared term')?.lessonCount !== lessons) throw new Error('shared term miscounted');
	return (performance.now() - t0) / lessons;
}

/** Opening the glossary view and typing into it at `lessons` × 120 glossed terms. */
function viewFigures(lessons: number): { terms: number; openMs: number; keyMs: number; slowestKeyMs: number } {
	const index = new GlossaryIndex();
	for (let l = 0; l < lessons; l++) index.setLesson(`Lessons/${l}.md`, parseLesson(syntheticLesson(l, { shared: 0.3 })), l);
	const terms = index.totals().terms;
	const win = new Window() as unknown as Parameters<typeof installDomHelpers>[0];
	installDomHelpers(win);
	const host = win.document.body.createDiv();
	const listen = <K extends keyof HTMLElementEventMap>(el: HTMLElement, type: K, handler: (evt: HTMLElementEventMap[K]) => void) => el.addEventListener(type, handler);
	const open = () => {
		host.empty();
		return new GlossaryPanel(host, index, actions, listen, DEFAULT_FILTER);
	};
	const openMs = medianMs(open, 7, 2);
	const panel = open();
	const search = host.querySelector('input') as HTMLInputElement;
	const type = (text: string) => {
		search.value = text;
		search.dispatchEvent(new win.Event('input'));
	};
	// What a learner types: a word growing letter by letter from its first, two backspaces, a piece from the middle
	// of the word, a Chinese meaning, a search that finds nothing, each ended by clearing the box; five times over
	// after a warm-up round. Each query's best time is its cost without the noise of a shared machine; the
	// slowest of those is the figure for "each keystroke".
	const first = (index.entries().get(Math.floor(terms / 3))?.key ?? '').replace(/\s.*/, '');
	const growing = [1, 2, 3, 4, 5, 6].map((n) => first.slice(0, n));
	const queries = [...growing, growing[4], growing[3], '', first.slice(1, 4), '', '延', '延迟', '', 'zz', ''];
	const best = queries.map(() => Infinity);
	const keyTimes: number[] = [];
	for (let round = 0; round < 6; round++) {
		queries.forEach((query, i) => {
			const start = performance.now();
			type(query);
			const took = performance.now() - start;
			if (round === 0) return;
			keyTimes.push(took);
			best[i] = Math.min(best[i], took);
		});
	}
	keyTimes.sort((a, b) => a - b);
	if (panel.shown.length !== terms) throw new Error('the bench ended on a filtered list');
	return { terms, openMs, keyMs: keyTimes[Math.floor(keyTimes.length / 2)], slowestKeyMs: Math.max(...best) };
}

export const glossaryBench: Bench = {
	name: 'glossary',
	run() {
		const results: BenchResult[] = [];
		// Once per session, not per lesson: what indexing a first vault leaves behind when it is let go.
		const beforeWarmUp = heapMb();
		scale(WARM_UP_LESSONS, 1_000_000, true);
		const firstUseMb = heapMb() - beforeWarmUp;
		let cacheMb = 0;
		for (const lessons of [100, 1000, 10000]) {
			const s = scale(lessons);
			cacheMb = s.cacheMb;
			results.push({
				label: `${lessons} lessons (${s.terms} terms): heap the index holds per 1,000 lessons · index time per lesson · index ÷ floor scan`,
				value: `${s.heapPer1000.toFixed(1)} MB · ${ms(s.msPerLesson)} · ${s.floorRatio.toFixed(1)}×`,
				budget: `≤ ${HEAP_BUDGET_MB} MB`,
				ok: s.heapPer1000 <= HEAP_BUDGET_MB,
			});
			if (s.restored) results.push({
				label: `${lessons} lessons: heap per 1,000 lessons of the index a second start reads back (as read · after its first change)`,
				value: `${s.restored.asRead.toFixed(1)} MB · ${s.restored.changed.toFixed(1)} MB`,
				budget: `≤ ${HEAP_BUDGET_MB} MB`,
				ok: s.restored.changed <= HEAP_BUDGET_MB,
			});
		}
		results.push({
			label: 'heap that does not grow with the vault (not in the figures above): the lesson cache full · code and tables made on first use',
			value: `${cacheMb.toFixed(1)} MB · ${firstUseMb.toFixed(1)} MB`,
			budget: 'reported',
			ok: true,
		});

		// Flat in vault size: the 1M figure is held to the budget, and its ratio to the 10k one (the same work on
		// a small index, in this process) to ≤ 3×, which a busy machine does not move.
		const [small, middle, large] = [10_000, 100_000, 1_000_000].map(reindex);
		results.push({
			label: 're-index one edited lesson at 10k / 100k / 1M terms (1M ÷ 10k)',
			value: `${ms(small)} / ${ms(middle)} / ${ms(large)} (${(large / small).toFixed(1)}×)`,
			budget: `≤ ${REINDEX_BUDGET_MS} ms at 1M, ≤ 3×`,
			ok: large <= REINDEX_BUDGET_MS && large / small <= 3,
		});
		const few = sharedTermMsPerLesson(500);
		const many = sharedTermMsPerLesson(5000);
		results.push({
			label: 'a term glossed by every lesson: build time per lesson at 5,000 lessons ÷ at 500',
			value: `${(many / few).toFixed(2)}× (${ms(many)} vs ${ms(few)})`,
			budget: '≤ 2× (no quadratic term)',
			ok: many / few <= 2,
		});

		for (const [lessons, required] of [[1150, true], [3500, false]] as const) {
			const v = viewFigures(lessons);
			const label = `${Math.round(v.terms / 1000)}k terms`;
			const open = withinBudget(`open the view (${label}, model + first screen)`, v.openMs, OPEN_BUDGET_MS);
			const key = withinBudget(`keystroke: filter + rank + render (${label}), median`, v.keyMs, KEY_BUDGET_MS);
			const slowest = withinBudget(`slowest keystroke (${label}, each its best of 5)`, v.slowestKeyMs, KEY_BUDGET_MS);
			// At 300k terms the budgets are the 100k ones: reported, "works" is what is required.
			results.push(...(required ? [open, key, slowest] : [open, key, slowest].map((r) => ({ ...r, budget: `${r.budget} at 100k (reported)`, ok: true }))));
		}
		return results;
	},
};
