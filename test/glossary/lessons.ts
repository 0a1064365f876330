// Small hand-built lessons for glossary tests.
import type { Lesson, Term, Unit } from '../../src/core/model';

export interface TermSpec {
	term: string;
	meaning?: string;
	ipa?: string | null;
	pos?: string | null;
	hot?: boolean;
}

/** A unit with the given English and terms; each term's span is found by a plain case-insensitive search. */
export function unit(n: number, english: string, terms: TermSpec[], options: Partial<Unit> = {}): Unit {
	const line = n * 10;
	return {
		n,
		start: null,
		end: null,
		english,
		markup: [],
		translation: `译文 ${n}`,
		terms: terms.map((spec, i): Term => {
			const at = english.toLowerCase().indexOf(spec.term.toLowerCase());
			return {
				term: spec.term,
				ipa: spec.ipa ?? null,
				pos: spec.pos ?? null,
				meaning: spec.meaning ?? `${spec.term} 的意思`,
				hot: spec.hot ?? false,
				line: line + 3 + i,
				span: at === -1 ? null : { start: at, end: at + spec.term.length },
				raw: `**${spec.term}**`,
			};
		}),
		unreadBullets: [],
		line,
		endLine: line + 3 + terms.length,
		englishLines: [line, line],
		translationLines: [line + 1, line + 1],
		analysisLine: line + 2,
		blockId: null,
		...options,
	};
}

export function lesson(title: string | null, units: Unit[]): Lesson {
	return {
		isLesson: true,
		title,
		titleLine: title === null ? null : 0,
		declaredUnits: units.length,
		intro: null,
		units,
		summary: null,
		vocabulary: [],
		vocabularyLine: null,
		diagnostics: [],
	};
}

export const NOT_A_LESSON: Lesson = { ...lesson(null, []), isLesson: false };
