// Runs before the e2e suite: without Chromium it is skipped locally (with a message) and fails in CI.
import { CHROMIUM, hasChromium } from './browser';

export default function setup(): void {
	if (hasChromium) return;
	if (process.env.CI) throw new Error(`End-to-end tests need Chromium at ${CHROMIUM} (CI installs it: apt-get install chromium).`);
	console.log(`\n  Skipping the end-to-end tests: no Chromium at ${CHROMIUM}. Install it with: apt-get install chromium\n`);
}
