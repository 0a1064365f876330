import type { ReadLesson } from '../../core/glossary/details';
import type BilingualLessonsPlugin from '../../main';

/** Reads a lesson from the vault through the plugin's lesson cache: for the glossary's sentences and exports. */
export function lessonReader(plugin: BilingualLessonsPlugin): ReadLesson {
	return async (path) => {
		const file = plugin.app.vault.getFileByPath(path);
		if (!file) return null;
		try {
			const lesson = plugin.lessons.get(path, await plugin.app.vault.cachedRead(file));
			return lesson.isLesson ? lesson : null;
		} catch {
			return null; // deleted while being read: its delete event updates the index
		}
	};
}
