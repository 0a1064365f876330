import { glossedTerms } from '../../core/cards/blockSignature';
import type { Lesson } from '../../core/model';
import type { CardEnv } from './cardEnv';
import { t } from '../../lang/t';

/**
 * The vocabulary table as Obsidian rendered it, its terms made links: to the term's note when a
 * bullet of the lesson glosses it and it has one (an internal link, as a chip's), and to the
 * glossary (a small button after the term).
 * A row is matched to the lesson's vocabulary by its first cell's text.
 */
export function linkVocabulary(el: HTMLElement, lesson: Lesson, env: Pick<CardEnv, 'notePath'>): void {
	const terms = new Set(lesson.vocabulary.map((row) => row.term));
	const glossed = glossedTerms(lesson);
	for (const cell of el.findAll('tbody tr > td:first-child')) {
		const term = cell.getText().trim();
		if (!terms.has(term)) continue;
		const bullet = glossed.get(term);
		const path = bullet ? env.notePath(bullet) : null;
		if (path) {
			const link = createEl('a', { cls: 'bl-vocab-link internal-link', href: path, attr: { 'data-href': path } });
			link.append(...Array.from(cell.childNodes));
			cell.appendChild(link);
		}
		cell.createEl('button', { cls: 'bl-vocab-glossary', text: '↗', attr: { 'data-bl-glossary': term, 'aria-label': t('vocab.inGlossary', { term }), title: t('vocab.showInGlossary') } });
	}
}
