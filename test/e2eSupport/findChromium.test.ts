// The end-to-end tests' browser lookup (test/e2e is run by its own config, so this unit test lives here).
import { describe, expect, it } from 'vitest';
import { findChromium, skipSummary, type LookupHost } from '../e2e/findChromium';

/** A machine with only `present` installed. */
function host(platform: string, present: string[], env: Record<string, string> = {}): LookupHost {
	return { platform, env, exists: (path) => present.includes(path) };
}

const DEBIAN = '/usr/bin/chromium';
const MAC_CHROMIUM = '/Applications/Chromium.app/Contents/MacOS/Chromium';
const MAC_CHROME = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
const WIN_ENV = { LOCALAPPDATA: 'C:\\Users\\mei\\AppData\\Local', PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' };

describe('finding Chromium for the end-to-end tests', () => {
	it('takes CHROMIUM_PATH first, even over an installed /usr/bin/chromium', () => {
		const lookup = findChromium(host('linux', ['/opt/cr/chrome', DEBIAN], { CHROMIUM_PATH: '/opt/cr/chrome' }));
		expect(lookup).toEqual({ path: '/opt/cr/chrome', tried: ['/opt/cr/chrome'], explicitMissing: false });
	});

	it('does not look elsewhere when CHROMIUM_PATH names no file, and says so', () => {
		const lookup = findChromium(host('linux', [DEBIAN], { CHROMIUM_PATH: '/opt/gone/chrome' }));
		expect(lookup).toMatchObject({ path: null, explicitMissing: true });
		expect(skipSummary(lookup, 'passed')).toBe('END-TO-END TESTS SKIPPED: CHROMIUM_PATH is /opt/gone/chrome, which is not there.');
	});

	it('then takes Debian\'s /usr/bin/chromium, on any platform', () => {
		expect(findChromium(host('linux', [DEBIAN, '/usr/bin/google-chrome'])).path).toBe(DEBIAN);
		expect(findChromium(host('darwin', [DEBIAN, MAC_CHROMIUM])).path).toBe(DEBIAN);
	});

	it('then the usual macOS places, Chromium before Chrome', () => {
		expect(findChromium(host('darwin', [MAC_CHROME, MAC_CHROMIUM])).path).toBe(MAC_CHROMIUM);
		expect(findChromium(host('darwin', [MAC_CHROME])).path).toBe(MAC_CHROME);
	});

	it('then the usual Windows places: the user\'s own install, then Program Files, then Program Files (x86)', () => {
		const chromeX86 = 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe';
		const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
		const userChromium = 'C:\\Users\\mei\\AppData\\Local\\Chromium\\Application\\chrome.exe';
		expect(findChromium(host('win32', [chromeX86], WIN_ENV)).path).toBe(chromeX86);
		expect(findChromium(host('win32', [chromeX86, chrome], WIN_ENV)).path).toBe(chrome);
		expect(findChromium(host('win32', [chromeX86, chrome, userChromium], WIN_ENV)).path).toBe(userChromium);
	});

	it('lists every place it looked when it finds none, and a run that skipped says so last; one with a browser says nothing', () => {
		const none = findChromium(host('darwin', []));
		expect(none).toEqual({ path: null, tried: [DEBIAN, MAC_CHROMIUM, MAC_CHROME], explicitMissing: false });
		expect(skipSummary(none, 'passed')).toBe(`END-TO-END TESTS SKIPPED: no Chromium at ${[DEBIAN, MAC_CHROMIUM, MAC_CHROME].join(', ')} (install one, e.g. apt-get install chromium, or set CHROMIUM_PATH).`);
		expect(skipSummary(none, 'failed')).toBeNull();
		expect(skipSummary(findChromium(host('linux', [DEBIAN])), 'passed')).toBeNull();
	});
});
