import { statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { detailedEntries } from '../../core/glossary/details';
import { ankiCards, ankiTsv, glossaryCsv, slashed } from '../../core/glossary/exportFormats';
import { GlossaryIndex } from '../../core/glossary/GlossaryIndex';
import type { DetailedEntry } from '../../core/glossary/types';
import { DEFAULT_FILTER, GlossaryViewModel } from '../../core/glossary/GlossaryViewModel';
import type { Lesson } from '../../core/model';
import { parseLesson } from '../../core/parser/parseLesson';
import { noteLanguageArg, type CliCommand } from '../command';
import type { NoteLanguage } from '../../core/noteWords';
import { readListed } from '../markdownFiles';

const FORMATS = ['--csv', '--anki', '--json'];

/** `glossary VAULT_DIR [--csv|--anki|--json] [--note-language LANG]`: every term of every lesson in a folder, A–Z. */
export const glossaryCommand: CliCommand = {
	usage: 'VAULT_DIR [--csv|--anki|--json] [--note-language en|zh|zh-TW]',
	async run(argv) {
		const { language, rest: args } = noteLanguageArg(argv);
		const format = args.find((a) => FORMATS.includes(a));
		const dirs = args.filter((a) => !FORMATS.includes(a));
		if (dirs.length !== 1) throw new Error('glossary takes one VAULT_DIR and at most one of --csv, --anki, --json');
		const index = new GlossaryIndex();
		const lessons = new Map<string, Lesson>();
		for (const { file, text } of readListed(dirs)) {
			const path = relative(dirs[0], file).split(sep).join('/');
			const lesson = parseLesson(text);
			if (lesson.isLesson) lessons.set(path, lesson);
			index.setLesson(path, lesson, statSync(file).mtimeMs);
		}
		// The index holds no sentences: the examples come from the parsed lessons.
		const entries = await detailedEntries(new GlossaryViewModel(index).rows(DEFAULT_FILTER), async (path) => lessons.get(path) ?? null);
		process.stdout.write(output(format, index, entries, language));
		return 0;
	},
};

function output(format: string | undefined, index: GlossaryIndex, entries: readonly DetailedEntry[], language: NoteLanguage): string {
	if (format === '--csv') return glossaryCsv(entries, language);
	if (format === '--anki') return ankiTsv(ankiCards(entries));
	if (format === '--json') return `${JSON.stringify({ totals: index.totals(), entries }, null, 2)}\n`;
	const { lessons, terms, hot } = index.totals();
	const lines = entries.map((e) => {
		const ipa = e.ipa.length > 0 ? ` ${e.ipa.map(slashed).join(' ')}` : '';
		const pos = e.pos.length > 0 ? ` [${e.pos.join(', ')}]` : '';
		return `${e.hot ? '🔥 ' : ''}${e.term}${ipa}${pos}: ${e.meanings.join('; ')} (${e.lessonCount} ${e.lessonCount === 1 ? 'lesson' : 'lessons'})`;
	});
	return `${lessons} lessons, ${terms} terms, ${hot} 🔥\n${lines.join('\n')}\n`;
}
