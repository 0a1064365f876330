import type * as O from 'obsidian';

/** Obsidian's normalizePath: `\` and runs of `/` become one `/`, no leading or trailing `/` (the root is `/`), NBSPs become spaces, NFC. */
export function normalizePath(path: string): string {
	const slashes = path.replace(/[\\/]+/g, '/').replace(/^\/+|\/+$/g, '');
	return (slashes === '' ? '/' : slashes).replace(/[\u00A0\u202F]/g, ' ').normalize('NFC');
}

/** The link path of a link text: everything before the first `#`. */
export function getLinkpath(linktext: string): string {
	return parseLinktext(linktext).path;
}

export function parseLinktext(linktext: string): { path: string; subpath: string } {
	const hash = linktext.indexOf('#');
	return hash < 0 ? { path: linktext, subpath: '' } : { path: linktext.slice(0, hash), subpath: linktext.slice(hash) };
}

/** Obsidian's debounce: runs `cb` `timeout` ms after the first (or, with `resetTimer`, the last) call, with the last arguments. */
export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): O.Debouncer<T, V> {
	let timer: ReturnType<typeof setTimeout> | null = null;
	let lastArgs: T | null = null;
	const run = (): V | void => {
		if (timer !== null) clearTimeout(timer);
		timer = null;
		if (lastArgs === null) return;
		const args = lastArgs;
		lastArgs = null;
		return cb(...args);
	};
	const debounced = (...args: [...T]) => {
		lastArgs = args;
		if (timer !== null && !resetTimer) return debounced;
		if (timer !== null) clearTimeout(timer);
		timer = setTimeout(run, timeout);
		return debounced;
	};
	return Object.assign(debounced, {
		run,
		cancel: () => {
			if (timer !== null) clearTimeout(timer);
			timer = null;
			lastArgs = null;
			return debounced;
		},
	}) as O.Debouncer<T, V>;
}

/** Puts a placeholder icon (an `svg.svg-icon` named for the icon) into `parent`, replacing what was there. */
export function setIcon(parent: HTMLElement, iconId: string): void {
	const doc = parent.ownerDocument;
	const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
	svg.setAttribute('class', `svg-icon lucide-${iconId}`);
	svg.setAttribute('viewBox', '0 0 24 24');
	svg.setAttribute('width', '16');
	svg.setAttribute('height', '16');
	svg.dataset.icon = iconId;
	const circle = doc.createElementNS('http://www.w3.org/2000/svg', 'circle');
	for (const [k, v] of Object.entries({ cx: '12', cy: '12', r: '8', fill: 'none', stroke: 'currentColor', 'stroke-width': '2' })) circle.setAttribute(k, v);
	svg.appendChild(circle);
	while (parent.firstChild) parent.removeChild(parent.firstChild);
	parent.appendChild(svg);
}

/** Obsidian's `Keymap.isModEvent`: where a click asks to open (Ctrl/Cmd: a new tab, +Alt: a split, +Shift: a window). */
export const Keymap = {
	isModEvent(evt?: O.UserEvent | null): O.PaneType | boolean {
		if (!evt || !('ctrlKey' in evt) || !(evt.ctrlKey || evt.metaKey)) return false;
		if (evt.altKey) return evt.shiftKey ? 'window' : 'split';
		return 'tab';
	},
};

/** A desktop on Linux by default; tests and the phone screenshots flip the flags. */
export const Platform: typeof O.Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
	resourcePathPrefix: 'app://local/',
};

let appLanguage = 'en';

/** Obsidian's getLanguage: the app's language code, `en` unless a test set another with setAppLanguage. */
export function getLanguage(): string {
	return appLanguage;
}

/** Test helper: the language getLanguage reports from now on. */
export function setAppLanguage(language: string): void {
	appLanguage = language;
}
