import { debounce, TFile } from 'obsidian';
import type BilingualLessonsPlugin from '../../main';
import { TermNoteIndex } from './TermNoteIndex';
import { TermNoteSync } from './TermNoteSync';

/** Quiet time after the last edit of a lesson before its term notes are brought up to date. */
const AUTO_UPDATE_DELAY_MS = 2000;

/**
 * Term notes: the service cards and the glossary use (`plugin.termNotes`), the two commands, and
 * the automatic update after lessons are created, edited or deleted.
 */
export function registerTermNotes(plugin: BilingualLessonsPlugin): void {
	const { app } = plugin;
	const index = new TermNoteIndex(plugin);
	index.start();
	const sync = new TermNoteSync(plugin, index);

	plugin.termNotes = {
		pathFor: (key) => index.pathFor(key),
		async ensureNote(key) {
			const result = await sync.run({ target: { kind: 'term', key } });
			const action = result?.plan.notes.find((a) => a.key === key);
			if (!action || result?.report.failed.some((f) => f.path === action.path)) return null;
			return action.path;
		},
	};

	plugin.addCommand({
		id: 'update-term-notes-for-lesson',
		name: 'Create or update term notes for this lesson',
		checkCallback: (checking) => {
			const file = app.workspace.getActiveFile();
			if (!file || file.extension !== 'md') return false;
			if (!checking) void sync.run({ target: { kind: 'lessons', paths: [file.path] }, announce: true });
			return true;
		},
	});
	plugin.addCommand({
		id: 'update-term-notes-for-vault',
		name: 'Create or update term notes for all lessons in the vault',
		callback: () => void sync.run({ target: { kind: 'vault' }, preview: true, announce: true }),
	});

	// Edits arrive keystroke by keystroke: collect the lessons touched and update once they settle.
	const edited = new Set<string>();
	const update = debounce(
		() => {
			const paths = [...edited];
			edited.clear();
			if (paths.length > 0 && plugin.settings.autoUpdateTermNotes) void sync.run({ target: { kind: 'lessons', paths } });
		},
		AUTO_UPDATE_DELAY_MS,
		true,
	);
	plugin.register(() => update.cancel());
	app.workspace.onLayoutReady(() => {
		plugin.registerEvent(
			app.metadataCache.on('changed', (file, data) => {
				if (!plugin.settings.autoUpdateTermNotes || !plugin.lessons.get(file.path, data).isLesson) return;
				edited.add(file.path);
				update();
			}),
		);
		// A deleted lesson's terms lose their occurrences there; their notes stay and say so.
		plugin.registerEvent(
			app.vault.on('delete', (file) => {
				if (!plugin.settings.autoUpdateTermNotes || !(file instanceof TFile) || file.extension !== 'md') return;
				edited.add(file.path);
				update();
			}),
		);
	});
}
