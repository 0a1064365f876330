import type { NoteFiles } from '../noteFiles';
import { mergeNoteText } from './noteText';
import type { TermNotePlan } from './plan';

export interface ApplyReport {
	created: string[];
	updated: string[];
	unchanged: number;
	/** Files that could not be written, each with why; the others went on. */
	failed: { path: string; message: string }[];
	/** True when the run was cancelled before its end. */
	cancelled: boolean;
}

export interface ApplyOptions {
	signal?: AbortSignal;
	onProgress?: (done: number, total: number) => void;
}

/**
 * Writes a plan's term notes. Each write checks that the file still holds the text planned from;
 * a note changed since is re-merged from its current text.
 */
export async function applyPlan(plan: TermNotePlan, files: NoteFiles, options: ApplyOptions = {}): Promise<ApplyReport> {
	const report: ApplyReport = { created: [], updated: [], unchanged: 0, failed: [], cancelled: false };
	const writes = plan.notes.filter((a) => a.kind !== 'unchanged');
	report.unchanged = plan.notes.length - writes.length;
	let done = 0;
	for (const action of writes) {
		if (options.signal?.aborted) {
			report.cancelled = true;
			return report;
		}
		try {
			if (action.before === null) {
				await files.create(action.path, action.after);
				report.created.push(action.path);
			} else {
				await files.process(action.path, (current) => (current === action.before ? action.after : mergeNoteText(current, action.content)));
				report.updated.push(action.path);
			}
		} catch (error) {
			report.failed.push({ path: action.path, message: error instanceof Error ? error.message : String(error) });
		}
		options.onProgress?.(++done, writes.length);
	}
	return report;
}
