import type { Workspace } from 'obsidian';
import { t } from '../../lang/t';
import type { CardsAccess } from '../cards/registerCards';
import type { PluginContext } from '../context';
import { registerDueCount } from './registerDueCount';
import { ReviewDeck } from './ReviewDeck';
import { REVIEW_VIEW, ReviewView } from './ReviewView';

/** Review of the term notes by spaced repetition: a view, its command and ribbon icon, the due count. */
export function registerReview(ctx: PluginContext, cards: CardsAccess): void {
	const deck = new ReviewDeck(ctx);
	ctx.plugin.registerView(REVIEW_VIEW, (leaf) => new ReviewView(leaf, ctx, deck, cards));
	const open = () => void openReview(ctx.app.workspace);
	const ribbon = ctx.plugin.addRibbonIcon('layers', t('command.reviewDueTerms'), open);
	ctx.plugin.addCommand({ id: 'review-due-terms', name: t('command.reviewDueTerms'), callback: open });
	registerDueCount(ctx, deck, ribbon, open);
}

/** Shows the review in its tab (a new one unless open), starting a new session unless one is under way. */
async function openReview(workspace: Workspace): Promise<void> {
	const open = workspace.getLeavesOfType(REVIEW_VIEW)[0];
	const leaf = open ?? workspace.getLeaf('tab');
	if (!open) await leaf.setViewState({ type: REVIEW_VIEW, active: true });
	await workspace.revealLeaf(leaf);
	if (!(leaf.view instanceof ReviewView)) return;
	if (open && !leaf.view.inSession) await leaf.view.start();
	leaf.view.focus();
}
