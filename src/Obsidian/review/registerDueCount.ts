import { debounce, Platform } from 'obsidian';
import { t } from '../../lang/t';
import type { PluginContext } from '../context';
import type { ReviewDeck } from './ReviewDeck';
import { REVIEW_LIMIT_KEYS } from '../../settings';

/** Term note changes arrive in bursts (a vault-wide run, a sync): the count is taken once they settle. */
const UPDATE_DELAY_MS = 500;
/** Cards fall due as time passes, with no event to say so. */
const REFRESH_MS = 60_000;

/** "12 terms due". */
function dueLabel(count: number): string {
	return count === 0 ? t('review.dueNone') : count === 1 ? t('review.dueOne') : t('review.dueMany', { count });
}

/**
 * The number of cards in the day's queue, in the status bar (desktop: mobile has none) and in the
 * ribbon icon's tooltip; taken again when a term note changes, moves or goes, when the settings
 * change, and every minute.
 */
export function registerDueCount(ctx: PluginContext, deck: ReviewDeck, ribbon: HTMLElement, open: () => void): void {
	const { app } = ctx;
	const status = Platform.isMobile ? null : ctx.plugin.addStatusBarItem();
	if (status) {
		status.addClass('bl-review-status', 'mod-clickable');
		status.setAttr('aria-label', t('command.reviewDueTerms'));
		ctx.plugin.registerDomEvent(status, 'click', open);
	}
	let counted = new Set<string>();
	const update = () => {
		const notes = deck.notes();
		counted = new Set(notes.map((n) => n.path));
		const label = dueLabel(deck.queue(ctx.clock.now(), notes).cards.length);
		status?.setText(label);
		ribbon.setAttr('aria-label', `${t('command.reviewDueTerms')} · ${label}`);
	};
	const soon = debounce(update, UPDATE_DELAY_MS, true);
	ctx.plugin.register(() => soon.cancel());
	app.workspace.onLayoutReady(() => {
		update();
		ctx.plugin.registerEvent(app.metadataCache.on('changed', (file, _data, cache) => (counted.has(file.path) || cache.frontmatter?.term !== undefined) && soon()));
		ctx.plugin.registerEvent(app.vault.on('delete', (file) => counted.has(file.path) && soon()));
		ctx.plugin.registerEvent(app.vault.on('rename', (_file, oldPath) => counted.has(oldPath) && soon()));
		ctx.settings.on(REVIEW_LIMIT_KEYS, () => soon());
		ctx.plugin.registerInterval(window.setInterval(() => soon(), REFRESH_MS));
	});
}
