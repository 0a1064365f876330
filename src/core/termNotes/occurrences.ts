import type { Lesson, Term, Unit } from '../model';
import { termKey } from '../termKey';

/** A lesson note as the planner sees it: its path, its text and the parse of that text. */
export interface LessonSource {
	path: string;
	text: string;
	lesson: Lesson;
}

/** One glossed term in one unit of one lesson. */
export interface Occurrence {
	lesson: LessonSource;
	unitIndex: number;
	unit: Unit;
	term: Term;
}

/** Every occurrence of one term key across the lessons. */
export interface TermOccurrences {
	key: string;
	/** By lesson path, then unit order; one per unit (a unit glossing the term twice counts once). */
	occurrences: Occurrence[];
	/** 🔥 in at least one occurrence. */
	hot: boolean;
}

const PLACEHOLDER = /^\{\{.*\}\}$/;

/** Groups the glossed terms of `lessons` by term key, in a stable order (lessons by path). */
export function collectOccurrences(lessons: readonly LessonSource[]): Map<string, TermOccurrences> {
	const byKey = new Map<string, TermOccurrences>();
	const sorted = [...lessons].sort((a, b) => compare(a.path, b.path));
	for (const lesson of sorted) {
		lesson.lesson.units.forEach((unit, unitIndex) => {
			for (const term of unit.terms) {
				const key = termKey(term.term);
				// A template's placeholder (`{{term}}` in a lesson template) is no term to make a note for.
				if (key === '' || PLACEHOLDER.test(term.term)) continue;
				let entry = byKey.get(key);
				if (!entry) byKey.set(key, (entry = { key, occurrences: [], hot: false }));
				entry.hot ||= term.hot;
				const last = entry.occurrences[entry.occurrences.length - 1];
				if (last && last.lesson === lesson && last.unitIndex === unitIndex) {
					// The same term glossed twice in a unit: keep the 🔥 bullet if there is one.
					if (term.hot && !last.term.hot) last.term = term;
				} else entry.occurrences.push({ lesson, unitIndex, unit, term });
			}
		});
	}
	return byKey;
}

/** Code-point order, the same on every platform and locale. */
export function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
