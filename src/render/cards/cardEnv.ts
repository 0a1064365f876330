import type { StudyState } from '../../core/cards/StudyState';
import type { Term } from '../../core/model';
import type { GlossMode } from '../../settings';
import type { Listen } from '../media/listenButtons';

/** What the card renderers need from their host: settings, study state, links and markdown. */
export interface CardEnv {
	glossMode: GlossMode;
	showBrackets: boolean;
	study: StudyState;
	/** Path of the term's note, or null when it has none. */
	notePath(term: Term): string | null;
	/** Renders markdown (a translation) into `el`, as Obsidian's reading view would. */
	renderMarkdown(markdown: string, el: HTMLElement): void;
	/** Whether the time range plays the unit or a 🔊 reads it; neither when absent. */
	listen?: Listen;
}
