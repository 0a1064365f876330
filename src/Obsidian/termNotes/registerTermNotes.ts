import type { PluginContext } from '../context';
import { registerAutoUpdate } from './autoUpdate';
import { registerBlockIdsCommand } from './blockIdsCommand';
import { t } from '../../lang/t';

/**
 * Term notes: the index the cards and the glossary ask (`ctx.termNotes`) started, the commands, and the
 * automatic update when the user leaves a lesson they edited (off by default).
 */
export function registerTermNotes(ctx: PluginContext): void {
	const { app, plugin } = ctx;
	const { index, sync, files } = ctx.termNotes;
	index.start();
	plugin.addCommand({
		id: 'update-term-notes-for-lesson',
		name: t('command.updateTermNotesForLesson'),
		checkCallback: (checking) => {
			const file = app.workspace.getActiveFile();
			if (!file || file.extension !== 'md') return false;
			if (!checking) void sync.run({ target: { kind: 'lessons', paths: [file.path] }, announce: true });
			return true;
		},
	});
	plugin.addCommand({
		id: 'update-term-notes-for-vault',
		name: t('command.updateTermNotesForVault'),
		callback: () => void sync.run({ target: { kind: 'vault' }, preview: true, announce: true }),
	});
	registerBlockIdsCommand(ctx, files);
	registerAutoUpdate(ctx, sync);
}
