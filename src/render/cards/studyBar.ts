import type { StudyPart, StudyState } from '../../core/cards/StudyState';
import type { TextKey } from '../../lang/en';
import { t } from '../../lang/t';

const LABELS = {
	translation: ['study.showTranslation', 'study.hideTranslation'],
	glosses: ['study.showGlosses', 'study.hideGlosses'],
	cloze: ['study.showCloze', 'study.hideCloze'],
} as const satisfies Record<StudyPart, readonly [TextKey, TextKey]>;

/** The classes a card block carries for what study mode hides of its unit now. */
export function studyClasses(study: StudyState, unit: number): { cls: string; on: boolean }[] {
	return [
		{ cls: 'bl-study', on: study.study },
		{ cls: 'bl-concealed', on: study.hides(unit, 'translation') },
		{ cls: 'bl-hide-glosses', on: study.hides(unit, 'glosses') },
		{ cls: 'bl-hide-cloze', on: study.hides(unit, 'cloze') },
	];
}

/**
 * The study-mode buttons under a unit's English (`english` is its element): the glosses and, in
 * cloze mode, the 🔥 terms, each showing or hiding its part again (the translation has its own, in
 * it); made the first time study mode needs them, relabelled on every change, gone from view (CSS)
 * outside study mode.
 */
export function syncStudyBar(english: HTMLElement, study: StudyState, unit: number): void {
	let bar = english.nextElementSibling as HTMLElement | null;
	if (!bar?.hasClass('bl-study-bar')) {
		if (!study.study) return;
		bar = createDiv({ cls: 'bl-study-bar' });
		english.after(bar);
	}
	const parts: StudyPart[] = study.cloze ? ['glosses', 'cloze'] : ['glosses'];
	const buttons = bar.findAll('button');
	for (const [i, part] of parts.entries()) labelToggle(buttons[i] ?? bar.createEl('button', { cls: 'bl-study-toggle', attr: { 'data-bl-study': part } }), study, unit);
	for (const extra of buttons.slice(parts.length)) extra.detach();
}

/** A study toggle's label and pressed state, for what its part of the unit is now. */
export function labelToggle(button: HTMLElement, study: StudyState, unit: number): void {
	const part = button.getAttr('data-bl-study') as StudyPart;
	const hidden = study.hides(unit, part);
	button.setText(t(LABELS[part][hidden ? 0 : 1]));
	button.setAttr('aria-pressed', hidden ? 'false' : 'true');
}
