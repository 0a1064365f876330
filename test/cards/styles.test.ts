// @vitest-environment happy-dom
// What the reader sees, computed from styles.css: study mode, gloss modes and markup brackets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { StudyState } from '../../src/core/cards/StudyState';
import type { CardEnv } from '../../src/render/cards/cardEnv';
import { applyStudy } from '../../src/render/cards/renderBlock';
import { renderPlayer, syncPlayer } from '../../src/render/media/playerDom';
import { LESSON_A, LESSON_B } from '../fixtures';
import { blocksOf, renderNote, testEnv } from './renderNote';

beforeAll(() => {
	// The test stands in for Obsidian, which loads the plugin's styles.css into the app.
	const sheet = new CSSStyleSheet();
	sheet.replaceSync(readFileSync(join(import.meta.dirname, '../../styles.css'), 'utf8'));
	document.adoptedStyleSheets = [sheet];
});

function shown(text: string, env: Partial<CardEnv>): HTMLElement {
	document.body.empty();
	const { container } = renderNote(text, testEnv(env));
	document.body.appendChild(container);
	return container;
}

const display = (el: Element) => getComputedStyle(el).display;
const visibility = (el: Element) => getComputedStyle(el).visibility;

describe('study mode, as styled', () => {
	it('hides every translation and gloss behind a reveal button, and shows one unit once revealed', () => {
		const study = new StudyState(true);
		const root = shown(LESSON_B, { study });
		const paragraphs = root.findAll('.bl-translation > p');
		expect(paragraphs).toHaveLength(37);
		expect(paragraphs.map(display).every((d) => d === 'none')).toBe(true);
		expect(root.findAll('.bl-reveal').map(display).every((d) => d === 'inline-block')).toBe(true);
		expect(visibility(root.find('.bl-gloss'))).toBe('hidden');
		expect(display(root.find('.bl-chip-meaning'))).toBe('none');

		study.reveal(5, ['translation']);
		applyStudy(root, study);
		const unit5 = blocksOf(root, 5);
		const translation = unit5.flatMap((b) => b.findAll('.bl-translation > p'));
		expect(translation).toHaveLength(1);
		expect(display(translation[0])).not.toBe('none');
		const toggle = unit5.flatMap((b) => b.findAll('.bl-reveal'));
		expect(toggle.map((b) => [display(b), b.getText()])).toEqual([['inline-block', 'Hide translation']]);
		expect(root.findAll('.bl-translation > p').filter((p) => display(p) !== 'none')).toHaveLength(1);
		// Translation and glosses apart: unit 5's glosses are still hidden, until their own button.
		const glosses = unit5.flatMap((b) => b.findAll('.bl-english .bl-gloss'));
		expect(glosses.length).toBeGreaterThan(0);
		expect(glosses.map(visibility)).toEqual(glosses.map(() => 'hidden'));
		expect(unit5.flatMap((b) => b.findAll('.bl-study-bar button')).map((b) => b.getText())).toEqual(['Show glosses']);
		study.reveal(5, ['glosses']);
		study.hide(5, ['translation']);
		applyStudy(root, study);
		expect(glosses.filter((g) => visibility(g) === 'hidden')).toEqual([]);
		expect(display(translation[0])).toBe('none');
		expect(toggle[0].getText()).toBe('Show translation');
	});
});

describe('glosses and brackets, as styled', () => {
	it('shows the glosses rendered in "🔥 only" and "always", and none until hover in "hover"', () => {
		for (const glossMode of ['hot', 'always'] as const) {
			const items = shown(LESSON_A, { glossMode }).findAll('.bl-gloss-item');
			expect(items.length).toBeGreaterThan(0);
			expect(items.filter((el) => display(el) === 'none' || visibility(el) === 'hidden')).toHaveLength(0);
		}
		const hover = shown(LESSON_A, { glossMode: 'hover' });
		expect(hover.findAll('.bl-gloss').every((el) => visibility(el) === 'hidden')).toBe(true);
	});

	it('hides the markup brackets unless asked to show them', () => {
		expect(shown(LESSON_B, {}).findAll('.bl-bracket').slice(0, 20).map(display)).toEqual(Array(20).fill('none'));
		expect(shown(LESSON_B, { showBrackets: true }).findAll('.bl-bracket').slice(0, 20).map(display)).not.toContain('none');
	});
});

describe('the docked player, as styled', () => {
	it('keeps the speed button as wide as "0.75×" at "1×", so the controls do not shift, and shows a pressed loop in the accent colour', () => {
		document.body.empty();
		// Obsidian's theme defines the accent; the test, one of its own.
		document.body.setCssProps({ '--interactive-accent': 'rgb(1, 2, 3)' });
		const player = renderPlayer(document.body.createDiv(), true, () => {});
		syncPlayer(player, { playing: true, unit: 1, range: '0:01–0:02', loop: true, rate: 1 }, () => {});
		const style = (control: string) => getComputedStyle(player.find(`[data-bl-player="${control}"]`));
		// 3.5em, at the test's 16px font.
		expect([style('rate').minWidth, style('next').minWidth]).toEqual(['56px', '']);
		expect([style('loop').backgroundColor, style('next').backgroundColor]).toEqual(['rgb(1, 2, 3)', '']);
		document.body.setCssProps({ '--interactive-accent': '' });
	});
});
