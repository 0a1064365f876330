import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

import { findChromium } from './findChromium';

/** The Chromium the tests drive (see findChromium); never a downloaded browser. */
export const chromiumLookup = findChromium();

export const hasChromium = chromiumLookup.path !== null;

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--autoplay-policy=no-user-gesture-required', '--mute-audio'];

/** Launches headless Chromium with a fresh profile; `close()` also removes the profile. */
export async function launchBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
	const profile = await mkdtemp(join(tmpdir(), 'bl-chromium-'));
	const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumLookup.path!, args: ARGS, headless: true, viewport: { width: 1280, height: 800 } });
	return {
		context,
		close: async () => {
			await context.close();
			await rm(profile, { recursive: true, force: true });
		},
	};
}
