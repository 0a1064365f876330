import { normalizePath, Notice } from 'obsidian';
import { NOTE_WORDS } from '../../core/noteWords';
import { originalCopyPath } from '../../core/repair/copyPath';
import { repairEncoding } from '../../core/repair/repairEncoding';
import { t } from '../../lang/t';
import type { PluginContext } from '../context';
import { VaultNoteFiles } from '../termNotes/VaultNoteFiles';
import { confirmRepair } from './confirmRepair';

/** Repairs the encoding of the note at `path` after a preview (the command's and the diagnostic's button's work); says how it went in a notice. */
export async function repairNote(ctx: PluginContext, path: string): Promise<void> {
	const { app } = ctx;
	const { vault } = app;
	const files = new VaultNoteFiles(app);
	try {
		const original = await files.read(path);
		const repair = repairEncoding(original);
		if (!repair) {
			new Notice(t('notice.repairNothing'));
			return;
		}
		const copyWord = NOTE_WORDS[ctx.settings.get().noteLanguage].originalCopy;
		const choice = await confirmRepair(app, repair, copyWord);
		if (!choice) return;
		// Edited while the preview was open: what was previewed is no longer what is there.
		const stale = () => {
			new Notice(t('notice.repairStale'));
		};
		if ((await files.read(path)) !== original) return stale();
		// The copy first: should the rewrite fail, the original is still there twice, never lost.
		const copy = choice.keepCopy ? normalizePath(originalCopyPath(path, (p) => vault.getAbstractFileByPath(normalizePath(p)) !== null, copyWord)) : null;
		if (copy) await files.create(copy, original);
		let written = false;
		await files.process(path, (text) => {
			if (text !== original) return text;
			written = true;
			return repair.text;
		});
		if (!written) return stale();
		new Notice(copy ? t('notice.repairedWithCopy', { count: repair.repaired, copy }) : t('notice.repaired', { count: repair.repaired }));
	} catch (error) {
		new Notice(t('notice.repairFailed', { error: error instanceof Error ? error.message : String(error) }));
	}
}
