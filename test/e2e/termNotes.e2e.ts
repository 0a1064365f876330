// The built plugin's term notes in headless Chromium: created from the lessons, linked both ways, links resolve.
import { describe, expect, it } from 'vitest';
import { hasChromium } from './browser';
import { LESSON_A } from './sampleVault';
import { useShim } from './useShim';

describe.skipIf(!hasChromium)('term notes', () => {
	const shim = useShim();

	it('are created for the vault after the preview, and link lessons and notes both ways', async () => {
		const page = await shim().open({ note: LESSON_A });
		await page.evaluate(() => void window.shim.runCommand('update-term-notes-for-vault'));
		const modal = page.locator('.modal', { hasText: 'Term notes preview' });
		await expect(modal.locator('h4').first().textContent()).resolves.toMatch(/^Create \(\d+\)$/);
		await modal.getByRole('button', { name: 'Apply' }).click();
		await page.waitForFunction(() => window.shim.plugin && (window.shim.plugin as unknown as { termNotes: { pathFor(k: string): string | null } }).termNotes.pathFor('inference layer') !== null);
		await page.evaluate(() => window.shim.rendered());

		const notePath = await page.evaluate(() => (window.shim.plugin as unknown as { termNotes: { pathFor(k: string): string | null } }).termNotes.pathFor('inference layer'));
		expect(notePath).toMatch(/^Terms\/.+\.md$/);
		const lessonLinks = await page.evaluate((path) => window.shim.app.metadataCache.resolvedLinks[path!], notePath);
		expect(Object.keys(lessonLinks ?? {})).toContain(LESSON_A);

		// In the lesson, the 🔥 term's chip now links to its note; a click opens it.
		const chip = page.locator('.bl-card-block[data-bl-unit="1"] a.bl-chip', { hasText: 'inference layer' });
		await expect(chip.getAttribute('data-href')).resolves.toBe(notePath);
		await chip.hover();
		await expect(page.evaluate(() => window.shim.hoverLinks.at(-1))).resolves.toMatchObject({ linktext: notePath, sourcePath: LESSON_A });
		await chip.click();
		await page.evaluate(() => window.shim.rendered());
		await expect(page.evaluate(() => window.shim.app.workspace.getActiveFile()?.path)).resolves.toBe(notePath);

		// In the note, the link to the unit resolves and opens the lesson at that unit.
		const back = page.locator('.mod-root .workspace-leaf:not(.is-hidden) .markdown-preview-section a.internal-link[data-href$="#^unit-1"]');
		await expect(back.getAttribute('class')).resolves.not.toContain('is-unresolved');
		await back.click();
		await page.evaluate(() => window.shim.rendered());
		await expect(page.evaluate(() => window.shim.app.workspace.getActiveFile()?.path)).resolves.toBe(LESSON_A);
		const flashing = page.locator('.mod-root .workspace-leaf:not(.is-hidden) .is-flashing');
		await expect(flashing.getAttribute('data-bl-unit')).resolves.toBe('1');
	});
});
