import { MarkdownView } from 'obsidian';
import type BilingualLessonsPlugin from '../../main';
import { t } from '../../lang/t';
import { showsLessonCards } from './lessonViews';
import type { StudyModes } from './StudyModes';

/** The study commands, each on the active lesson (none with a default hotkey). */
export function registerStudyCommands(plugin: BilingualLessonsPlugin, modes: StudyModes): void {
	/** Runs `act` on the active lesson (for a command's checkCallback). */
	const onActive = (checking: boolean, act: (path: string, text: string) => void): boolean => {
		const view = plugin.app.workspace.getActiveViewOfType(MarkdownView);
		if (!view?.file || !showsLessonCards(plugin, view)) return false;
		if (!checking) act(view.file.path, view.data);
		return true;
	};
	plugin.addCommand({ id: 'toggle-study-mode', name: t('command.toggleStudyMode'), checkCallback: (checking) => onActive(checking, (path) => modes.toggle(path)) });
	plugin.addCommand({
		id: 'reveal-all',
		name: t('command.revealAll'),
		checkCallback: (checking) => onActive(checking, (path, text) => modes.change(path, (s) => s.revealAll(plugin.lessons.get(path, text).units.map((u) => u.n)))),
	});
	plugin.addCommand({ id: 'hide-all', name: t('command.hideAll'), checkCallback: (checking) => onActive(checking, (path) => modes.change(path, (s) => s.hideAll())) });
	plugin.addCommand({
		id: 'toggle-cloze-mode',
		name: t('command.toggleClozeMode'),
		checkCallback: (checking) => onActive(checking, (path) => modes.change(path, (s) => s.toggleCloze())),
	});
}
