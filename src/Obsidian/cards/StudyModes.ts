import type { StudyPart, StudyState } from '../../core/cards/StudyState';
import { StudyStates } from '../../core/cards/StudyStates';
import type { PluginContext } from '../context';
import { applyStudy } from '../../render/cards/renderBlock';
import type { CardBlock } from './CardBlock';
import type { LiveBlocks } from './LiveBlocks';
import { markdownViews } from './lessonViews';
import { registerStudyCommands } from './registerStudyCommands';
import { StudyHeaderButtons } from './StudyHeaderButtons';

/**
 * Study mode of the lessons on screen: each note's state (core/cards/StudyStates) applied to its card
 * blocks, changed by the study buttons, keys, commands and header toggle.
 */
export class StudyModes {
	private readonly states: StudyStates;
	private readonly header: StudyHeaderButtons;

	constructor(
		private readonly ctx: PluginContext,
		private readonly live: LiveBlocks,
	) {
		this.states = new StudyStates(ctx.settings.get().studyModeDefault);
		this.header = new StudyHeaderButtons(ctx, this.states, (path) => this.toggle(path));
	}

	register(): void {
		registerStudyCommands(this.ctx, this);
		this.header.register();
	}

	stateOf(path: string): StudyState {
		return this.states.of(path);
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
		if (key === 'n' || key === 'j' || key === 'p' || key === 'k') this.focusUnit(block, unit, key === 'n' || key === 'j' ? 1 : -1);
		else if (key === 'r') this.change(path, (state) => state.reveal(unit, ['translation', 'glosses', 'cloze']));
		else if (key === 'h') this.change(path, (state) => state.hide(unit));
		else return;
		evt.preventDefault();
	}

	/**
	 * Focuses the study buttons of the unit `step` units on from `unit` (the next one on screen that way),
	 * in the view holding `from`: with the lesson open in two panes, focus stays in the pane the key was pressed in.
	 */
	private focusUnit(from: CardBlock, unit: number, step: 1 | -1): void {
		const view = markdownViews(this.ctx.app, from.sourcePath).find((v) => v.containerEl.contains(from.containerEl));
		const inView = [...this.live.of(from.sourcePath)].filter((block) => !view || view.containerEl.contains(block.containerEl));
		const bars = inView.flatMap((block) => block.containerEl.findAll('.bl-study-bar'));
		const numbered = bars.map((bar) => ({ bar, n: Number(bar.closest('[data-bl-unit]')?.getAttribute('data-bl-unit')) }));
		const ahead = numbered.filter(({ n }) => (step === 1 ? n > unit : n < unit)).sort((a, b) => step * (a.n - b.n));
		const target = ahead[0]?.bar.find('button');
		if (!target) return;
		target.focus();
		target.closest('.bl-card-block')?.scrollIntoView({ block: 'nearest' });
	}

	/** After a settings change: a new study default starts every lesson over in it. */
	settingsChanged(): void {
		this.states.setDefault(this.ctx.settings.get().studyModeDefault);
		this.header.sync();
	}

	/** Changes the study state of `path` and shows it on every block of the note on screen. */
	change(path: string, edit: (state: StudyState) => void): void {
		const state = this.stateOf(path);
		edit(state);
		for (const block of this.live.of(path)) applyStudy(block.containerEl, state);
		this.header.sync();
	}
}
