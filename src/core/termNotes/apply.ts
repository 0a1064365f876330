import type { NoteFiles } from '../noteFiles';
import { mergeNoteText } from './noteText';
import type { TermNotePlan } from './plan';

export interface ApplyReport {
	created: string[];
	updated: string[];
	unchanged: number;
	/** Lessons that received block ids. */
	lessonsEdited: string[];
	/** Files that could not be written, each with why; the others went on. */
	failed: { path: string; message: string }[];
	/** True when the run was cancelled before its end. */
	cancelled: boolean;
}

export interface ApplyOptions {
	signal?: AbortSignal;
	onProgress?: (done: number, total: number) => void;
}

export const LESSON_CHANGED = 'The lesson changed while its block ids were planned; run again.';

/**
 * Writes a plan: block ids into lessons first (so links work once notes exist), then the notes.
 * Each write checks that the file still holds the text planned from; a changed term note is
 * re-merged from its current text, a changed lesson is left alone and reported.
 */
export async function applyPlan(plan: TermNotePlan, files: NoteFiles, options: ApplyOptions = {}): Promise<ApplyReport> {
	const report: ApplyReport = { created: [], updated: [], unchanged: 0, lessonsEdited: [], failed: [], cancelled: false };
	const writes = plan.notes.filter((a) => a.kind !== 'unchanged');
	report.unchanged = plan.notes.length - writes.length;
	const total = plan.lessonEdits.length + writes.length;
	let done = 0;
	const step = async (path: string, write: () => Promise<void>): Promise<boolean> => {
		if (options.signal?.aborted) {
			report.cancelled = true;
			return false;
		}
		try {
			await write();
		} catch (error) {
			report.failed.push({ path, message: error instanceof Error ? error.message : String(error) });
		}
		options.onProgress?.(++done, total);
		return true;
	};

	for (const edit of plan.lessonEdits) {
		const going = await step(edit.path, async () => {
			let changed = false;
			await files.process(edit.path, (current) => {
				changed = current !== edit.before;
				return changed ? current : edit.after;
			});
			if (changed) throw new Error(LESSON_CHANGED);
			report.lessonsEdited.push(edit.path);
		});
		if (!going) return report;
	}
	for (const action of writes) {
		const going = await step(action.path, async () => {
			if (action.before === null) {
				await files.create(action.path, action.after);
				report.created.push(action.path);
				return;
			}
			await files.process(action.path, (current) => (current === action.before ? action.after : mergeNoteText(current, action.content)));
			report.updated.push(action.path);
		});
		if (!going) return report;
	}
	return report;
}
