import { MarkdownView, normalizePath, Notice } from 'obsidian';
import { detectMisEncoding } from '../../core/parser/encoding';
import { NOTE_WORDS } from '../../core/noteWords';
import { originalCopyPath } from '../../core/repair/copyPath';
import { repairEncoding } from '../../core/repair/repairEncoding';
import { t } from '../../lang/t';
import type BilingualLessonsPlugin from '../../main';
import { VaultNoteFiles } from '../termNotes/VaultNoteFiles';
import { confirmRepair } from './RepairModal';

/**
 * "Repair text encoding": a note whose UTF-8 was read with a Windows code page, decoded back after a
 * preview, and rewritten once (through its editor when it is open). Offered only for such a note.
 */
export function registerRepair(plugin: BilingualLessonsPlugin): void {
	const { app } = plugin;
	const files = new VaultNoteFiles(app);
	const run = (path: string) => repairNote(plugin, files, path);
	plugin.repairEncoding = run;
	plugin.addCommand({
		id: 'repair-text-encoding',
		name: t('command.repairEncoding'),
		checkCallback: (checking) => {
			const view = app.workspace.getActiveViewOfType(MarkdownView);
			// The cheap detector only: the candidate search waits for the command itself.
			if (!view?.file || detectMisEncoding(view.getViewData()) === null) return false;
			if (!checking) void run(view.file.path);
			return true;
		},
	});
}

async function repairNote(plugin: BilingualLessonsPlugin, files: VaultNoteFiles, path: string): Promise<void> {
	const { vault } = plugin.app;
	try {
		const original = await files.read(path);
		const repair = repairEncoding(original);
		if (!repair) {
			new Notice(t('notice.repairNothing'));
			return;
		}
		const copyWord = NOTE_WORDS[plugin.settings.noteLanguage].originalCopy;
		const choice = await confirmRepair(plugin.app, repair, copyWord);
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
