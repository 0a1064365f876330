import type BilingualLessonsPlugin from '../../main';
import { registerAutoUpdate } from './autoUpdate';
import { registerBlockIdsCommand } from './blockIdsCommand';
import { TermNoteIndex } from './TermNoteIndex';
import { TermNoteSync } from './TermNoteSync';
import { VaultNoteFiles } from './VaultNoteFiles';
import { t } from '../../lang/t';

/**
 * Term notes: the service cards and the glossary use (`plugin.termNotes`), the commands, and the
 * automatic update when the user leaves a lesson they edited (off by default).
 */
export function registerTermNotes(plugin: BilingualLessonsPlugin): void {
	const { app } = plugin;
	const index = new TermNoteIndex(plugin);
	index.start();
	const files = new VaultNoteFiles(app);
	const sync = new TermNoteSync(plugin, index, files);

	plugin.termNotes = {
		pathFor: (key) => index.pathFor(key),
		notes: () => index.notes(),
		async ensureNote(key) {
			const result = await sync.run({ target: { kind: 'term', key } });
			const action = result?.plan.notes.find((a) => a.key === key);
			if (!action || result?.report.failed.some((f) => f.path === action.path)) return null;
			return action.path;
		},
	};

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
	registerBlockIdsCommand(plugin, files);
	registerAutoUpdate(plugin, sync);
}
