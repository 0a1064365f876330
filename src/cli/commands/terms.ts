import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import type { NoteFiles } from '../../core/noteFiles';
import { parseLesson } from '../../core/parser/parseLesson';
import { applyPlan } from '../../core/termNotes/apply';
import { addBlockIds } from '../../core/termNotes/blockIds';
import { lessonScope } from '../../core/termNotes/lessonScope';
import type { LessonSource } from '../../core/termNotes/occurrences';
import { planTermNotes, type TermNotePlan } from '../../core/termNotes/plan';
import { readVault } from '../../core/termNotes/readVault';
import { DEFAULT_SETTINGS } from '../../settings';
import { noteLanguageArg, type CliCommand } from '../command';
import { markdownFiles, skippedText, type Skipped } from '../markdownFiles';
import { createFile, decodeUtf8, NOT_UTF8, processInPlace, resolvesInside } from '../textFiles';

const lossy = new TextDecoder();

/** A folder of Markdown files as a vault: written in place, never outside the folder (see textFiles). */
class FolderNoteFiles implements NoteFiles {
	/** Paths the listing left out (as listed, not vault-relative): unreachable, or a second path to a file. */
	readonly skipped: Skipped[] = [];
	/** Files that are not UTF-8: read with U+FFFD only to know what they are, and never written. */
	readonly undecodable: string[] = [];

	constructor(private readonly root: string) {}

	/** The files, and the paths skipped as unreachable: a new note must not take their names either. */
	list(): string[] {
		const { files, skipped } = markdownFiles([this.root]);
		this.skipped.push(...skipped);
		const unreachable = skipped.filter((s) => s.sameAs === undefined).map((s) => s.path);
		return [...files, ...unreachable].map((file) => this.relative(file));
	}

	/** A file's path in the vault, `/`-separated; `.` for the vault itself. */
	relative(file: string): string {
		return relative(this.root, file).split(sep).join('/') || '.';
	}

	async read(path: string): Promise<string> {
		const bytes = readFileSync(join(this.root, path));
		const text = decodeUtf8(bytes);
		if (text !== null) return text;
		this.undecodable.push(path);
		return lossy.decode(bytes);
	}

	async create(path: string, text: string): Promise<void> {
		const file = join(this.root, path);
		if (!resolvesInside(this.root, file)) throw new Error(`${path} would be outside ${this.root}; not written`);
		mkdirSync(dirname(file), { recursive: true });
		createFile(file, text);
	}

	async process(path: string, fn: (text: string) => string): Promise<string> {
		return processInPlace(join(this.root, path), fn);
	}
}

/**
 * `terms VAULT_DIR [--dry-run] [--all] [--block-ids] [--note-language LANG]`: create or update term notes
 * in a folder of Markdown files. Lessons are written only with `--block-ids`, which adds unit block ids first.
 */
export const termsCommand: CliCommand = {
	usage: 'VAULT_DIR [--dry-run] [--all] [--folder NAME] [--block-ids] [--note-language en|zh|zh-TW]',
	async run(argv) {
		const { language, rest: args } = noteLanguageArg(argv);
		const { dir, folder, flags } = readArgs(args);
		const files = new FolderNoteFiles(dir);
		const options = { folder, includeAllTerms: flags.has('--all'), language };
		let input = await readVault(files, (_, text) => parseLesson(text));
		const unknown = [...files.skipped.filter((s) => s.sameAs === undefined).map((s) => files.relative(s.path)), ...files.undecodable];
		const idFailures: { path: string; message: string }[] = [];
		let lessonsEdited = 0;
		if (flags.has('--block-ids') && !flags.has('--dry-run')) {
			lessonsEdited = await writeBlockIds(files, input.lessons.filter((l) => !unknown.includes(l.path)), idFailures);
			if (lessonsEdited > 0) input = await readVault(new FolderNoteFiles(dir), (_, text) => parseLesson(text));
		}
		const { plan, leftAlone } = leaveAlone(planTermNotes({ ...input, options }), unknown, (path) => lessonScope(input, path));
		for (const s of files.skipped) process.stderr.write(`skipped: ${skippedText(s, (p) => files.relative(p))}\n`);
		for (const path of files.undecodable) process.stderr.write(`skipped: ${path}: ${NOT_UTF8}\n`);
		if (leftAlone > 0) process.stderr.write(`left ${leftAlone} term note(s) alone: they depend on files that could not be read\n`);
		for (const line of [...duplicateLines(plan), ...heldLines(plan)]) process.stderr.write(`${line}\n`);
		if (flags.has('--dry-run')) {
			process.stdout.write(preview(plan));
			return 0;
		}
		const report = await applyPlan(plan, files);
		const failed = [...idFailures, ...report.failed];
		for (const { path, message } of failed) process.stderr.write(`failed: ${path}: ${message}\n`);
		const ids = flags.has('--block-ids') ? `; block ids added to ${lessonsEdited} lesson(s)` : '';
		process.stdout.write(
			`created ${report.created.length}, updated ${report.updated.length}, unchanged ${report.unchanged}` +
				`${ids}${failed.length ? `; ${failed.length} failed` : ''}\n`,
		);
		return failed.length > 0 ? 1 : 0;
	},
};

