import { normalizePath, Notice } from 'obsidian';
import { applyPlan, type ApplyReport } from '../../core/termNotes/apply';
import { lessonScope } from '../../core/termNotes/lessonScope';
import { Slicer } from '../../core/Slicer';
import { runStepsInTurns } from '../../core/steps';
import { planning, type TermNotePlan } from '../../core/termNotes/plan';
import { readVault } from '../../core/termNotes/readVault';
import type { BaseContext } from '../context';
import { confirmPlan } from './confirmPlan';
import type { TermNoteIndex } from './TermNoteIndex';
import { VaultNoteFiles } from './VaultNoteFiles';
import { t } from '../../lang/t';

/** What a run covers: the whole vault, some lessons' terms, or one term (glossed or not). */
export type SyncTarget = { kind: 'vault' } | { kind: 'lessons'; paths: string[] } | { kind: 'term'; key: string };

export interface SyncRequest {
	target: SyncTarget;
	/** Show what would change and ask before writing. */
	preview?: boolean;
	/** Say how it went (commands); automatic runs speak only of failures. */
	announce?: boolean;
	/** Create notes only for these term keys (an automatic run skips terms typed a moment ago). */
	mayCreate?: (key: string) => boolean;
	/** Keep each existing note in its language (an automatic run): only a command rewrites a note in the notes' language setting. */
	keepNoteLanguage?: boolean;
}

export interface SyncResult {
	plan: TermNotePlan;
	report: ApplyReport;
}

/** A long run shows its progress (with a cancel button) from this many writes on. */
const PROGRESS_FROM = 10;

/** Runs term note syncs one at a time over the vault: read, plan (pure), apply. */
export class TermNoteSync {
	private queue: Promise<unknown> = Promise.resolve();
	private readonly unloaded = new AbortController();

	constructor(
		private readonly ctx: BaseContext,
		private readonly index: TermNoteIndex,
		private readonly files: VaultNoteFiles,
	) {
		ctx.plugin.register(() => this.unloaded.abort());
	}

	/** Resolves to what was planned and done, or null when the user declined the preview or the run failed (said in a notice). */
	run(request: SyncRequest): Promise<SyncResult | null> {
		const next = this.queue.then(() => this.runNow(request)).catch((error: unknown) => {
			new Notice(t('notice.termNotesFailed', { error: error instanceof Error ? error.message : String(error) }));
			return null;
		});
		this.queue = next;
		return next;
	}

	private async runNow(request: SyncRequest): Promise<SyncResult | null> {
		const { app, lessons } = this.ctx;
		const settings = this.ctx.settings.get();
		const { files } = this;
		// A note seen before that is neither a lesson nor a term note need not be read again.
		const mayMatter = (path: string) => lessons.isLesson(path) !== false || this.index.mayBeTermNote(path);
		// In turns of the event loop: reading and planning a vault takes longer than a task may (see Slicer).
		const slicer = new Slicer(() => this.ctx.clock.nextTask());
		const turn = () => slicer.turn();
		const vault = await readVault(files, (path, text) => lessons.get(path, text), mayMatter, (path, text) => this.index.set(path, text), turn);
		const { target } = request;
		if (request.announce && target.kind === 'lessons' && !target.paths.some((path) => vault.lessons.some((l) => l.path === path))) {
			new Notice(t('notice.notALesson'));
			return null;
		}
		const scope =
			target.kind === 'term' ? new Set([target.key])
			: target.kind === 'lessons' ? new Set(target.paths.flatMap((path) => [...lessonScope(vault, path)]))
			: undefined;
		const plan = await runStepsInTurns(planning({
			...vault,
			options: {
				folder: normalizePath(settings.termFolder),
				includeAllTerms: settings.includeAllTerms || target.kind === 'term',
				scope,
				mayCreate: request.mayCreate,
				language: settings.noteLanguage,
				keepNoteLanguage: request.keepNoteLanguage,
			},
		}), turn);
		if (request.preview && !(await confirmPlan(app, plan))) return null;
		const report = await this.apply(plan, files);
		this.tell(report, request.announce ?? false);
		return { plan, report };
	}

	private async apply(plan: TermNotePlan, files: VaultNoteFiles): Promise<ApplyReport> {
		const writes = plan.notes.filter((a) => a.kind !== 'unchanged').length;
		const cancel = new AbortController();
		const stop = () => cancel.abort();
		this.unloaded.signal.addEventListener('abort', stop);
		const progress = writes >= PROGRESS_FROM ? this.progressNotice(stop) : null;
		try {
			return await applyPlan(plan, files, {
				signal: cancel.signal,
				onProgress: (done, total) => progress?.setText(t('notice.writingProgress', { done, total })),
			});
		} finally {
			this.unloaded.signal.removeEventListener('abort', stop);
			progress?.hide();
		}
	}

	/** A notice that stays up while the run goes on, with a button that cancels it. */
	private progressNotice(cancel: () => void): { setText(text: string): void; hide(): void } {
		const notice = new Notice('', 0);
		const text = notice.messageEl.createSpan({ text: t('notice.writing') });
		const button = notice.messageEl.createEl('button', { text: t('button.cancel'), cls: 'bl-term-notes-cancel' });
		this.ctx.plugin.registerDomEvent(button, 'click', cancel);
		return { setText: (message) => text.setText(message), hide: () => notice.hide() };
	}

	private tell(report: ApplyReport, announce: boolean): void {
		const failed = report.failed.map((f) => `${f.path}: ${f.message}`);
		if (!announce && failed.length === 0) return;
		const counts = { created: report.created.length, updated: report.updated.length, unchanged: report.unchanged };
		const lines = [t(report.cancelled ? 'notice.termNotesCancelled' : 'notice.termNotesDone', counts)];
		if (failed.length > 0) lines.push(t('notice.writeFailed', { count: failed.length }), ...failed.slice(0, 5));
		new Notice(lines.join('\n'), failed.length > 0 ? 0 : 5000);
	}
}
