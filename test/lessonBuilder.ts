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
 * A lesson's text as the reference generator writes it: `# title 英语段落翻译`, the declared unit count, then per unit
 * `(n) **English**`, its translation and a `解析：` list, units parted by `---`.
 */
export function lessonText(units: readonly UnitSpec[], title = 'Lesson'): string {
	const lines = [`# ${title} 英语段落翻译`, '', `本文共 **${units.length} 个语义单元**，将全部翻译。`, '', '---', ''];
	for (const unit of units) {
		lines.push(`(${unit.n}) **${unit.english}**${unit.blockId ? ` ^${unit.blockId}` : ''}`, '', unit.translation ?? `译文 ${unit.n}`, '', '解析：');
		lines.push(...unit.terms.map(bullet), '', '---', '');
	}
	return lines.join('\n');
}

/** The text of a lesson with these units and what the parser reads from it. */
export function buildLesson(units: readonly UnitSpec[], title?: string): { text: string; lesson: Lesson } {
	const text = lessonText(units, title);
	return { text, lesson: parseLesson(text) };
}
