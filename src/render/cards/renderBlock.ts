import type { BlockPlan, UnitSlice } from '../../core/cards/blockPlan';
import type { StudyState } from '../../core/cards/studyState';
import type { Lesson } from '../../core/model';
import type { CardEnv } from './cardEnv';
import { renderChips, renderHeader, renderTranslation, renderTranslationShell } from './cardParts';
import { renderDiagnostics } from './diagnosticsDom';
import { renderEnglish } from './englishDom';

/**
 * Turns one block Obsidian rendered (`el`, holding its own rendering of the block's markdown)
 * into its part of the lesson's cards. Consecutive blocks of a unit carry `bl-card-block`, and
 * the first and last of them `bl-card-first` / `bl-card-last`, so CSS joins them into one card.
 */
export function renderBlock(el: HTMLElement, plan: BlockPlan, lesson: Lesson, env: CardEnv): void {
	if (plan.kind === 'gap') {
		el.empty();
		el.addClass('bl-card-gap');
		return;
	}
	if (plan.kind === 'prose') {
		el.addClass('bl-lesson-prose', `bl-lesson-${plan.role}`);
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

function renderSlice(target: HTMLElement, slice: UnitSlice, env: CardEnv): void {
	const { unit, parts } = slice;
	target.addClass('bl-card-block');
	target.toggleClass('bl-card-first', slice.first);
	target.toggleClass('bl-card-last', slice.last);
	target.setAttr('data-bl-unit', unit.n);
	applyStudyClasses(target, env.study);
	if (parts.includes('own-translation')) {
		// Obsidian's own rendering of the paragraph is kept, moved into the translation part.
		const kept = Array.from(target.childNodes);
		const { body } = renderTranslationShell(target);
		for (const node of kept) body.appendChild(node);
		return;
	}
	target.empty();
	if (parts.includes('header')) renderHeader(target, unit);
	if (parts.includes('english')) renderEnglish(target, unit, env);
	if (parts.includes('translation')) renderTranslation(target, unit, env);
	if (parts.includes('terms')) renderChips(target, slice, env);
}

/** Marks a card block as studied and concealed (or not) per the lesson's study state. */
export function applyStudyClasses(block: HTMLElement, study: StudyState): void {
	const unit = Number(block.getAttr('data-bl-unit'));
	block.toggleClass('bl-study', study.study);
	block.toggleClass('bl-concealed', study.isConcealed(unit));
}

/** Re-applies the study state to every card block already rendered under `root`. */
export function applyStudy(root: HTMLElement, study: StudyState): void {
	for (const block of root.findAll('.bl-card-block')) applyStudyClasses(block, study);
}
