import { MarkdownView } from 'obsidian';
import { StudyState, type StudyPart } from '../../core/cards/StudyState';
import type BilingualLessonsPlugin from '../../main';
import { applyStudy } from '../../render/cards/renderBlock';
import { markdownViews, showsLessonCards } from './lessonViews';
import type { CardBlock } from './CardBlock';
import type { LiveBlocks } from './LiveBlocks';
import { t } from '../../lang/t';

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
		plugin.addCommand({ id: 'toggle-study-mode', name: t('command.toggleStudyMode'), checkCallback: (checking) => this.onActive(checking, (path) => this.toggle(path)) });
		plugin.addCommand({
			id: 'reveal-all',
			name: t('command.revealAll'),
			checkCallback: (checking) => this.onActive(checking, (path, text) => this.change(path, (s) => s.revealAll(plugin.lessons.get(path, text).units.map((u) => u.n)))),
		});
		plugin.addCommand({ id: 'hide-all', name: t('command.hideAll'), checkCallback: (checking) => this.onActive(checking, (path) => this.change(path, (s) => s.hideAll())) });
		plugin.addCommand({
			id: 'toggle-cloze-mode',
			name: t('command.toggleClozeMode'),
			checkCallback: (checking) => this.onActive(checking, (path) => this.change(path, (s) => s.toggleCloze())),
		});
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

	/** A study button: its part of the unit shown, or hidden again. */
	togglePart(path: string, unit: number, part: StudyPart): void {
		this.change(path, (state) => (state.hides(unit, part) ? state.reveal(unit, [part]) : state.hide(unit, [part])));
	}

	/**
	 * Study keys while focus is in a card: N / J next unit, P / K previous, R reveal (translation and
	 * glosses, and the 🔥 terms in cloze mode), H hide again. Keys with modifiers are left to Obsidian.
	 */
	key(evt: KeyboardEvent, block: CardBlock): void {
		if (evt.ctrlKey || evt.metaKey || evt.altKey || !this.stateOf(block.sourcePath).study) return;
		const unit = Number((evt.target as Element | null)?.closest?.('[data-bl-unit]')?.getAttribute('data-bl-unit'));
		if (!unit) return;
		const path = block.sourcePath;
		const key = evt.key.toLowerCase();
		if (key === 'n' || key === 'j' || key === 'p' || key === 'k') this.focusUnit(path, unit, key === 'n' || key === 'j' ? 1 : -1);
		else if (key === 'r') this.change(path, (state) => state.reveal(unit, ['translation', 'glosses', 'cloze']));
		else if (key === 'h') this.change(path, (state) => state.hide(unit));
		else return;
		evt.preventDefault();
	}

	/** Focuses the study buttons of the unit `step` units on from `unit` (the next one on screen that way). */
	private focusUnit(path: string, unit: number, step: 1 | -1): void {
		const bars = [...this.live.of(path)].flatMap((block) => block.containerEl.findAll('.bl-study-bar'));
		const numbered = bars.map((bar) => ({ bar, n: Number(bar.closest('[data-bl-unit]')?.getAttribute('data-bl-unit')) }));
		const ahead = numbered.filter(({ n }) => (step === 1 ? n > unit : n < unit)).sort((a, b) => step * (a.n - b.n));
		const target = ahead[0]?.bar.find('button');
		if (!target) return;
		target.focus();
		target.closest('.bl-card-block')?.scrollIntoView({ block: 'nearest' });
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
				button = view.addAction('graduation-cap', t('command.toggleStudyMode'), () => {
					if (view.file) this.toggle(view.file.path);
				});
				this.buttons.set(view, button);
			}
			button.toggleClass('is-active', this.stateOf(view.file!.path).study);
		}
	}
}
