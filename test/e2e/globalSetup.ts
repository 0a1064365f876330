// Runs before the e2e suite: without Chromium it is skipped locally (with a message, repeated by
// SkipSummaryReporter as the run's last line) and fails in CI or when CHROMIUM_PATH names no file.
import { chromiumLookup, hasChromium } from './browser';
import { missingChromium } from './findChromium';

export default function setup(): void {
	if (hasChromium) return;
	if (process.env.CI || chromiumLookup.explicitMissing) throw new Error(`End-to-end tests need a browser: ${missingChromium(chromiumLookup)}.`);
	console.log(`\n  Skipping the end-to-end tests: ${missingChromium(chromiumLookup)}.\n`);
}
