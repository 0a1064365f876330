import { Component, setIcon } from 'obsidian';
import { t } from '../../lang/t';
import { listeningMessage, readEmbedMessage } from '../../core/media/embedMessages';
import { youtubeEmbedUrl } from '../../core/media/mediaRef';
import { timeline, unitAt, unitBeside, type TimedUnit } from '../../core/media/timeline';
import { UnitPlayback } from '../../core/media/UnitPlayback';
import type { Unit } from '../../core/model';
import { controlAt, nextRate, renderPlayer, syncPlayer, type PlayerControl } from '../../render/media/playerDom';
import type { LessonMedia } from './lessonMedia';

/** The class of the card blocks of the unit playing. */
export const PLAYING = 'bl-playing';

const MEDIA_EVENTS = ['play', 'pause', 'timeupdate', 'seeked', 'ratechange', 'ended'] as const;
/** Where a YouTube embed's messages come from (the plugin's embeds are www.youtube.com ones). */
const YOUTUBE_ORIGIN = 'https://www.youtube.com';
/** How often, and how many times, a fresh embed is asked to report until it answers. */
const LISTEN_EVERY_MS = 250;
const LISTEN_TRIES = 20;

/**
 * The player docked under one lesson view (`host`, the view's element, holds its cards): unit by
 * unit playback of the lesson's media through an `<audio>`/`<video>` element (core/media/UnitPlayback),
 * or a YouTube embed playing a unit's span by its start and end, which reports its time by
 * postMessage (see core/media/embedMessages; no script of Google's is loaded). While it plays, the
 * cards of the unit playing carry `bl-playing` and are scrolled into view; a unit whose card is not
 * drawn yet (lazy rendering, Live Preview's viewport) is scrolled to by its line (`reveal`), and lit
 * once drawn (see rendered).
 */
export class LessonPlayer extends Component {
	readonly el: HTMLElement;
	private readonly element: HTMLMediaElement | null = null;
	private readonly frame: HTMLIFrameElement | null = null;
	private playback: UnitPlayback | null = null;
	private timed: TimedUnit[] = [];
	private ranges = new Map<number, string>();
	/** Each unit's header line, to scroll to a unit not drawn yet. */
	private lines = new Map<number, number>();
	/** The unit whose cards carry the highlight. */
	private lit: number | null = null;
	/** A YouTube embed's unit (its clock is not ours: the unit last asked for). */
	private embedUnit: number | null = null;
	/** Whether the embed plays, as it last reported (null: it has not yet, since it was loaded). */
	private embedPlaying: boolean | null = null;
	/** Whether the embed loaded last has answered the request to report. */
	private embedHeard = false;
	private cancelListen: (() => void) | null = null;
	private loop = false;

	constructor(
		private readonly host: HTMLElement,
		readonly media: LessonMedia,
		units: readonly Unit[],
		/** Scrolls the lesson view to a 0-based line, drawing what is there. */
		private readonly reveal: (line: number) => void,
	) {
		super();
		const { source } = media;
		this.el = renderPlayer(createDiv(), source.kind === 'element', setIcon);
		const slot = this.el.find('.bl-player-media');
		if (source.kind === 'element') {
			this.element = slot.createEl(source.element, { attr: { preload: 'metadata', src: source.src } });
			this.el.addClass(`bl-player-${source.element}`);
		} else {
			this.frame = slot.createEl('iframe', { attr: { title: t('media.youtube'), allow: 'autoplay; encrypted-media', allowfullscreen: '' } });
			this.el.addClass('bl-player-video');
		}
		this.setUnits(units);
	}

	onload(): void {
		this.host.appendChild(this.el);
		this.registerDomEvent(this.el, 'click', (evt) => {
			const control = controlAt(evt.target);
			if (control) this.control(control);
		});
		const element = this.element;
		if (element) for (const name of MEDIA_EVENTS) this.registerDomEvent(element, name, () => this.update());
		const frame = this.frame;
		if (frame) {
			this.registerDomEvent(frame, 'load', () => this.askEmbedToReport());
			this.registerDomEvent(window, 'message', (evt) => this.onEmbedMessage(evt));
		}
		this.sync();
	}

	onunload(): void {
		this.element?.pause();
		this.playback?.dispose();
		this.cancelListen?.();
		this.highlight(null);
		this.el.detach();
	}

	/** The lesson's units now (after an edit): their times, read through the offset. */
	setUnits(units: readonly Unit[]): void {
		const timed = timeline(units, this.media.offset);
		this.lines = new Map(units.map((u) => [u.n, u.line]));
		this.ranges = new Map(units.filter((u) => u.start).map((u) => [u.n, u.end ? `${u.start}–${u.end}` : u.start!]));
		const same = JSON.stringify(timed) === JSON.stringify(this.timed);
		this.timed = timed;
		if (!this.element || (same && this.playback)) return;
		this.playback?.dispose();
		const schedule = (ms: number, fn: () => void) => {
			const id = window.setTimeout(fn, ms);
			return () => window.clearTimeout(id);
		};
		this.playback = new UnitPlayback(this.element, timed, schedule);
		this.playback.setLoop(this.loop);
	}

