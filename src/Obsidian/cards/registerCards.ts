import { Keymap, MarkdownRenderer, type MarkdownPostProcessorContext } from 'obsidian';
import { planBlock, type BlockPlan } from '../../core/cards/blockPlan';
import { blockSignature } from '../../core/cards/blockSignature';
import { unitPlan } from '../../core/cards/liveRanges';
import { isLoneBlock, unitOfHeaderBlock } from '../../core/cards/unitLink';
import type { Lesson, Term } from '../../core/model';
import { termKey } from '../../core/termKey';
import type { PluginContext } from '../context';
import type { CardEnv } from '../../render/cards/cardEnv';
import { renderBlock } from '../../render/cards/renderBlock';
import { CardBlock, type CardBlockHost } from './CardBlock';
import { Freshness } from './Freshness';
import { jumpToLine, markdownViews, showsLesson } from './lessonViews';
import { LiveBlocks } from './LiveBlocks';
import { StudyModes } from './StudyModes';
import { registerLivePreview } from '../livePreview/registerLivePreview';
import { TermPopover } from './TermPopover';
import { AddTermAction } from './AddTermAction';
import { UnitFlash } from './UnitFlash';
import { t } from '../../lang/t';
import { registerMedia } from '../media/registerMedia';
import { openGlossary } from '../glossary/openGlossary';
import { repairNote } from '../repair/repairNote';
import { CARD_KEYS } from '../../settings';

const HOVER_SOURCE = 'bilingual-lessons';

/** What the glossary and the review ask of the cards: light a unit's card (and a term in it) once it is on screen. */
export interface CardsAccess {
	flash(path: string, unit: number, term: string): void;
}

