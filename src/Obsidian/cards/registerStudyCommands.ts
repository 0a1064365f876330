import { MarkdownView } from 'obsidian';
import type { PluginContext } from '../context';
import { t } from '../../lang/t';
import { showsLessonCards } from './lessonViews';
import type { StudyModes } from './StudyModes';

/** The study commands, each on the active lesson (none with a default hotkey). */
export function registerStudyCommands(ctx: PluginContext, modes: StudyModes): void {
	/** Runs `act` on the active lesson (for a command's checkCallback). */
	const onActive = (checking: boolean, act: (path: string, text: string) => void): boolean => {
		const view = ctx.app.workspace.getActiveViewOfType(MarkdownView);
		if (!view?.file || !showsLessonCards(ctx, view)) return false;
		if (!checking) act(view.file.path, view.data);
		return true;
	};
	ctx.plugin.addCommand({ id: 'toggle-study-mode', name: t('command.toggleStudyMode'), checkCallback: (checking) => onActive(checking, (path) => modes.toggle(path)) });
	ctx.plugin.addCommand({
		id: 'reveal-all',
		name: t('command.revealAll'),
		checkCallback: (checking) => onActive(checking, (path, text) => modes.change(path, (s) => s.revealAll(ctx.lessons.get(path, text).units.map((u) => u.n)))),
	});
	ctx.plugin.addCommand({ id: 'hide-all', name: t('command.hideAll'), checkCallback: (checking) => onActive(checking, (path) => modes.change(path, (s) => s.hideAll())) });
	ctx.plugin.addCommand({
		id: 'toggle-cloze-mode',
		name: t('command.toggleClozeMode'),
		checkCallback: (checking) => onActive(checking, (path) => modes.change(path, (s) => s.toggleCloze())),
	});
}
