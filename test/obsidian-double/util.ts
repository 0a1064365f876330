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

/** Icons by name, each its SVG's child elements as Lucide's icon-nodes.json lists them: [tag, attributes]. */
export type IconNodes = Record<string, [string, Record<string, string>][]>;

let icons: IconNodes = {};

/** Test helper: setIcon draws these (the browser shim gives it Lucide's, as Obsidian has); unknown names get a placeholder circle. */
export function useIcons(nodes: IconNodes): void {
	icons = nodes;
}

const PLACEHOLDER: IconNodes[string] = [['circle', { cx: '12', cy: '12', r: '8' }]];

/** Obsidian's setIcon: an `svg.svg-icon.lucide-NAME` drawn as Lucide draws it, replacing what `parent` held. */
export function setIcon(parent: HTMLElement, iconId: string): void {
	const doc = parent.ownerDocument;
	const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
	const attributes = { class: `svg-icon lucide-${iconId}`, viewBox: '0 0 24 24', width: '24', height: '24', fill: 'none', stroke: 'currentColor', 'stroke-width': '2', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' };
	for (const [k, v] of Object.entries(attributes)) svg.setAttribute(k, v);
	svg.dataset.icon = iconId;
	for (const [tag, attrs] of icons[iconId] ?? PLACEHOLDER) {
		const child = doc.createElementNS('http://www.w3.org/2000/svg', tag);
		for (const [k, v] of Object.entries(attrs)) child.setAttribute(k, v);
		svg.appendChild(child);
	}
	parent.replaceChildren(svg);
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
