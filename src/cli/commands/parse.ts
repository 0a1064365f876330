import type { Lesson } from '../../core/model';
import { parseLesson } from '../../core/parser/parseLesson';
import { fileAndFlag, inFile, type CliCommand } from '../command';
import { readText } from '../textFiles';

/** `parse FILE [--json]`: the lesson model as JSON, or a readable summary. */
export const parseCommand: CliCommand = {
	usage: 'FILE [--json]',
	run(args) {
		const { file, flagged: json } = fileAndFlag('parse', args, '--json');
		const lesson = parseLesson(inFile(file, () => readText(file)));
		process.stdout.write(json ? `${JSON.stringify(lesson, null, 2)}\n` : summary(file, lesson));
		return Promise.resolve(0);
	},
};

export function summary(file: string, lesson: Lesson): string {
	if (!lesson.isLesson) return `${file}: not a lesson\n`;
	const terms = lesson.units.flatMap((u) => u.terms);
	const located = terms.filter((t) => t.span).length;
	const errors = lesson.diagnostics.filter((d) => d.severity === 'error').length;
	const lines = [
		`${file}: ${lesson.title ?? '(untitled lesson)'}`,
		`  units       ${lesson.units.length}${lesson.declaredUnits === null ? '' : ` (declared ${lesson.declaredUnits})`}`,
		`  terms       ${terms.length} (${terms.filter((t) => t.hot).length} 🔥, ${terms.filter((t) => t.ipa).length} with IPA, ${located} located in the English)`,
		`  vocabulary  ${lesson.vocabulary.length} rows`,
		`  summary     ${lesson.summary ? 'yes' : 'no'}`,
		`  diagnostics ${lesson.diagnostics.length} (${errors} errors)`,
	];
	return `${lines.join('\n')}\n`;
}
