import { MarkdownView, type TFile } from 'obsidian';
import type BilingualLessonsPlugin from '../../main';

/**
 * The "Open lessons in reading view" setting: a lesson that opens in Live Preview or source mode is
 * switched to reading view, once, as it opens; switching back to editing afterwards is the user's.
 */
export function registerOpenInReadingView(plugin: BilingualLessonsPlugin): void {
	const { app } = plugin;
	plugin.registerEvent(
		app.workspace.on('file-open', (file) => {
			if (file && plugin.settings.openInReadingView) void toReadingView(plugin, file);
		}),
	);
}

async function toReadingView(plugin: BilingualLessonsPlugin, file: TFile): Promise<void> {
	const view = plugin.app.workspace.getActiveViewOfType(MarkdownView);
	if (view?.file !== file || view.getMode() === 'preview') return;
	const text = await plugin.app.vault.cachedRead(file);
	if (view.file !== file || !plugin.lessons.get(file.path, text).isLesson) return;
	const leaf = view.leaf;
	const state = leaf.getViewState();
	await leaf.setViewState({ ...state, state: { ...state.state, mode: 'preview' } });
}
