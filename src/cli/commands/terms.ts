import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { NoteFiles } from '../../core/noteFiles';
import { parseLesson } from '../../core/parser/parseLesson';
import { applyPlan } from '../../core/termNotes/apply';
import { planTermNotes, type TermNotePlan } from '../../core/termNotes/plan';
import { readVault } from '../../core/termNotes/readVault';
import { DEFAULT_SETTINGS } from '../../settings';
import type { CliCommand } from '../command';
import { markdownFiles } from '../markdownFiles';

/** A folder of Markdown files as a vault. Writes go to a temporary file renamed into place: never half-written. */
class FolderNoteFiles implements NoteFiles {
	constructor(private readonly root: string) {}

	list(): string[] {
		return markdownFiles([this.root]).map((file) => relative(this.root, file).split(sep).join('/'));
	}

	async read(path: string): Promise<string> {
		return readFileSync(join(this.root, path), 'utf8');
	}

	async create(path: string, text: string): Promise<void> {
		const file = join(this.root, path);
		if (existsSync(file)) throw new Error(`${path} already exists`);
		mkdirSync(dirname(file), { recursive: true });
		this.write(file, text);
	}

	async process(path: string, fn: (text: string) => string): Promise<string> {
		const file = join(this.root, path);
		const current = readFileSync(file, 'utf8');
		const next = fn(current);
		if (next !== current) this.write(file, next);
		return next;
	}

	private write(file: string, text: string): void {
		const temporary = `${file}.${process.pid}.tmp`;
		writeFileSync(temporary, text, 'utf8');
		renameSync(temporary, file);
	}
}

/** `terms VAULT_DIR [--dry-run] [--all]`: create or update term notes in a folder of Markdown files. */
export const termsCommand: CliCommand = {
	usage: 'VAULT_DIR [--dry-run] [--all] [--folder NAME] [--no-block-ids]',
	async run(args) {
		const { dir, folder, flags } = readArgs(args);
		const files = new FolderNoteFiles(dir);
		const options = { folder, includeAllTerms: flags.has('--all'), writeBlockIds: !flags.has('--no-block-ids') };
		const plan = planTermNotes({ ...(await readVault(files, (_, text) => parseLesson(text))), options });
		if (flags.has('--dry-run')) {
			process.stdout.write(preview(plan));
			return 0;
		}
		const report = await applyPlan(plan, files);
		for (const { path, message } of report.failed) process.stderr.write(`failed: ${path}: ${message}\n`);
		process.stdout.write(
			`created ${report.created.length}, updated ${report.updated.length}, unchanged ${report.unchanged}` +
				`; block ids added to ${report.lessonsEdited.length} lesson(s)${report.failed.length ? `; ${report.failed.length} failed` : ''}\n`,
		);
		return report.failed.length > 0 ? 1 : 0;
	},
};

const FLAGS = new Set(['--dry-run', '--all', '--no-block-ids']);

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
	return { dir: dirs[0], folder, flags };
}

function preview(plan: TermNotePlan): string {
	const count = (kind: string) => plan.notes.filter((a) => a.kind === kind).length;
	const lines = plan.notes.filter((a) => a.kind !== 'unchanged').map((a) => `would ${a.kind} ${a.path}`);
	for (const edit of plan.lessonEdits) lines.push(`would add ${edit.added} block id(s) to ${edit.path}`);
	for (const d of plan.duplicates) lines.push(`duplicate note for "${d.key}" left alone: ${d.path} (using ${d.keptPath})`);
	lines.push(`dry run: would create ${count('create')}, update ${count('update')}, leave ${count('unchanged')} unchanged`);
	return `${lines.join('\n')}\n`;
}
