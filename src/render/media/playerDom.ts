import type { TextKey } from '../../lang/en';
import { t } from '../../lang/t';
/** What a button of the docked player asks for; the Obsidian layer carries it out. */
export type PlayerControl = 'previous' | 'toggle' | 'next' | 'repeat' | 'loop' | 'rate';

/** What the player shows: whether it plays, the unit it is in (with its time range), loop and speed. */
export interface PlayerState {
	playing: boolean;
	unit: number | null;
	range: string | null;
	loop: boolean;
	rate: number;
}

/** The speeds the speed button steps through. */
export const RATES: readonly number[] = [1, 0.75];

/** Draws the named icon (Obsidian's Lucide set) into a button, replacing what it held. */
export type DrawIcon = (el: HTMLElement, name: string) => void;

const BUTTONS = [
	{ control: 'previous', icon: 'skip-back', label: 'media.previous' },
	{ control: 'toggle', icon: 'play', label: 'media.play' },
	{ control: 'next', icon: 'skip-forward', label: 'media.next' },
	{ control: 'repeat', icon: 'rotate-ccw', label: 'media.repeat' },
] as const satisfies readonly { control: PlayerControl; icon: string; label: TextKey }[];

/**
 * The small player docked under a lesson: a slot for the media element (`.bl-player-media`; a
 * video or YouTube embed shows there, audio stays hidden), previous / play-pause / next / repeat,
 * the unit playing, and, when the element's clock is the plugin's (not a YouTube embed), a loop
 * toggle and the speed.
 */
export function renderPlayer(parent: HTMLElement, ownClock: boolean, icon: DrawIcon): HTMLElement {
	const player = parent.createDiv({ cls: 'bl-player', attr: { role: 'region', 'aria-label': t('media.player') } });
	player.createDiv({ cls: 'bl-player-media' });
	const controls = player.createDiv({ cls: 'bl-player-controls' });
	for (const { control, icon: name, label } of BUTTONS) icon(controls.createEl('button', { cls: 'bl-player-button', attr: { 'data-bl-player': control, 'aria-label': t(label) } }), name);
	controls.createSpan({ cls: 'bl-player-unit', attr: { 'aria-live': 'polite' } });
	if (ownClock) {
		icon(controls.createEl('button', { cls: 'bl-player-button', attr: { 'data-bl-player': 'loop', 'aria-label': t('media.loop'), 'aria-pressed': 'false' } }), 'repeat');
		controls.createEl('button', { cls: 'bl-player-button bl-player-rate', attr: { 'data-bl-player': 'rate', 'aria-label': t('media.rate') } });
	}
	return player;
}

/** Shows `state` on a player made by renderPlayer (the play button's icon redrawn only when it changes: time updates come often). */
export function syncPlayer(player: HTMLElement, state: PlayerState, icon: DrawIcon): void {
	const toggle = player.find('[data-bl-player="toggle"]');
	const label = t(state.playing ? 'media.pause' : 'media.play');
	if (toggle && toggle.getAttr('aria-label') !== label) {
		toggle.setAttr('aria-label', label);
		icon(toggle, state.playing ? 'pause' : 'play');
	}
	player.toggleClass('is-playing', state.playing);
	player.find('.bl-player-unit')?.setText(state.unit === null ? t('media.noUnit') : state.range ? t('media.unitRange', { n: state.unit, range: state.range }) : t('media.unit', { n: state.unit }));
	player.find('[data-bl-player="loop"]')?.setAttr('aria-pressed', String(state.loop));
	player.find('[data-bl-player="rate"]')?.setText(`${state.rate}×`);
}

/** The control a click on `target` asks for, or null. */
export function controlAt(target: EventTarget | null): PlayerControl | null {
	const el = target as Element | null;
	if (typeof el?.closest !== 'function') return null;
	return (el.closest('[data-bl-player]')?.getAttribute('data-bl-player') as PlayerControl | undefined) ?? null;
}

/** The speed after `rate` (the first again after the last). */
export function nextRate(rate: number): number {
	return RATES[(RATES.indexOf(rate) + 1) % RATES.length];
}
