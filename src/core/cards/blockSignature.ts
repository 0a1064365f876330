import type { Lesson, Term } from '../model';
import type { BlockPlan } from './blockPlan';

/**
 * Everything a block's rendering depends on, as one string. After an edit the reading view
 * keeps the blocks whose own text did not change, but a card block also shows what other lines
 * say (the header counts the 🔥 bullets below it, the English glosses them, the title carries the
 * diagnostics), and a chip links to a note that may since have been made: a block whose
 * signature changed is stale.
 */
export function blockSignature(plan: BlockPlan, lesson: Lesson, notePath: (term: Term) => string | null): string {
	if (plan.kind === 'gap') return 'gap';
	const diagnostics = plan.diagnostics ? lesson.diagnostics.map((d) => `${d.line}:${d.message}`) : [];
	if (plan.kind === 'prose') return JSON.stringify([plan.role, diagnostics]);
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
