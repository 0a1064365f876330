import type { Lesson, Term } from '../model';
import type { BlockPlan } from './blockPlan';

/**
 * Everything a block's rendering depends on, as one string. After an edit the reading view
 * keeps the blocks whose own text did not change, but a card block also shows what other lines
 * say (the header counts the 🔥 bullets below it, the English glosses them, the title carries the
 * diagnostics), and a chip or a vocabulary row links to a note that may since have been made: a block whose
 * signature changed is stale.
 */
export function blockSignature(plan: BlockPlan, lesson: Lesson, notePath: (term: Term) => string | null): string {
	if (plan.kind === 'gap') return 'gap';
	const diagnostics = plan.diagnostics ? lesson.diagnostics.map((d) => `${d.line}:${d.message}`) : [];
	if (plan.kind === 'prose') {
		const links = plan.role === 'vocabulary' ? [...glossedTerms(lesson).values()].map(notePath) : [];
		return JSON.stringify([plan.role, diagnostics, links]);
	}
	const slices = plan.slices.map(({ unit, parts, terms, unread, first, last }) => {
		const shown: unknown[] = [unit.n, parts, first, last];
		if (parts.includes('header')) shown.push(unit.start, unit.end, unit.terms.filter((t) => t.hot).length);
		if (parts.includes('english')) shown.push(unit.english, unit.terms.map((t) => [t.term, t.meaning, t.ipa, t.hot, t.span?.start, t.span?.end]));
		if (parts.includes('translation')) shown.push(unit.translation);
		if (parts.includes('terms')) shown.push(terms.map((t) => [t.raw, notePath(t)]), unread);
		return shown;
	});
	return JSON.stringify([slices, diagnostics]);
}

/** The lesson's glossed terms by the form written in their bullets (the first bullet of each). */
export function glossedTerms(lesson: Lesson): Map<string, Term> {
	const byForm = new Map<string, Term>();
	for (const unit of lesson.units) for (const term of unit.terms) if (!byForm.has(term.term)) byForm.set(term.term, term);
	return byForm;
}
