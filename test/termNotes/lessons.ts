import type { LessonSource } from '../../src/core/termNotes/occurrences';
import { buildLesson, type UnitSpec } from '../lessonBuilder';

/** A lesson at `path` as the term-note planner takes it, built from its units' text (see test/lessonBuilder). */
export function lessonSource(path: string, units: UnitSpec[]): LessonSource {
	return { path, ...buildLesson(units) };
}
