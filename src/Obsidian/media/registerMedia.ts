import { MarkdownView, Notice, Platform } from 'obsidian';
import type { TextKey } from '../../lang/en';
import { t } from '../../lang/t';
import { plainSentence } from '../../core/plainSentence';
import type { PluginContext } from '../context';
import type { Listen } from '../../render/media/listenButtons';
import type { PlayerControl } from '../../render/media/playerDom';
import type { CardBlock } from '../cards/CardBlock';
import { markdownViews, showsLessonCards } from '../cards/lessonViews';
import { canSpeak, speak } from '../glossary/speak';
import { LessonPlayer } from './LessonPlayer';
import { lessonMedia, type LessonMedia } from './lessonMedia';
import { SetMediaModal } from './SetMediaModal';
import { CARD_KEYS } from '../../settings';

/** What the cards ask of the media feature. */
export interface MediaAccess {
	/** How the cards of `path` offer their units to the ear. */
	listen(path: string): Listen | undefined;
	/** A card's play button (`play`) or 🔊 (`speak`) for unit `n`, clicked in `block`. */
	act(kind: Listen, n: number, block: CardBlock): void;
	/** A card block was drawn: lit if its unit is playing. */
	rendered(block: CardBlock): void;
}

const CONTROLS = [
	{ id: 'media-play-pause', name: 'command.mediaPlayPause', control: 'toggle' },
	{ id: 'media-previous-unit', name: 'command.mediaPreviousUnit', control: 'previous' },
	{ id: 'media-next-unit', name: 'command.mediaNextUnit', control: 'next' },
	{ id: 'media-repeat-unit', name: 'command.mediaRepeatUnit', control: 'repeat' },
] as const satisfies readonly { id: string; name: TextKey; control: PlayerControl }[];

/**
 * Listening: a lesson whose `media:` names a recording gets a player docked under each view
 * showing its cards (reading view and Live Preview), and its cards' time ranges play their units;
 * without media, a card's 🔊 reads its English where the platform can (not on Android, whose
 * WebView has no voices). Commands drive the active view's player and set a lesson's media.
 */
export function registerMedia(ctx: PluginContext): MediaAccess {
	const { app } = ctx;
	const players = new Map<MarkdownView, LessonPlayer>();
	const speakable = canSpeak() && !Platform.isAndroidApp;
	/** The unreadable offsets already reported, by lesson and value: once each, not on every redraw. */
	const reported = new Set<string>();
	const reportOffset = (path: string, media: LessonMedia): void => {
		const value = media.unreadableOffset;
		const key = JSON.stringify([path, value]);
		if (value === null || reported.has(key)) return;
		reported.add(key);
		new Notice(t('media.badOffset', { value, lesson: path }));
	};

	const drop = (view: MarkdownView): void => {
		const player = players.get(view);
		if (player) ctx.plugin.removeChild(player);
		players.delete(view);
	};
	/** The player of `view`, made (or made anew, when the media changed) if its lesson has media; else none. */
	const playerOf = (view: MarkdownView): LessonPlayer | null => {
		const media = view.file && showsLessonCards(ctx, view) ? lessonMedia(app, view.file) : null;
		let player = players.get(view) ?? null;
		if (player && player.media.key !== media?.key) {
			drop(view);
			player = null;
		}
		if (!media || !view.file) return null;
		reportOffset(view.file.path, media);
		const units = ctx.lessons.get(view.file.path, view.data).units;
		if (player) player.setUnits(units);
		else players.set(view, (player = ctx.plugin.addChild(new LessonPlayer(view.containerEl, media, units, (line) => view.currentMode.applyScroll(line)))));
		return player;
	};
	const sync = (): void => {
		const views = markdownViews(app);
		for (const view of players.keys()) if (!views.includes(view)) drop(view);
		for (const view of views) playerOf(view);
	};

	ctx.plugin.registerEvent(app.workspace.on('layout-change', sync));
	ctx.plugin.registerEvent(app.workspace.on('file-open', sync));
	ctx.plugin.registerEvent(app.metadataCache.on('changed', sync));
	ctx.settings.on(CARD_KEYS, sync);
	ctx.plugin.register(() => players.clear());

	const active = (): LessonPlayer | null => {
		const view = app.workspace.getActiveViewOfType(MarkdownView);
		return view ? playerOf(view) : null;
	};
	for (const { id, name, control } of CONTROLS) {
		ctx.plugin.addCommand({
			id,
			name: t(name),
			checkCallback: (checking) => {
				const player = active();
				if (player && !checking) player.control(control);
				return player !== null;
			},
		});
	}
	ctx.plugin.addCommand({
		id: 'set-lesson-media',
		name: t('command.setLessonMedia'),
		checkCallback: (checking) => {
			const view = app.workspace.getActiveViewOfType(MarkdownView);
			const file = view?.file;
			if (!file || !ctx.lessons.get(file.path, view.data).isLesson) return false;
			if (!checking) new SetMediaModal(app, file).open();
			return true;
		},
	});

	return {
		listen(path) {
			const file = app.vault.getFileByPath(path);
			if (file && lessonMedia(app, file)) return 'play';
			return speakable ? 'speak' : undefined;
		},
		act(kind, n, block) {
			if (kind === 'play') {
				const view = markdownViews(app, block.sourcePath).find((v) => v.containerEl.contains(block.containerEl));
				if (view) playerOf(view)?.playUnit(n);
				return;
			}
			const unit = block.lesson?.units.find((u) => u.n === n);
			if (unit) speak(plainSentence(unit.english, unit.markup, null).text);
		},
		rendered(block) {
			// A Live Preview card is drawn before CodeMirror puts it on the page: found by its lesson.
			for (const [view, player] of players) if (view.file?.path === block.sourcePath) player.rendered(block.containerEl);
		},
	};
}
