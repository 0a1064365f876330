import type { ReadLesson } from '../../core/glossary/details';
import type { BaseContext } from '../context';

/** Reads a lesson from the vault through the plugin's lesson cache: for the glossary's sentences and exports. */
export function lessonReader(ctx: BaseContext): ReadLesson {
	return async (path) => {
		const file = ctx.app.vault.getFileByPath(path);
		if (!file) return null;
		try {
			const lesson = ctx.lessons.get(path, await ctx.app.vault.cachedRead(file));
			return lesson.isLesson ? lesson : null;
		} catch {
			return null; // deleted while being read: its delete event updates the index
		}
	};
}
