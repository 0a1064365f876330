import { MarkdownView, type TFile } from 'obsidian';
import type { PluginContext } from '../context';

/**
 * The "Open lessons in reading view" setting: a lesson that opens in Live Preview or source mode is
 * switched to reading view, once, as it opens; switching back to editing afterwards is the user's.
 */
export function registerOpenInReadingView(ctx: PluginContext): void {
	const { app } = ctx;
	ctx.plugin.registerEvent(
		app.workspace.on('file-open', (file) => {
			if (file && ctx.settings.get().openInReadingView) void toReadingView(ctx, file);
		}),
	);
}

async function toReadingView(ctx: PluginContext, file: TFile): Promise<void> {
	const view = ctx.app.workspace.getActiveViewOfType(MarkdownView);
	if (view?.file !== file || view.getMode() === 'preview') return;
	const text = await ctx.app.vault.cachedRead(file);
	if (view.file !== file || !ctx.lessons.get(file.path, text).isLesson) return;
	const leaf = view.leaf;
	const state = leaf.getViewState();
	await leaf.setViewState({ ...state, state: { ...state.state, mode: 'preview' } });
}
