// Writes docs/screenshots/*.png: a sample lesson and the glossary, light and dark, desktop and phone widths.
// Run with `npm run screenshots` (needs Chromium and, for the Chinese text, fonts-noto-cjk and fonts-noto-color-emoji).
import { mkdir } from 'node:fs/promises';
import { LESSON_B } from './sampleVault';
import { startShim } from './shimPage';

const OUT = new URL('../../docs/screenshots/', import.meta.url);
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 375, height: 812 } };
const SHOTS: Record<string, Record<string, string>> = {
	lesson: { note: LESSON_B },
	study: { note: LESSON_B, command: 'toggle-study-mode' },
	glossary: { note: LESSON_B, command: 'open-glossary' },
};

await mkdir(OUT, { recursive: true });
const shim = await startShim();
try {
	for (const [shot, params] of Object.entries(SHOTS)) {
		for (const theme of ['light', 'dark']) {
			for (const [width, viewport] of Object.entries(VIEWPORTS)) {
				const page = await shim.open({ ...params, theme, ...(width === 'phone' ? { phone: '1' } : {}) }, viewport);
				const path = new URL(`${shot}-${theme}-${width}.png`, OUT).pathname;
				await page.screenshot({ path });
				await page.close();
				console.log(`wrote ${path}`);
			}
		}
	}
} finally {
	await shim.close();
}
