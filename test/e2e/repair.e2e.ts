// The built plugin repairs a mis-encoded lesson in headless Chromium: the diagnostic's button, the preview, one rewrite, the copy.
import { describe, expect, it } from 'vitest';
import { repairEncoding } from '../../src/core/repair/repairEncoding';
import { hasChromium } from './browser';
import { MIS_ENCODED, repairVault } from './repairVault';
import { onShim } from './shimPage';
import { useShim } from './useShim';

const broken = repairVault()[MIS_ENCODED];

describe.skipIf(!hasChromium)('repairing text encoding', () => {
	const shim = useShim(repairVault());

	it('previews the repair from the diagnostic and, on accept, rewrites the lesson once and keeps the original', async () => {
		const page = await shim().open({ note: MIS_ENCODED });
		const readFile = (path: string) => onShim(page, (s, p) => { const file = s.app.vault.getFileByPath(p); return file ? s.app.vault.peek(file) : null; }, path);
		const repair = page.locator('.markdown-preview-view .bl-diagnostics button.bl-diagnostic-repair');
		await expect(repair.isVisible()).resolves.toBe(true);
		await repair.click();

		const modal = page.locator('.modal.bl-repair-modal');
		const expected = repairEncoding(broken)!;
		await expect(modal.locator('.bl-repair-counts').textContent()).resolves.toBe(
			`${expected.repaired} characters repaired: ${expected.certain} certain, ${expected.uncertain} uncertain (marked).`,
		);
		await expect(modal.locator('.bl-repair-uncertain').count()).resolves.toBe(expected.uncertain);
		// Marked so a person sees it: the mark has a background of its own.
		const background = await modal.locator('.bl-repair-uncertain').first().evaluate((el) => getComputedStyle(el).backgroundColor);
		expect(background).not.toMatch(/^rgba\(0, 0, 0, 0\)$|^transparent$/);
		await expect(readFile(MIS_ENCODED)).resolves.toBe(broken);

		await modal.locator('.checkbox-container').click();
		await modal.getByRole('button', { name: 'Accept' }).click();
		await expect.poll(() => readFile(MIS_ENCODED), { timeout: 10_000 }).toBe(expected.text);
		await expect(readFile('Lessons/espresso-shot (original).md')).resolves.toBe(broken);
		await onShim(page, (s) => s.rendered());
		// The lesson reads now: its cards are drawn.
		await expect.poll(() => page.locator('.markdown-preview-view .bl-card-block.bl-card-first').count(), { timeout: 10_000 }).toBe(6);
		expect(shim().takeErrors()).toEqual([]);
	});
});
