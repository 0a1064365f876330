// The one way tests make a small lesson: write its text in the reference layout and parse it, so what a test
// works on is what the parser returns for that text, never a model object built by hand.
import type { Lesson } from '../src/core/model';
import { parseLesson } from '../src/core/parser/parseLesson';

export interface TermSpec {
	term: string;
	ipa?: string | null;
	pos?: string | null;
	/** Defaults to `释义`. */
	meaning?: string;
	hot?: boolean;
}

export interface UnitSpec {
	n: number;
	english: string;
	/** Defaults to `译文 n`. */
	translation?: string;
	terms: TermSpec[];
	/** A block id at the end of the header line (`^id`). */
	blockId?: string;
}

/** `* **term** /ipa/：pos，meaning 🔥`, each part only when given. */
function bullet(spec: TermSpec): string {
	const ipa = spec.ipa ? ` /${spec.ipa}/` : '';
	const pos = spec.pos ? `${spec.pos}，` : '';
	return `* **${spec.term}**${ipa}：${pos}${spec.meaning ?? '释义'}${spec.hot ? ' 🔥' : ''}`;
}

/**
 * A lesson's text as the reference generator writes it: `# title 英语段落翻译` (none when `title` is null), the declared
 * unit count, then per unit `(n) **English**`, its translation and a `解析：` list, units parted by `---`.
 */
export function lessonText(units: readonly UnitSpec[], title: string | null = 'Lesson'): string {
	const lines = [...(title === null ? [] : [`# ${title} 英语段落翻译`, '']), `本文共 **${units.length} 个语义单元**，将全部翻译。`, '', '---', ''];
	for (const unit of units) {
		lines.push(`(${unit.n}) **${unit.english}**${unit.blockId ? ` ^${unit.blockId}` : ''}`, '', unit.translation ?? `译文 ${unit.n}`, '', '解析：');
		lines.push(...unit.terms.map(bullet), '', '---', '');
	}
	return lines.join('\n');
}

/** The text of a lesson with these units and what the parser reads from it. */
export function buildLesson(units: readonly UnitSpec[], title?: string | null): { text: string; lesson: Lesson } {
	const text = lessonText(units, title);
	return { text, lesson: parseLesson(text) };
}

/** What the parser reads from the text of a lesson with these units; throws when it reads no lesson (toy English like "Abc." is none). */
export function parsedLesson(units: readonly UnitSpec[], title?: string | null): Lesson {
	const { lesson } = buildLesson(units, title);
	if (!lesson.isLesson || lesson.units.length !== units.length) throw new Error(`not read as a lesson of ${units.length} units: ${units.map((u) => u.english).join(' / ')}`);
	return lesson;
}

/** What the parser reads from a note that is no lesson. */
export const NOT_A_LESSON: Lesson = parseLesson('# Just a note\n\nSome words, no units.\n');
