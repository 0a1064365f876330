// The built plugin's term notes in headless Chromium: created from the lessons, linked both ways, links resolve.
import { describe, expect, it } from 'vitest';
import type { TermNoteService } from '../../src/Obsidian/termNoteService';
import { hasChromium } from './browser';
import { LESSON_A } from './sampleVault';
import { onShim } from './shimPage';
import { useShim } from './useShim';

/** The plugin's term note service, as cards and the glossary use it. */
type WithTermNotes = { context: { termNotes: TermNoteService } };

describe.skipIf(!hasChromium)('term notes', () => {
	const shim = useShim();

	it('are created for the vault after the preview, and link lessons and notes both ways', async () => {
		const page = await shim().open({ note: LESSON_A });
		// Links go to units once the lesson has block ids, which only their command writes (through the editor, saved as typing is).
		await onShim(page, (shim) => void shim.runCommand('add-unit-block-ids'));
		const blockOfUnit1 = () => onShim(page, (shim, path) => shim.app.metadataCache.getCache(path)?.blocks?.['unit-1']?.id ?? null, LESSON_A);
		await expect.poll(blockOfUnit1, { timeout: 10_000 }).toBe('unit-1');
		await onShim(page, (shim) => void shim.runCommand('update-term-notes-for-vault'));
		const modal = page.locator('.modal', { hasText: 'Term notes preview' });
		await expect(modal.locator('h4').first().textContent()).resolves.toMatch(/^Create \(\d+\)$/);
		await modal.getByRole('button', { name: 'Apply' }).click();
		const notePathOf = (key: string) => onShim(page, (shim, k) => (shim.plugin as unknown as WithTermNotes).context.termNotes.pathFor(k), key);
		await expect.poll(() => notePathOf('inference layer')).not.toBeNull();
		await onShim(page, (shim) => shim.rendered());

		const notePath = await notePathOf('inference layer');
		expect(notePath).toMatch(/^Terms\/.+\.md$/);
		const lessonLinks = await onShim(page, (shim, path) => shim.app.metadataCache.resolvedLinks[path!], notePath);
		expect(Object.keys(lessonLinks ?? {})).toContain(LESSON_A);

		// In the lesson, the 🔥 term's chip now links to its note; a click opens it.
		const chip = page.locator('.bl-card-block[data-bl-unit="1"] a.bl-chip', { hasText: 'inference layer' });
		await expect(chip.getAttribute('data-href')).resolves.toBe(notePath);
		await chip.hover();
		await expect(onShim(page, (shim) => shim.hoverLinks.at(-1))).resolves.toMatchObject({ linktext: notePath, sourcePath: LESSON_A });
		await chip.click();
		await onShim(page, (shim) => shim.rendered());
		await expect(onShim(page, (shim) => shim.app.workspace.getActiveFile()?.path)).resolves.toBe(notePath);

		// In the note, the link to the unit resolves and opens the lesson at that unit.
		const back = page.locator('.mod-root .workspace-leaf:not(.is-hidden) .markdown-preview-section a.internal-link[data-href$="#^unit-1"]');
		await expect(back.getAttribute('class')).resolves.not.toContain('is-unresolved');
		await back.click();
		await onShim(page, (shim) => shim.rendered());
		await expect(onShim(page, (shim) => shim.app.workspace.getActiveFile()?.path)).resolves.toBe(LESSON_A);
		const flashing = page.locator('.mod-root .workspace-leaf:not(.is-hidden) .is-flashing');
		await expect(flashing.getAttribute('data-bl-unit')).resolves.toBe('1');
	});
});
