import { TFile, type Editor, type MarkdownFileInfo } from 'obsidian';
import { lessonKeys, TermSightings } from '../../core/termNotes/TermSightings';
import type BilingualLessonsPlugin from '../../main';
import type { TermNoteSync } from './TermNoteSync';
import { openEditor, type VaultNoteFiles } from './VaultNoteFiles';

/** How long a term must have stood in the lesson before an automatic run creates its note. */
export const SETTLED_MS = 10_000;

interface Session {
	sightings: TermSightings;
	/** Whether the user changed the lesson in its editor (not the plugin, not a reload from disk). */
	edited: boolean;
}

/**
 * The automatic update (off by default): when the user leaves a lesson they edited in its editor,
 * its term notes are brought up to date and notes are created for the terms that stood in it for
 * `SETTLED_MS`. It never writes into the lesson, and never runs for the plugin's own edits, for
 * files changed on disk (sync, other apps) or while the user is still in the lesson.
 */
export function registerAutoUpdate(plugin: BilingualLessonsPlugin, sync: TermNoteSync, files: VaultNoteFiles): void {
	const { app } = plugin;
	const sessions = new Map<string, Session>();
	/** Open notes written on disk since their editor last changed. */
	const written = new Set<string>();
	let active: string | null = null;

	const keysOf = (path: string, text: string): string[] | null => {
		const lesson = plugin.lessons.get(path, text);
		return lesson.isLesson ? lessonKeys(lesson) : null;
	};
	const begin = (file: TFile): Session => {
		const editor = openEditor(app, file);
		const session = { sightings: new TermSightings(editor ? (keysOf(file.path, editor.getValue()) ?? []) : []), edited: false };
		sessions.set(file.path, session);
		written.delete(file.path);
		return session;
	};
	const leave = (path: string): void => {
		const session = sessions.get(path);
		sessions.delete(path);
		if (!session?.edited || !plugin.settings.autoUpdateTermNotes) return;
		const now = Date.now();
		void sync.run({ target: { kind: 'lessons', paths: [path] }, mayCreate: (key) => session.sightings.settled(key, now, SETTLED_MS) });
	};
	const follow = (): void => {
		const file = app.workspace.getActiveFile();
		const path = file?.path ?? null;
		if (path === active) return;
		const left = active;
		active = path;
		if (left !== null) leave(left);
		if (file) begin(file);
	};
	const edited = (editor: Editor, info: MarkdownFileInfo): void => {
		const { file } = info;
		if (!file || files.isWriting(editor) || !plugin.settings.autoUpdateTermNotes) return;
		const keys = keysOf(file.path, editor.getValue());
		if (keys === null) return;
		const session = sessions.get(file.path) ?? begin(file);
		session.sightings.see(keys, Date.now());
		// An editor reloaded after its file changed on disk (sync, another app) fires editor-change too: the
		// first change after a write to the file is taken for that reload. (After the editor's own save
		// it is a keystroke missed, but the typing before the save already counted.)
		if (written.delete(file.path)) return;
		session.edited = true;
	};

	app.workspace.onLayoutReady(() => {
		follow();
		plugin.registerEvent(app.workspace.on('file-open', follow));
		plugin.registerEvent(app.workspace.on('active-leaf-change', follow));
		plugin.registerEvent(app.workspace.on('layout-change', follow));
		plugin.registerEvent(app.workspace.on('editor-change', (editor, info) => edited(editor, info)));
		plugin.registerEvent(app.vault.on('modify', (file) => file instanceof TFile && openEditor(app, file) && written.add(file.path)));
	});
}