/** Interlinear cards: lesson notes render as study cards in the reading view. */
export function registerCards(ctx: PluginContext): CardsAccess {
	const { app } = ctx;
	const live = new LiveBlocks();
	const study = new StudyModes(ctx, live);
	study.register();
	const notePath = (term: Term): string | null => ctx.termNotes.pathFor(termKey(term.term));
	const media = registerMedia(ctx);
	// The media property sits in other lines than a card's: whether its time plays is part of what it shows.
	const signature = (path: string, plan: BlockPlan, lesson: Lesson): string => `${media.listen(path) ?? ''} ${blockSignature(plan, lesson, notePath)}`;
	const freshness = new Freshness(app, live, (block) => {
		const info = block.ctx.getSectionInfo(block.containerEl);
		if (!info) return null;
		const lesson = ctx.lessons.get(block.sourcePath, info.text);
		return lesson.isLesson ? signature(block.sourcePath, planBlock(lesson, info.lineStart, info.lineEnd), lesson) : 'not a lesson';
	});
	ctx.plugin.register(() => freshness.cancel());
	const popover = new TermPopover(ctx);
	const adder = new AddTermAction(ctx);
	const flash = new UnitFlash(live, ctx.clock);
	ctx.plugin.addCommand({
		id: 'add-selection-as-term',
		name: t('command.addSelectionAsTerm'),
		checkCallback: (checking) => {
			const path = app.workspace.getActiveFile()?.path;
			return path !== undefined && adder.run(live.of(path), checking);
		},
	});
	const host: CardBlockHost = {
		act(action, evt, block) {
			if (action.kind === 'term') popover.toggle(action.span, block);
			else if (action.kind === 'study') study.togglePart(block.sourcePath, action.unit, action.part);
			else if (action.kind === 'play' || action.kind === 'speak') media.act(action.kind, action.unit, block);
			else if (action.kind === 'repair') void repairNote(ctx, block.sourcePath);
			else if (action.kind === 'glossary') void openGlossary(app.workspace, action.term);
			else if (action.kind === 'open') void app.workspace.openLinkText(action.path, block.sourcePath, Keymap.isModEvent(evt));
			else jumpToLine(app, block.sourcePath, action.line, block.containerEl);
		},
		hover(link, event, block) {
			const linktext = link.getAttr('data-href');
			app.workspace.trigger('hover-link', { event, source: HOVER_SOURCE, hoverParent: block, targetEl: link, linktext, sourcePath: block.sourcePath });
		},
		termHover: (term, over, block) => popover.hover(term, over, block),
		termKey: (term, evt, block) => popover.key(term, evt, block),
		selectionChanged: (block) => adder.check(block),
		studyKey: (evt, block) => study.key(evt, block),
		track: (block, alive) => live.track(block, alive),
	};

	/** What a block's cards are drawn with: the settings, the note's study state, links, markdown. */
	const envFor = (block: CardBlock): CardEnv => ({
		glossMode: ctx.settings.get().glossMode,
		showBrackets: ctx.settings.get().showMarkupBrackets,
		study: study.stateOf(block.sourcePath),
		notePath,
		renderMarkdown: (markdown, target) => void MarkdownRenderer.render(app, markdown, target, block.sourcePath, block),
		listen: media.listen(block.sourcePath),
	});

	/** The post-processor: one section of a note in, its part of the lesson's cards out. */
	const renderLessonBlock = (el: HTMLElement, section: MarkdownPostProcessorContext): void | Promise<void> => {
		// Our own markdown rendering of a translation comes through here too, and a block may be
		// post-processed again: leave what is already ours alone.
		if (!ctx.settings.get().renderCards || el.closest('.bl-card-block, .bl-lesson-prose, .bl-card-gap')) return;
		const info = section.getSectionInfo(el);
		if (!info) return;
		if (isLoneBlock(info)) return renderLinkedUnit(el, section, info.text);
		const lesson = ctx.lessons.get(section.sourcePath, info.text);
		if (!lesson.isLesson) return;
		const block = new CardBlock(el, section, host);
		block.lesson = lesson;
		const plan = planBlock(lesson, info.lineStart, info.lineEnd);
		renderBlock(el, plan, lesson, envFor(block));
		block.signature = signature(section.sourcePath, plan, lesson);
		section.addChild(block);
		freshness.rendered(section.sourcePath, lesson);
		flash.rendered(block);
		media.rendered(block);
	};

	/** A link to a unit's header shown alone (hover preview, embed): the unit's whole card. */
	const renderLinkedUnit = async (el: HTMLElement, section: MarkdownPostProcessorContext, blockText: string): Promise<void> => {
		const file = app.vault.getFileByPath(section.sourcePath);
		if (!file) return;
		const text = await app.vault.cachedRead(file);
		const lesson = ctx.lessons.get(file.path, text);
		const unit = lesson.isLesson ? unitOfHeaderBlock(lesson, text, blockText) : null;
		if (!unit) return;
		const block = new CardBlock(el, section, host);
		block.lesson = lesson;
		el.empty();
		renderBlock(el, unitPlan(lesson, unit), lesson, envFor(block));
		section.addChild(block);
	};

	registerLivePreview(ctx, { host, envFor, notePath, media });
	ctx.plugin.registerHoverLinkSource(HOVER_SOURCE, { display: 'Bilingual lessons', defaultMod: true });
	ctx.plugin.registerMarkdownPostProcessor(renderLessonBlock);
	// A term note made, removed or renamed changes which chips link where (the term note index
	// follows the metadata cache, so the check does too).
	const recheck = (): void => freshness.check();
	ctx.plugin.registerEvent(app.metadataCache.on('changed', recheck));
	ctx.plugin.registerEvent(app.metadataCache.on('deleted', recheck));
	ctx.plugin.registerEvent(app.vault.on('rename', recheck));
	ctx.settings.on(CARD_KEYS, () => {
		study.settingsChanged();
		for (const view of markdownViews(app)) if (showsLesson(ctx, view)) view.previewMode.rerender(true);
	});
	return { flash: (path, unit, term) => flash.show(path, unit, term) };
}
