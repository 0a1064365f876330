import { Keymap, MarkdownRenderer, type MarkdownPostProcessorContext } from 'obsidian';
import { planBlock } from '../../core/cards/blockPlan';
import { termKey } from '../../core/termKey';
import type BilingualLessonsPlugin from '../../main';
import type { CardEnv } from '../../render/cards/cardEnv';
import { renderBlock } from '../../render/cards/renderBlock';
import { CardBlock, type CardBlockHost } from './CardBlock';
import { jumpToLine, markdownViews } from './lessonViews';
import { StudyModes } from './StudyModes';

const HOVER_SOURCE = 'bilingual-lessons';

/** Interlinear cards: lesson notes render as study cards in the reading view. */
export function registerCards(plugin: BilingualLessonsPlugin): void {
	const study = new StudyModes(plugin);
	study.register();
	const { workspace } = plugin.app;
	const host: CardBlockHost = {
		act(action, evt, block) {
			if (action.kind === 'reveal') study.reveal(block.sourcePath, action.unit);
			else if (action.kind === 'open') void workspace.openLinkText(action.path, block.sourcePath, Keymap.isModEvent(evt));
			else jumpToLine(plugin.app, block.sourcePath, action.line, block.containerEl);
		},
		hover(link, event, block) {
			const linktext = link.getAttr('data-href');
			workspace.trigger('hover-link', { event, source: HOVER_SOURCE, hoverParent: block, targetEl: link, linktext, sourcePath: block.sourcePath });
		},
		track: (block, alive) => study.track(block.sourcePath, block.containerEl, alive),
	};
	plugin.registerHoverLinkSource(HOVER_SOURCE, { display: 'Bilingual lessons', defaultMod: true });
	plugin.registerMarkdownPostProcessor((el, ctx) => renderLessonBlock(plugin, study, host, el, ctx));
	plugin.onSettingsChanged(() => {
		study.settingsChanged();
		for (const view of markdownViews(plugin.app)) view.previewMode.rerender(true);
	});
}

/** The post-processor: one section of a note in, its part of the lesson's cards out. */
function renderLessonBlock(plugin: BilingualLessonsPlugin, study: StudyModes, host: CardBlockHost, el: HTMLElement, ctx: MarkdownPostProcessorContext): void {
	// Our own markdown rendering of a translation comes through here too: leave it be.
	if (!plugin.settings.renderCards || el.closest('.bl-card-block')) return;
	const info = ctx.getSectionInfo(el);
	if (!info) return;
	const lesson = plugin.lessons.get(ctx.sourcePath, info.text);
	if (!lesson.isLesson) return;
	const block = new CardBlock(el, ctx.sourcePath, host);
	const { settings } = plugin;
	const env: CardEnv = {
		glossMode: settings.glossMode,
		showBrackets: settings.showMarkupBrackets,
		study: study.stateOf(ctx.sourcePath),
		// termNotes is set by the term notes feature; cards still render (without links) if it is absent.
		notePath: (term) => plugin.termNotes?.pathFor(termKey(term.term)) ?? null,
		renderMarkdown: (markdown, target) => void MarkdownRenderer.render(plugin.app, markdown, target, ctx.sourcePath, block),
	};
	renderBlock(el, planBlock(lesson, info.lineStart, info.lineEnd), lesson, env);
	ctx.addChild(block);
}
