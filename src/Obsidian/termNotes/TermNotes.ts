import type { BaseContext } from '../context';
import type { TermNoteService } from '../termNoteService';
import { TermNoteIndex } from './TermNoteIndex';
import { TermNoteSync } from './TermNoteSync';
import { VaultNoteFiles } from './VaultNoteFiles';

/** The term notes feature's parts: the index of notes by term, the vault's files, and the runs that write notes. */
export class TermNotes implements TermNoteService {
	readonly index: TermNoteIndex;
	readonly files: VaultNoteFiles;
	readonly sync: TermNoteSync;

	constructor(ctx: BaseContext) {
		this.index = new TermNoteIndex(ctx);
		this.files = new VaultNoteFiles(ctx.app);
		this.sync = new TermNoteSync(ctx, this.index, this.files);
	}

	pathFor(key: string): string | null {
		return this.index.pathFor(key);
	}

	notes(): { path: string; term: string; key: string }[] {
		return this.index.notes();
	}

	async ensureNote(key: string): Promise<string | null> {
		const result = await this.sync.run({ target: { kind: 'term', key } });
		const action = result?.plan.notes.find((a) => a.key === key);
		if (!action || result?.report.failed.some((f) => f.path === action.path)) return null;
		return action.path;
	}
}
