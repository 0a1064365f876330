import type { MarkdownView } from 'obsidian';
import type { PluginContext } from '../context';
import type { StudyStates } from '../../core/cards/StudyStates';
import { t } from '../../lang/t';
import { markdownViews, showsLessonCards } from './lessonViews';

/** One study toggle in the header of every view showing a lesson's cards, lit while study mode is on. */
export class StudyHeaderButtons {
	private readonly buttons = new WeakMap<MarkdownView, HTMLElement>();

	constructor(
		private readonly ctx: PluginContext,
		private readonly states: StudyStates,
		private readonly toggle: (path: string) => void,
	) {}

	register(): void {
		const { ctx } = this;
		ctx.plugin.registerEvent(ctx.app.workspace.on('layout-change', () => this.sync()));
		ctx.plugin.registerEvent(ctx.app.workspace.on('file-open', () => this.sync()));
		ctx.plugin.register(() => {
			for (const view of markdownViews(ctx.app)) this.buttons.get(view)?.detach();
		});
	}

	sync(): void {
		for (const view of markdownViews(this.ctx.app)) {
			let button = this.buttons.get(view);
			const path = view.file?.path;
			if (path === undefined || !showsLessonCards(this.ctx, view)) {
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