	/** Plays unit `n`'s span; false when it has no time. */
	playUnit(n: number): boolean {
		if (this.playback) {
			const played = this.playback.playUnit(n);
			this.sync();
			return played;
		}
		const unit = this.timed.find((u) => u.n === n);
		if (!unit || !this.frame || this.media.source.kind !== 'youtube') return false;
		this.embedUnit = n;
		this.embedPlaying = null;
		this.frame.setAttr('src', youtubeEmbedUrl(this.media.source.id, unit.start, unit.end));
		this.sync();
		return true;
	}

	control(control: PlayerControl): void {
		const current = this.current();
		switch (control) {
			case 'toggle':
				if (this.playback) this.playback.toggle();
				else if (this.frame?.getAttr('src')) this.stopEmbed();
				else this.step(current, 1, true);
				break;
			case 'previous':
			case 'next':
				this.step(current, control === 'next' ? 1 : -1, false);
				break;
			case 'repeat':
				if (this.playback) this.playback.repeat();
				else if (current !== null) this.playUnit(current);
				break;
			case 'loop':
				this.loop = !this.loop;
				this.playback?.setLoop(this.loop);
				break;
			case 'rate':
				this.playback?.setRate(nextRate(this.element?.playbackRate ?? 1));
				break;
		}
		this.sync();
	}

	/** Plays the unit `step` from `n` (the first or last when there is none; `n` itself when `orSame` and it is timed). */
	private step(n: number | null, step: 1 | -1, orSame: boolean): void {
		const unit = orSame && n !== null ? (this.timed.find((u) => u.n === n) ?? null) : unitBeside(this.timed, n, step);
		if (unit) this.playUnit(unit.n);
	}

	/** The unit playing or last played, or null. */
	current(): number | null {
		return this.playback ? (this.playback.current()?.n ?? null) : this.embedUnit;
	}

	get playing(): boolean {
		return this.element ? !this.element.paused : Boolean(this.frame?.getAttr('src')) && this.embedPlaying !== false;
	}

	/** A block of the lesson was drawn: lit if it is the unit playing. */
	rendered(block: HTMLElement): void {
		if (this.lit === null) return;
		const cards = block.hasClass('bl-card-block') ? [block] : block.findAll('.bl-card-block');
		for (const card of cards) card.toggleClass(PLAYING, Number(card.getAttr('data-bl-unit')) === this.lit);
	}

	private stopEmbed(): void {
		this.frame?.removeAttribute('src');
		this.embedPlaying = null;
	}

	/** Asks the embed just loaded to report its time and state, again until it answers (it may not listen yet). */
	private askEmbedToReport(): void {
		this.cancelListen?.();
		this.embedHeard = false;
		let tries = 0;
		const ask = () => {
			if (this.embedHeard || tries++ >= LISTEN_TRIES) return;
			this.frame?.contentWindow?.postMessage(listeningMessage(), YOUTUBE_ORIGIN);
			const id = window.setTimeout(ask, LISTEN_EVERY_MS);
			this.cancelListen = () => window.clearTimeout(id);
		};
		ask();
	}

	/** A message from this player's embed: its time says which unit plays (follow-along), its state whether it plays. */
	private onEmbedMessage(evt: MessageEvent): void {
		const source = this.frame?.contentWindow;
		if (!source || evt.source !== source || evt.origin !== YOUTUBE_ORIGIN) return;
		const report = readEmbedMessage(evt.data);
		if (!report) return;
		this.embedHeard = true;
		if (report.playing !== null) this.embedPlaying = report.playing;
		const unit = report.time === null ? null : unitAt(this.timed, report.time);
		if (unit) this.embedUnit = unit.n;
		this.sync();
	}

	private update(): void {
		this.playback?.update();
		this.sync();
	}

	private sync(): void {
		const unit = this.current();
		syncPlayer(this.el, { playing: this.playing, unit, range: unit === null ? null : (this.ranges.get(unit) ?? null), loop: this.loop, rate: this.element?.playbackRate ?? 1 }, setIcon);
		this.highlight(this.playing ? unit : null);
	}

	/** Moves the highlight to unit `n`'s cards (none for null); unless the card is in view already, it is scrolled to the top. */
	private highlight(n: number | null): void {
		if (n === this.lit) return;
		for (const card of this.host.findAll(`.${PLAYING}`)) card.removeClass(PLAYING);
		this.lit = n;
		if (n === null) return;
		const cards = this.host.findAll(`.bl-card-block[data-bl-unit="${n}"]`);
		const line = this.lines.get(n);
		if (cards.length === 0 && line !== undefined) return this.reveal(line);
		for (const card of cards) card.addClass(PLAYING);
		const area = this.host.find('.view-content')?.getBoundingClientRect();
		const card = cards[0]?.getBoundingClientRect();
		if (card && area && (card.top < area.top || card.bottom > area.bottom)) cards[0].scrollIntoView({ block: 'start' });
	}
}
