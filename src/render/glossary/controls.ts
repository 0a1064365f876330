import type { GlossaryLesson, GlossaryTotals } from '../../core/glossary/types';
import type { GlossaryFilter, GlossarySort } from '../../core/glossary/GlossaryViewModel';
import { t } from '../../lang/t';

/** The glossary's header and filter bar: plain elements the panel reads and listens to. */
export interface GlossaryControls {
	totals: HTMLElement;
	exportCsv: HTMLButtonElement;
	exportAnki: HTMLButtonElement;
	search: HTMLInputElement;
	hot: HTMLButtonElement;
	due: HTMLButtonElement;
	lesson: HTMLSelectElement;
	pos: HTMLSelectElement;
	sort: HTMLSelectElement;
	status: HTMLElement;
}


export function renderControls(root: HTMLElement, filter: GlossaryFilter): GlossaryControls {
	const header = root.createDiv({ cls: 'bl-glossary-header' });
	const totals = header.createDiv({ cls: 'bl-glossary-totals' });
	const exportCsv = header.createEl('button', {
		cls: 'bl-glossary-export-csv',
		text: 'CSV',
		attr: { 'aria-label': t('glossary.exportCsv') },
	});
	const exportAnki = header.createEl('button', {
		cls: 'bl-glossary-export-anki',
		text: 'Anki',
		attr: { 'aria-label': t('glossary.exportAnki') },
	});
	const search = root.createEl('input', {
		cls: 'bl-glossary-search',
		type: 'search',
		value: filter.text,
		placeholder: t('glossary.searchPlaceholder'),
		attr: { 'aria-label': t('glossary.search'), spellcheck: 'false' },
	});
	const bar = root.createDiv({ cls: 'bl-glossary-filters' });
	const hot = bar.createEl('button', { cls: 'bl-glossary-hot-filter', text: t('glossary.onlyHot'), attr: { 'aria-label': t('glossary.onlyHotLabel') } });
	setPressed(hot, filter.hotOnly);
	const due = bar.createEl('button', { cls: 'bl-glossary-due-filter', text: t('glossary.dueFilter'), attr: { 'aria-label': t('glossary.dueFilterLabel') } });
	setPressed(due, filter.dueOnly);
	const lesson = bar.createEl('select', { cls: 'bl-glossary-lesson-filter dropdown', attr: { 'aria-label': t('glossary.lesson') } });
	const pos = bar.createEl('select', { cls: 'bl-glossary-pos-filter dropdown', attr: { 'aria-label': t('term.pos') } });
	const sort = bar.createEl('select', { cls: 'bl-glossary-sort dropdown', attr: { 'aria-label': t('glossary.sortBy') } });
	const sorts: GlossarySort[] = ['az', 'lessons', 'recent'];
	setOptions(sort, sorts.map((s): [string, string] => [s, t(`glossary.sort.${s}`)]), filter.sort);
	const status = root.createDiv({ cls: 'bl-glossary-status', attr: { 'aria-live': 'polite' } });
	return { totals, exportCsv, exportAnki, search, hot, due, lesson, pos, sort, status };
}

export function setPressed(button: HTMLButtonElement, pressed: boolean): void {
	button.setAttr('aria-pressed', pressed ? 'true' : 'false');
	button.toggleClass('is-active', pressed);
}

const signatures = new WeakMap<HTMLSelectElement, string>();

/**
 * Gives a select the options ([value, label]) when they differ from what it has, selecting `selected` if it is
 * among them (else the first); returns the selected value.
 */
export function setOptions(select: HTMLSelectElement, options: [string, string][], selected: string): string {
	const signature = options.join('\n');
	if (signatures.get(select) !== signature) {
		signatures.set(select, signature);
		select.empty();
		for (const [value, label] of options) select.createEl('option', { value, text: label });
		select.value = options.some(([value]) => value === selected) ? selected : (options[0]?.[0] ?? '');
	}
	return select.value;
}

/** Titles in the user's locale's order, as localeCompare has it; one collator, not one per comparison. */
const byTitle = new Intl.Collator();

export function lessonOptions(lessons: GlossaryLesson[]): [string, string][] {
	const sorted = [...lessons].sort((a, b) => byTitle.compare(a.title, b.title));
	return [['', t('glossary.allLessons')], ...sorted.map((l): [string, string] => [l.path, l.title])];
}

export function posOptions(parts: string[]): [string, string][] {
	return [['', t('glossary.anyPos')], ...parts.map((p): [string, string] => [p, p])];
}

export function totalsText(totals: GlossaryTotals): string {
	const terms = totals.terms === 1 ? t('glossary.terms.one') : t('glossary.terms.other', { count: totals.terms });
	return t('glossary.totals', { lessons: lessonCount(totals.lessons), terms, hot: totals.hot });
}

/** "1 lesson", "3 lessons" in the interface language. */
export function lessonCount(count: number): string {
	return count === 1 ? t('glossary.lessons.one') : t('glossary.lessons.other', { count });
}
