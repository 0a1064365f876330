import { planTermNotes, type PlanInput } from '../../src/core/termNotes/plan';
import { lessonSource } from '../termNotes/lessons';
import { medianMs, withinBudget, type Bench } from './bench';

const LESSONS = 2000;
const TERMS = 5000;
const BUDGET_MS = 1000;

/**
 * 2,000 lessons of 10 units, 3 🔥 terms each, drawn from 5,000 terms: about 12 occurrences a term.
 * Every unit header carries its block id, so the notes link to units.
 */
function syntheticInput(): PlanInput {
	const lessons = Array.from({ length: LESSONS }, (_, l) =>
		lessonSource(`Lessons/lesson ${l}.md`, Array.from({ length: 10 }, (_, u) => {
			const terms = [0, 1, 2].map((k) => `term ${(l * 30 + u * 3 + k) * 7919 % TERMS}`);
			const english = `We use ${terms.join(' and ')} in a sentence. And then another one.`;
			return { n: u + 1, english, terms: terms.map((term) => ({ term, hot: true })), blockId: `unit-${u + 1}` };
		})),
	);
	return { lessons, notes: [], paths: lessons.map((l) => l.path), options: { folder: 'Terms', includeAllTerms: false, language: 'en' } };
}

export const termNotesBench: Bench = {
	name: 'term notes',
	run() {
		const input = syntheticInput();
		const first = planTermNotes(input);
		const notes = first.notes.map((a) => ({ path: a.path, text: a.after }));
		// The same lessons again, their term notes now in the vault: nothing to write.
		const second: PlanInput = { ...input, notes, paths: [...input.paths, ...notes.map((n) => n.path)] };
		const unchanged = planTermNotes(second).notes.every((a) => a.kind === 'unchanged');
		const fresh = medianMs(() => planTermNotes(input), 5, 1);
		const resync = medianMs(() => planTermNotes(second), 5, 1);
		const label = `plan ${first.notes.length} notes from ${LESSONS} lessons`;
		return [
			withinBudget(`${label}, all new`, fresh, BUDGET_MS),
			withinBudget(`${label}, second run (all unchanged: ${unchanged})`, resync, BUDGET_MS, unchanged),
		];
	},
};
