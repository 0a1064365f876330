import { compare } from '../compare';
import { parsedGlosses, type Gloss } from '../glosses';
import type { Lesson, Term, Unit } from '../model';
import { runSteps, type Steps } from '../steps';

/** A lesson note as the planner sees it: its path, its text and the parse of that text. */
export interface LessonSource {
	path: string;
	text: string;
	lesson: Lesson;
}

/** A glossed term (core/glosses) with the lesson and unit it is in, as a term note lists it. */
export interface LessonGloss extends Gloss<Term> {
	readonly lesson: LessonSource;
	readonly unit: Unit;
}

/** Every occurrence of one term key across the lessons. */
export interface TermOccurrences {
	key: string;
	/** By lesson path, then unit order; one per unit, as the glossary counts them (core/glosses). */
	occurrences: LessonGloss[];
	/** 🔥 in at least one occurrence. */
	hot: boolean;
}

/** Groups the glossed terms of `lessons` by term key, in a stable order (lessons by path). */
export function collectOccurrences(lessons: readonly LessonSource[]): Map<string, TermOccurrences> {
	return runSteps(collectingOccurrences(lessons));
}

/** collectOccurrences in steps, one lesson a step. */
export function* collectingOccurrences(lessons: readonly LessonSource[]): Steps<Map<string, TermOccurrences>> {
	const byKey = new Map<string, TermOccurrences>();
	const sorted = [...lessons].sort((a, b) => compare(a.path, b.path));
	for (const lesson of sorted) {
		for (const { key, unitIndex, term } of parsedGlosses(lesson.lesson)) {
			let entry = byKey.get(key);
			if (!entry) byKey.set(key, (entry = { key, occurrences: [], hot: false }));
			entry.hot ||= term.hot;
			// Written out, not spread from the gloss: V8 copies a spread with extra properties slowly (2/3 of this loop's time).
			entry.occurrences.push({ key, unitIndex, term, lesson, unit: lesson.lesson.units[unitIndex] });
		}
		yield;
	}
	return byKey;
}
