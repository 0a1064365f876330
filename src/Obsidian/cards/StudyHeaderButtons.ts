import type { MarkdownView } from 'obsidian';
import type BilingualLessonsPlugin from '../../main';
import type { StudyStates } from '../../core/cards/StudyStates';
import { t } from '../../lang/t';
import { markdownViews, showsLessonCards } from './lessonViews';

/** One study toggle in the header of every view showing a lesson's cards, lit while study mode is on. */
export class StudyHeaderButtons {
	private readonly buttons = new WeakMap<MarkdownView, HTMLElement>();

	constructor(
		private readonly plugin: BilingualLessonsPlugin,
		private readonly states: StudyStates,
		private readonly toggle: (path: string) => void,
	) {}

	register(): void {
		const { plugin } = this;
		plugin.registerEvent(plugin.app.workspace.on('layout-change', () => this.sync()));
		plugin.registerEvent(plugin.app.workspace.on('file-open', () => this.sync()));
		plugin.register(() => {
			for (const view of markdownViews(plugin.app)) this.buttons.get(view)?.detach();
		});
	}

	sync(): void {
		for (const view of markdownViews(this.plugin.app)) {
			let button = this.buttons.get(view);
			const path = view.file?.path;
			if (path === undefined || !showsLessonCards(this.plugin, view)) {
				button?.detach();
				this.buttons.delete(view);
				continue;
			}
			if (!button) {
				button = view.addAction('graduation-cap', t('command.toggleStudyMode'), () => {
					if (view.file) this.toggle(view.file.path);
				});
				this.buttons.set(view, button);
			}
			button.toggleClass('is-active', this.states.of(path).study);
		}
	}
}
