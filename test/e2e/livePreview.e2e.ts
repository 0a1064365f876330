// The built plugin's editor extension in a real CodeMirror 6 editor: lesson cards in Live Preview.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium } from './browser';
import { LESSON_A, LESSON_B } from './sampleVault';
import { onShim } from './shimPage';
import { useShim } from './useShim';

const card = (page: Page, unit: number) => page.locator(`.markdown-source-view .bl-live-card[data-bl-unit="${unit}"]`);
const rawLine = (page: Page, text: string) => page.locator('.markdown-source-view .cm-line', { hasText: text });
/** Scrolls the editor to a unit's header (CodeMirror draws only what is near the viewport) and waits for its card. */
async function scrollToUnit(page: Page, unit: number): Promise<void> {
	await onShim(page, (shim, n) => {
		const cm = shim.activeView()!.editMode!.cm;
		const at = cm.state.doc.toString().search(new RegExp(`^\\(${n}\\)`, 'm'));
		cm.scrollDOM.scrollTop = cm.lineBlockAt(at).top - 100;
	}, unit);
	await card(page, unit).waitFor();
}

/** Where the cursor is, as a 1-based line of the editor. */
const cursorLine = (page: Page) => onShim(page, (shim) => {
	const cm = shim.activeView()!.editMode!.cm;
	return cm.state.doc.lineAt(cm.state.selection.main.head).number;
});

describe.skipIf(!hasChromium)('cards in Live Preview', () => {
	const shim = useShim();

	it('render the units as cards in Live Preview, and none in source mode', async () => {
		const page = await shim().open({ note: LESSON_B, mode: 'live' });
		await expect(card(page, 1).locator('.bl-unit-number').textContent()).resolves.toBe('1');
		await expect(card(page, 1).locator('.bl-term', { hasText: 'productionize' }).locator('.bl-gloss').textContent()).resolves.toContain('推向生产环境');
		await expect(card(page, 1).locator('.bl-clause').count()).resolves.toBe(3);
		await expect(card(page, 1).locator('.bl-chip').count()).resolves.toBe(4);
		await expect(rawLine(page, '(1) [20:24-20:49]').count()).resolves.toBe(0);
		// The whole lesson is cards: scrolled to it, the last unit is one too.
		await scrollToUnit(page, 37);
		await expect(card(page, 37).locator('.bl-chip').count()).resolves.toBeGreaterThan(0);

		// CodeMirror draws the switched mode in its next frame: wait for it (a busy machine takes a while).
		await onShim(page, (shim) => shim.setMode('source'));
		await expect.poll(() => rawLine(page, '解析：').count(), { timeout: 10_000 }).toBeGreaterThan(0);
		await expect(page.locator('.bl-live-card').count()).resolves.toBe(0);
		await onShim(page, (shim) => shim.setMode('live'));
		await expect.poll(() => page.locator('.bl-live-card').count(), { timeout: 10_000 }).toBeGreaterThan(0);
	});

	it('open a unit\'s markdown when it is clicked, and show its card again once the cursor leaves', async () => {
		const page = await shim().open({ note: LESSON_A, mode: 'live' });
		await card(page, 2).locator('.bl-translation').click();
		await expect(card(page, 2).count()).resolves.toBe(0);
		await expect(rawLine(page, '(2) [15:22-').count()).resolves.toBe(1);
		// The cursor stands on the translation's line, the part clicked.
		const line = await cursorLine(page);
		expect(await onShim(page, (shim, n) => shim.activeView()!.editMode!.cm.state.doc.line(n).text, line)).toMatch(/^我怀疑/);
		await expect(card(page, 1).count()).resolves.toBe(1);
		await expect(card(page, 3).count()).resolves.toBe(1);

		// Arrowing down out of the unit and past the separator brings its card back.
		for (let i = 0; i < 12 && (await card(page, 2).count()) === 0; i++) await page.keyboard.press('ArrowDown');
		await expect(card(page, 2).count()).resolves.toBe(1);
	});

	it('update a unit\'s card after typing in it', async () => {
		const page = await shim().open({ note: LESSON_A, mode: 'live' });
		await scrollToUnit(page, 3);
		const english = card(page, 3).locator('.bl-english');
		await english.click();
		// Variant A: the English is the header line's bold text; type before its closing `**`.
		await page.keyboard.press('End');
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.type(' Bees hum.');
		await expect(rawLine(page, 'Bees hum.').count()).resolves.toBe(1);
		// Another card stays the element it was: only the unit typed in is drawn anew.
		await card(page, 4).evaluate((el) => el.setAttribute('data-test-kept', 'yes'));
		await page.keyboard.type(' Honey.');
		for (let i = 0; i < 16 && (await card(page, 3).count()) === 0; i++) await page.keyboard.press('ArrowDown');
		await expect(card(page, 3).locator('.bl-english').textContent()).resolves.toContain('Bees hum. Honey.');
		await expect(card(page, 4).getAttribute('data-test-kept')).resolves.toBe('yes');
		expect(await onShim(page, (shim) => shim.activeView()!.data.includes('Bees hum. Honey.'))).toBe(true);
	});

	it('hide translations in study mode, by the header button too, and reveal a unit by click or key', async () => {
		const page = await shim().open({ note: LESSON_A, mode: 'live' });
		const button = page.locator('.view-action[aria-label="Toggle study mode"]');
		await button.click();
		await expect(button.getAttribute('class')).resolves.toContain('is-active');
		await expect(card(page, 1).locator('.bl-translation p').isVisible()).resolves.toBe(false);
		await expect(card(page, 1).getAttribute('class')).resolves.toContain('bl-concealed');

		await card(page, 1).locator('.bl-reveal').click();
		await expect(card(page, 1).locator('.bl-translation p').isVisible()).resolves.toBe(true);
		// The click revealed; it did not open the unit's markdown.
		await expect(card(page, 1).count()).resolves.toBe(1);

		await card(page, 2).locator('.bl-reveal').focus();
		await page.keyboard.press('Enter');
		await expect(card(page, 2).locator('.bl-translation p').isVisible()).resolves.toBe(true);
		await expect(card(page, 3).locator('.bl-translation p').isVisible()).resolves.toBe(false);

		await onShim(page, (shim) => shim.runCommand('reveal-all'));
		await expect(card(page, 3).locator('.bl-translation p').isVisible()).resolves.toBe(true);
		await onShim(page, (shim) => shim.runCommand('toggle-study-mode'));
		await expect(button.getAttribute('class')).resolves.not.toContain('is-active');
	});

	it('offer the study toggle where cards show, not in source mode', async () => {
		const page = await shim().open({ note: LESSON_A, mode: 'source' });
		const button = page.locator('.view-action[aria-label="Toggle study mode"]');
		await expect(button.count()).resolves.toBe(0);
		await expect(onShim(page, (shim) => shim.runCommand('toggle-study-mode'))).rejects.toThrow(/not available/);
		await onShim(page, (shim) => shim.setMode('live'));
		await expect(button.count()).resolves.toBe(1);
		await onShim(page, (shim) => shim.setMode('preview'));
		await expect(button.count()).resolves.toBe(1);
	});
});
