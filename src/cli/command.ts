import { NOTE_LANGUAGES, noteLanguage, type NoteLanguage } from '../core/noteWords';

export interface CliCommand {
	/** Arguments after the command name, for the usage line. */
	usage: string;
	/** Runs with the arguments after the command name; resolves to the exit code. */
	run(args: string[]): Promise<number>;
}

/** The one FILE among `args`, and whether `flag` is there too; throws the usage error of `command` otherwise. */
export function fileAndFlag(command: string, args: readonly string[], flag: string): { file: string; flagged: boolean } {
	const files = args.filter((a) => a !== flag);
	if (files.length !== 1) throw new Error(`${command} takes one FILE`);
	return { file: files[0], flagged: files.length < args.length };
}

/** Runs `work` on `file`, an error it throws named after the file. */
export function inFile<T>(file: string, work: () => T): T {
	try {
		return work();
	} catch (error) {
		throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
	}
}

/**
 * `--note-language LANG` taken out of `args` (en, zh or zh-TW: the words written into notes and exports,
 * as the plugin's setting), `en` without it; the other arguments are returned as they were.
 */
export function noteLanguageArg(args: readonly string[]): { language: NoteLanguage; rest: string[] } {
	const at = args.indexOf('--note-language');
	if (at === -1) return { language: 'en', rest: [...args] };
	const language = noteLanguage(args[at + 1]);
	if (!language) throw new Error(`--note-language takes one of ${NOTE_LANGUAGES.join(', ')}`);
	return { language, rest: [...args.slice(0, at), ...args.slice(at + 2)] };
}