/**
 * Drops what depends on files that could not be read: their own edits, and the notes of the terms they
 * gloss or that list them. Planned without such a file, a note would lose its occurrences or be told
 * that no lesson glosses its term any more; planned from its U+FFFD text, it would copy them.
 */
function leaveAlone(plan: TermNotePlan, unknown: readonly string[], scope: (path: string) => Set<string>): { plan: TermNotePlan; leftAlone: number } {
	if (unknown.length === 0) return { plan, leftAlone: 0 };
	const paths = new Set(unknown);
	const keys = new Set(unknown.flatMap((path) => [...scope(path)]));
	const notes = plan.notes.filter((a) => !paths.has(a.path) && !keys.has(a.key));
	const leftAlone = plan.notes.filter((a) => a.kind !== 'unchanged').length - notes.filter((a) => a.kind !== 'unchanged').length;
	return { plan: { ...plan, notes }, leftAlone };
}

const FLAGS = new Set(['--dry-run', '--all', '--block-ids']);

/** Adds unit block ids to each lesson that lacks some; a lesson changed since it was read is left alone. Resolves to how many were written. */
async function writeBlockIds(files: NoteFiles, lessons: readonly LessonSource[], failed: { path: string; message: string }[]): Promise<number> {
	let edited = 0;
	for (const lesson of lessons) {
		const edit = addBlockIds(lesson.text, lesson.lesson);
		if (edit.added === 0) continue;
		try {
			const written = await files.process(lesson.path, (current) => (current === lesson.text ? edit.text : current));
			if (written === edit.text) edited++;
		} catch (error) {
			failed.push({ path: lesson.path, message: error instanceof Error ? error.message : String(error) });
		}
	}
	return edited;
}

function readArgs(args: string[]): { dir: string; folder: string; flags: Set<string> } {
	const flags = new Set<string>();
	const dirs: string[] = [];
	let folder = DEFAULT_SETTINGS.termFolder;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg === '--folder' && i + 1 < args.length) folder = args[++i];
		else if (FLAGS.has(arg)) flags.add(arg);
		else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
		else dirs.push(arg);
	}
	if (dirs.length !== 1 || !existsSync(dirs[0])) throw new Error('terms takes one VAULT_DIR (an existing folder)');
	return { dir: dirs[0], folder: termFolder(dirs[0], folder), flags };
}

/** `--folder` as a vault-relative folder; refused when it leaves the vault, by `..`, as an absolute path or through a link. */
function termFolder(dir: string, folder: string): string {
	const parts = folder.split(/[\\/]/).filter((p) => p !== '' && p !== '.');
	if (isAbsolute(folder) || parts.includes('..') || !resolvesInside(dir, join(dir, ...parts))) {
		throw new Error(`--folder ${folder} is outside VAULT_DIR ${dir}: term notes are only written inside the vault`);
	}
	return parts.join('/');
}

function duplicateLines(plan: TermNotePlan): string[] {
	return plan.duplicates.map((d) => `duplicate note for "${d.key}" left alone: ${d.path} (using ${d.keptPath})`);
}

/** Notes listing a lesson that could not be read: left as they are. */
function heldLines(plan: TermNotePlan): string[] {
	return plan.held.map((h) => `left alone: ${h.path} (it lists ${h.lesson}, which could not be read)`);
}

function preview(plan: TermNotePlan): string {
	const count = (kind: string) => plan.notes.filter((a) => a.kind === kind).length;
	const lines = plan.notes.filter((a) => a.kind !== 'unchanged').map((a) => `would ${a.kind} ${a.path}`);
	lines.push(`dry run: would create ${count('create')}, update ${count('update')}, leave ${count('unchanged')} unchanged`);
	return `${lines.join('\n')}\n`;
}
