// Where the end-to-end tests look for a Chromium (or Chrome) to drive; they never download one.
import { existsSync } from 'node:fs';
import { win32 } from 'node:path';

export interface ChromiumLookup {
	/** The browser found, or null. */
	path: string | null;
	/** Every place looked at, in order, for the message when none is found. */
	tried: string[];
	/** CHROMIUM_PATH named a file that is not there: an error, not a reason to look elsewhere. */
	explicitMissing: boolean;
}

export interface LookupHost {
	env: Record<string, string | undefined>;
	platform: string;
	exists: (path: string) => boolean;
}

/** The usual install places on `platform`, after Debian's /usr/bin/chromium. */
function usualPlaces({ env, platform }: LookupHost): string[] {
	if (platform === 'darwin') {
		return ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];
	}
	if (platform === 'win32') {
		const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter((root): root is string => Boolean(root));
		return roots.flatMap((root) => [win32.join(root, 'Chromium', 'Application', 'chrome.exe'), win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe')]);
	}
	return ['/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome'];
}

/** CHROMIUM_PATH when set, else /usr/bin/chromium, else the platform's usual places: the first that exists. */
export function findChromium(host: LookupHost = { env: process.env, platform: process.platform, exists: existsSync }): ChromiumLookup {
	const explicit = host.env.CHROMIUM_PATH;
	if (explicit) return { path: host.exists(explicit) ? explicit : null, tried: [explicit], explicitMissing: !host.exists(explicit) };
	const tried = ['/usr/bin/chromium', ...usualPlaces(host)];
	return { path: tried.find((place) => host.exists(place)) ?? null, tried, explicitMissing: false };
}

/** Why no browser was found, and how to get one. */
export function missingChromium({ tried, explicitMissing }: ChromiumLookup): string {
	if (explicitMissing) return `CHROMIUM_PATH is ${tried[0]}, which is not there`;
	return `no Chromium at ${tried.join(', ')} (install one, e.g. apt-get install chromium, or set CHROMIUM_PATH)`;
}

/** The last line of an e2e run that found no browser (and failed not otherwise), or null when it had one. */
export function skipSummary(lookup: ChromiumLookup, reason: string): string | null {
	return lookup.path === null && reason === 'passed' ? `END-TO-END TESTS SKIPPED: ${missingChromium(lookup)}.` : null;
}
