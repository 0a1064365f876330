import { MarkdownView } from 'obsidian';
import { detectMisEncoding } from '../../core/parser/encoding';
import { t } from '../../lang/t';
import type { PluginContext } from '../context';
import { repairNote } from './repairNote';

/**
 * "Repair text encoding": a note whose UTF-8 was read with a Windows code page, decoded back after a
 * preview, and rewritten once (through its editor when it is open). Offered only for such a note.
 */
export function registerRepair(ctx: PluginContext): void {
	const { app } = ctx;
	ctx.plugin.addCommand({
		id: 'repair-text-encoding',
		name: t('command.repairEncoding'),
		checkCallback: (checking) => {
			const view = app.workspace.getActiveViewOfType(MarkdownView);
			// The cheap detector only: the candidate search waits for the command itself.
			if (!view?.file || detectMisEncoding(view.getViewData()) === null) return false;
			if (!checking) void repairNote(ctx, view.file.path);
			return true;
		},
	});
}
