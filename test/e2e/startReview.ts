// Opens the review in the shim: the vault's term notes made first, as a person would (the command, then Apply).
import type { Page } from 'playwright-core';
import type { TermNoteService } from '../../src/Obsidian/termNoteService';
import type { ShimWindow } from './shim/protocol';
import { onShim } from './shimPage';

/** Makes the term notes of the vault (the command, then Apply in its preview) and opens the review at its first card. */
export async function startReview(page: Page): Promise<void> {
	await onShim(page, (shim) => void shim.runCommand('update-term-notes-for-vault'));
	await page.locator('.modal', { hasText: 'Term notes preview' }).getByRole('button', { name: 'Apply' }).click();
	await page.waitForFunction(() => ((window as unknown as ShimWindow).shim.plugin as unknown as { context: { termNotes: TermNoteService } }).context.termNotes.notes().length > 0);
	await onShim(page, (shim) => shim.rendered());
	await onShim(page, (shim) => void shim.runCommand('review-due-terms'));
	await page.waitForSelector('.bl-review-card[data-side="front"]');
}
