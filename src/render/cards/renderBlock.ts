import type { BlockPlan, UnitSlice } from '../../core/cards/blockPlan';
import type { StudyState } from '../../core/cards/StudyState';
import type { Lesson } from '../../core/model';
import type { CardEnv } from './cardEnv';
import { ensureRevealButton, renderChips, renderHeader, renderTranslation } from './cardParts';
import { renderDiagnostics } from './diagnosticsDom';
import { renderEnglish } from './englishDom';
import { studyClasses, syncStudyBar } from './studyBar';
import { linkVocabulary } from './vocabularyDom';

/**
 * Turns one block Obsidian rendered (`el`, holding its own rendering of the block's markdown)
 * into its part of the lesson's cards. Consecutive blocks of a unit carry `bl-card-block`, and
 * the first and last of them `bl-card-first` / `bl-card-last`, so CSS joins them into one card.
 */
export function renderBlock(el: HTMLElement, plan: BlockPlan, lesson: Lesson, env: CardEnv): void {
	if (plan.kind === 'gap') {
		// Between two units a `---` becomes the space between their cards; anything else written there (a heading
		// over the next unit, a note of the reader's) stays as Obsidian rendered it.
		if (isRuleOnly(el)) {
			el.empty();
			el.addClass('bl-card-gap');
		} else el.addClass('bl-lesson-prose', 'bl-lesson-other');
		return;
	}
	if (plan.kind === 'prose') {
		el.addClass('bl-lesson-prose', `bl-lesson-${plan.role}`);
		if (plan.role === 'vocabulary') linkVocabulary(el, lesson, env);
		if (plan.diagnostics) renderDiagnostics(el, lesson.diagnostics);
		return;
	}
	const [only] = plan.slices;
	if (plan.slices.length === 1) renderSlice(el, only, env);
	else {
		// Units written without blank lines between them share a block: one card piece each.
		el.empty();
		for (const slice of plan.slices) renderSlice(el.createDiv(), slice, env);
	}
	if (plan.diagnostics) el.prepend(renderDiagnostics(el, lesson.diagnostics));
}

/** A block Obsidian rendered from a `---` alone: a rule and no text. */
function isRuleOnly(el: HTMLElement): boolean {
	return el.find('hr') !== null && el.getText().trim() === '';
}

function renderSlice(target: HTMLElement, slice: UnitSlice, env: CardEnv): void {
	const { unit, parts } = slice;
	const own = parts.includes('own-translation');
	const classes = ['bl-card-block'];
	if (slice.first) classes.push('bl-card-first');
	if (slice.last) classes.push('bl-card-last');
	for (const { cls, on } of studyClasses(env.study, unit.n)) if (on) classes.push(cls);
	// Obsidian's own rendering of a translation paragraph is kept: the block is the translation part.
	if (own) classes.push('bl-translation');
	// One class write, not one per class: a reading view renders hundreds of blocks at once.
	target.className = [target.className, ...classes].join(' ').trim();
	target.setAttr('data-bl-unit', unit.n);
	if (own) {
		if (env.study.study) ensureRevealButton(target, env.study, unit.n);
		return;
	}
	target.setText('');
	if (parts.includes('header')) renderHeader(target, unit, env.listen);
	if (parts.includes('english')) syncStudyBar(renderEnglish(target, unit, env), env.study, unit.n);
	if (parts.includes('translation')) renderTranslation(target, unit, env);
	if (parts.includes('terms')) renderChips(target, slice, env);
}

/** Re-applies the study state to the card blocks of `root`: itself, or those under it. */
export function applyStudy(root: HTMLElement, study: StudyState): void {
	const blocks = root.hasClass('bl-card-block') ? [root] : root.findAll('.bl-card-block');
	for (const block of blocks) {
		const unit = Number(block.getAttr('data-bl-unit'));
		for (const { cls, on } of studyClasses(study, unit)) block.toggleClass(cls, on);
		const english = block.find(':scope > .bl-english');
		if (english) syncStudyBar(english, study, unit);
		const translation = block.hasClass('bl-translation') ? block : block.find(':scope > .bl-translation');
		if (translation && (study.study || translation.find(':scope > .bl-reveal'))) ensureRevealButton(translation, study, unit);
	}
}
