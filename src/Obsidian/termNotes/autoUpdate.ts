import type { TFile } from 'obsidian';
import { lessonKeys, TermSightings } from '../../core/termNotes/TermSightings';
import type { PluginContext } from '../context';
import type { TermNoteSync } from './TermNoteSync';
import { editorEdits } from './editorEdits';
import { openEditor } from './VaultNoteFiles';

/** How long a term must have stood in the lesson before an automatic run creates its note. */
export const SETTLED_MS = 10_000;

interface Session {
	sightings: TermSightings;
	/** Whether the user changed the lesson by hand in its editor (CodeMirror's user events; not the plugin, not a reload from disk). */
	edited: boolean;
}

/**
 * The automatic update (off by default): when the user leaves a lesson they edited in its editor,
 * its term notes are brought up to date and notes are created for the terms that stood in it for
 * `SETTLED_MS`. It never writes into the lesson, and never runs for the plugin's own edits, for
 * files changed on disk (sync, other apps) or while the user is still in the lesson. Existing notes
 * keep the language they are in: a change of the notes' language reaches them only by a command.
 */
export function registerAutoUpdate(ctx: PluginContext, sync: TermNoteSync): void {
	const { app } = ctx;
	const sessions = new Map<string, Session>();
	let active: string | null = null;

	const keysOf = (path: string, text: string): string[] | null => {
		const lesson = ctx.lessons.get(path, text);
		return lesson.isLesson ? lessonKeys(lesson) : null;
	};
	const begin = (file: TFile): Session => {
		const editor = openEditor(app, file);
		const session = { sightings: new TermSightings(editor ? (keysOf(file.path, editor.getValue()) ?? []) : []), edited: false };
		sessions.set(file.path, session);
		return session;
	};
	const leave = (path: string): void => {
		const session = sessions.get(path);
		sessions.delete(path);
		if (!session?.edited || !ctx.settings.get().autoUpdateTermNotes) return;
		const now = ctx.clock.now();
		void sync.run({ target: { kind: 'lessons', paths: [path] }, mayCreate: (key) => session.sightings.settled(key, now, SETTLED_MS), keepNoteLanguage: true });
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
	// Every change in a lesson's editor moves its terms' sightings; only the user's own makes it edited.
	const changed = (file: TFile, text: string, byUser: boolean): void => {
		if (!ctx.settings.get().autoUpdateTermNotes) return;
		const keys = keysOf(file.path, text);
		if (keys === null) return;
		const session = sessions.get(file.path) ?? begin(file);
		session.sightings.see(keys, ctx.clock.now());
		if (byUser) session.edited = true;
	};

	ctx.plugin.registerEditorExtension(editorEdits(changed));
	app.workspace.onLayoutReady(() => {
		follow();
		ctx.plugin.registerEvent(app.workspace.on('file-open', follow));
		ctx.plugin.registerEvent(app.workspace.on('active-leaf-change', follow));
		ctx.plugin.registerEvent(app.workspace.on('layout-change', follow));
	});
}
