// @vitest-environment happy-dom
// The play button, the 🔊 and the docked player as DOM, from the pure renderers.
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { actionFor } from '../../src/render/cards/cardActions';
import { controlAt, nextRate, renderPlayer, syncPlayer } from '../../src/render/media/playerDom';
import { renderNote, testEnv } from '../cards/renderNote';
import { keeperLesson } from './lessons';

const headers = (listen?: 'play' | 'speak') => renderNote(keeperLesson(), testEnv({ listen })).container.findAll('.bl-card-header');

describe('a card header', () => {
	it('makes the time range a keyboard-reachable play button that names its unit', () => {
		const [first, second] = headers('play');
		const button = second.find('button.bl-play');
		expect(button.tagName).toBe('BUTTON');
		expect(button.getText()).toBe('1:00:02–1:00:04');
		expect(button.getAttr('aria-label')).toBe('Play unit 2 (1:00:02–1:00:04)');
		expect(first.findAll('.bl-speak')).toHaveLength(0);
		expect(actionFor(button)).toEqual({ kind: 'play', unit: 2 });
	});

	it('keeps the time as text and adds a 🔊 when the lesson reads aloud instead', () => {
		const header = headers('speak')[2];
		expect(header.findAll('.bl-play')).toHaveLength(0);
		expect(header.getText()).toBe('31:00:04–1:00:05🔊');
		const speak = header.find('button.bl-speak');
		expect(speak.getAttr('aria-label')).toBe('Read unit 3 aloud');
		expect(actionFor(speak)).toEqual({ kind: 'speak', unit: 3 });
	});

	it('offers neither without a way to listen, and no play button for a unit without a time', () => {
		expect(headers().flatMap((h) => h.findAll('button'))).toHaveLength(0);
		const untimed = keeperLesson().replace('(3) [1:00:04-1:00:05] ', '(3) ');
		expect(parseLesson(untimed).units[2].start).toBeNull();
		const third = renderNote(untimed, testEnv({ listen: 'play' })).container.findAll('.bl-card-header')[2];
		expect(third.findAll('button')).toHaveLength(0);
	});
});

describe('the docked player', () => {
	const icon = (el: HTMLElement, name: string) => el.setAttr('data-icon', name);
	const icons = (player: HTMLElement) => player.findAll('button').map((b) => b.getAttr('data-icon'));

	it('has labelled buttons for the unit controls, a loop toggle and the speed, and shows the unit playing', () => {
		const player = renderPlayer(createDiv(), true, icon);
		expect(icons(player)).toEqual(['skip-back', 'play', 'skip-forward', 'rotate-ccw', 'repeat', null]);
		expect(player.getAttr('role')).toBe('region');
		const buttons = player.findAll('button');
		expect(buttons.map((b) => b.getAttr('aria-label'))).toEqual(['Previous unit', 'Play', 'Next unit', 'Repeat unit', 'Loop unit', 'Playback speed']);
		expect(buttons.map((b) => controlAt(b))).toEqual(['previous', 'toggle', 'next', 'repeat', 'loop', 'rate']);
		syncPlayer(player, { playing: true, unit: 4, range: '15:09–15:22', loop: true, rate: 0.75 }, icon);
		expect(icons(player)[1]).toBe('pause');
		expect(player.find('.bl-player-unit').getText()).toBe('Unit 4 · 15:09–15:22');
		expect(player.find('.bl-player-unit').getAttr('aria-live')).toBe('polite');
		expect(buttons[1].getAttr('aria-label')).toBe('Pause');
		expect(buttons[4].getAttr('aria-pressed')).toBe('true');
		expect(buttons[5].getText()).toBe('0.75×');
		expect(player.hasClass('is-playing')).toBe(true);
		syncPlayer(player, { playing: false, unit: null, range: null, loop: false, rate: 1 }, icon);
		expect(icons(player)[1]).toBe('play');
		expect(player.find('.bl-player-unit').getText()).toBe('No unit');
		expect(buttons[1].getAttr('aria-label')).toBe('Play');
		expect(buttons[4].getAttr('aria-pressed')).toBe('false');
	});

	it('leaves out loop and speed for an embed whose clock is not the plugin’s', () => {
		const player = renderPlayer(createDiv(), false, icon);
		expect(player.findAll('[data-bl-player="loop"], [data-bl-player="rate"]')).toHaveLength(0);
		expect(player.findAll('.bl-player-media')).toHaveLength(1);
	});

	it('steps the speed between 1× and 0.75×', () => {
		expect(nextRate(1)).toBe(0.75);
		expect(nextRate(0.75)).toBe(1);
		expect(nextRate(1.5)).toBe(1);
	});
});
