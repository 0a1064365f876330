import { MarkdownView } from 'obsidian';
import { StudyState } from '../../core/cards/studyState';
import type BilingualLessonsPlugin from '../../main';
import { applyStudy } from '../../render/cards/renderBlock';
import { markdownViews, showsLessonCards } from './lessonViews';
import type { LiveBlocks } from './LiveBlocks';

/**
 * Study mode per lesson note: its state, the card blocks on screen that show it, and the
 * header toggle and commands that change it.
 */
export class StudyModes {
	private readonly states = new Map<string, StudyState>();
	private readonly buttons = new WeakMap<MarkdownView, HTMLElement>();
	private studyDefault: boolean;

	constructor(
		private readonly plugin: BilingualLessonsPlugin,
		private readonly live: LiveBlocks,
	) {
		this.studyDefault = plugin.settings.studyModeDefault;
	}

	register(): void {
		const { plugin } = this;
		plugin.addCommand({ id: 'toggle-study-mode', name: 'Toggle study mode', checkCallback: (checking) => this.onActive(checking, (path) => this.toggle(path)) });
		plugin.addCommand({
			id: 'reveal-all',
			name: 'Reveal all translations and glosses',
			checkCallback: (checking) => this.onActive(checking, (path, text) => this.change(path, (s) => s.revealAll(plugin.lessons.get(path, text).units.map((u) => u.n)))),
		});
		plugin.addCommand({ id: 'hide-all', name: 'Hide all translations and glosses', checkCallback: (checking) => this.onActive(checking, (path) => this.change(path, (s) => s.hideAll())) });
		plugin.registerEvent(plugin.app.workspace.on('layout-change', () => this.syncHeaderActions()));
		plugin.registerEvent(plugin.app.workspace.on('file-open', () => this.syncHeaderActions()));
		plugin.register(() => {
			for (const view of markdownViews(plugin.app)) this.buttons.get(view)?.detach();
		});
	}

	stateOf(path: string): StudyState {
		let state = this.states.get(path);
		if (!state) this.states.set(path, (state = new StudyState(this.studyDefault)));
		return state;
	}

	toggle(path: string): void {
		this.change(path, (state) => state.toggle());
	}

	reveal(path: string, unit: number): void {
		this.change(path, (state) => state.reveal(unit));
	}

	/** After a settings change: a new study default starts every lesson over in it. */
	settingsChanged(): void {
		if (this.plugin.settings.studyModeDefault !== this.studyDefault) {
			this.studyDefault = this.plugin.settings.studyModeDefault;
			this.states.clear();
		}
		this.syncHeaderActions();
	}

	private change(path: string, edit: (state: StudyState) => void): void {
		const state = this.stateOf(path);
		edit(state);
		for (const block of this.live.of(path)) applyStudy(block.containerEl, state);
		this.syncHeaderActions();
	}

	/** Runs `act` on the active lesson (for a command's checkCallback). */
	private onActive(checking: boolean, act: (path: string, text: string) => void): boolean {
		const view = this.plugin.app.workspace.getActiveViewOfType(MarkdownView);
		if (!view?.file || !showsLessonCards(this.plugin, view)) return false;
		if (!checking) act(view.file.path, view.data);
		return true;
	}

	/** One study toggle in the header of every view showing a lesson, lit while study mode is on. */
	syncHeaderActions(): void {
		for (const view of markdownViews(this.plugin.app)) {
			let button = this.buttons.get(view);
			if (!showsLessonCards(this.plugin, view)) {
				button?.detach();
				this.buttons.delete(view);
				continue;
			}
			if (!button) {
				button = view.addAction('graduation-cap', 'Toggle study mode', () => {
					if (view.file) this.toggle(view.file.path);
				});
				this.buttons.set(view, button);
			}
			button.toggleClass('is-active', this.stateOf(view.file!.path).study);
		}
	}
}
