import type { Lesson, Term, Unit } from '../../src/core/model';
import type { LessonSource } from '../../src/core/termNotes/occurrences';

type TermSpec = Partial<Term> & { term: string };
type UnitSpec = { n: number; english: string; translation?: string; terms: TermSpec[]; blockId?: string };

/**
 * A hand-built lesson and the text it stands for: one header line per unit, `(n) **english**`,
 * so block ids can be written into it. Term spans are found by plain search in the English.
 */
export function lessonSource(path: string, units: UnitSpec[]): LessonSource {
	const lines: string[] = ['# Lesson', ''];
	const built: Unit[] = units.map((spec) => {
		const line = lines.length;
		lines.push(`(${spec.n}) **${spec.english}**${spec.blockId ? ` ^${spec.blockId}` : ''}`, '', spec.translation ?? `译文 ${spec.n}`, '', '解析：');
		const terms: Term[] = spec.terms.map((t) => {
			const at = spec.english.toLowerCase().indexOf(t.term.toLowerCase());
			lines.push(`* **${t.term}**：${t.meaning ?? '释义'}${t.hot ? ' 🔥' : ''}`);
			return {
				ipa: null,
				pos: null,
				meaning: '释义',
				hot: false,
				line: lines.length - 1,
				span: at === -1 ? null : { start: at, end: at + t.term.length },
				raw: t.term,
				...t,
			};
		});
		lines.push('', '---', '');
		return {
			n: spec.n, start: null, end: null, english: spec.english, markup: [], translation: spec.translation ?? `译文 ${spec.n}`,
			terms, unreadBullets: [], line, endLine: lines.length - 3, englishLines: [line, line], translationLines: null, analysisLine: null,
			blockId: spec.blockId ?? null,
		};
	});
	const lesson: Lesson = {
		isLesson: true, title: 'Lesson', titleLine: 0, declaredUnits: null, intro: null, units: built,
		summary: null, vocabulary: [], vocabularyLine: null, diagnostics: [],
	};
	return { path, text: lines.join('\n'), lesson };
}
