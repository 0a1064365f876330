import { MarkdownView, type App } from 'obsidian';
import type { PluginContext } from '../context';

/** The open markdown views, optionally only those showing `path`. */
export function markdownViews(app: App, path?: string): MarkdownView[] {
	const views: MarkdownView[] = [];
	for (const leaf of app.workspace.getLeavesOfType('markdown')) {
		const view = leaf.view;
		if (view instanceof MarkdownView && view.file && (path === undefined || view.file.path === path)) views.push(view);
	}
	return views;
}

/** Whether the view shows a lesson note. */
export function showsLesson(ctx: PluginContext, view: MarkdownView): boolean {
	return view.file !== null && ctx.lessons.get(view.file.path, view.data).isLesson;
}

/** Whether the view shows a lesson that is rendered as cards: in reading view or Live Preview, not in source mode. */
export function showsLessonCards(ctx: PluginContext, view: MarkdownView): boolean {
	return ctx.settings.get().renderCards && drawsCards(view) && showsLesson(ctx, view);
}

/** Reading view and Live Preview draw cards; source mode (the editor with `source: true` in its state) does not. */
function drawsCards(view: MarkdownView): boolean {
	return view.getMode() === 'preview' || (view.getState() as { source?: unknown }).source === false;
}

/** Scrolls the view showing `path` (the one holding `el`, if any) to a 0-based line. */
export function jumpToLine(app: App, path: string, line: number, el: HTMLElement): void {
	const views = markdownViews(app, path);
	const view = views.find((v) => v.containerEl.contains(el)) ?? views[0];
	view?.setEphemeralState({ line });
}
