// The browser shim: an Obsidian-like page that loads the built main.js unchanged, as Obsidian does
// (CommonJS, `require('obsidian')`), over the test double. Bundled by esbuild (see ../site.ts).
import type * as O from 'obsidian';
import * as cmState from '@codemirror/state';
import * as cmView from '@codemirror/view';
import { installDomHelpers } from '../../obsidian-double/dom';
import * as obsidian from '../../obsidian-double/obsidian';
import { App, MarkdownView } from '../../obsidian-double/obsidian';
import { useIcons } from '../../obsidian-double/util';
import { buildChrome, showRibbonIcons, showSettings } from './chrome';
import type { ShimApi, ShimWindow } from './protocol';

const page = window as unknown as Window & ShimWindow;

/** Below this width the page lays itself out as Obsidian's phone app: one pane at a time. */
const PHONE_QUERY = '(max-width: 599px)';

/** What Obsidian provides to a plugin's `require`: its API (here the double) and the CodeMirror it runs on. */
const PROVIDED: Record<string, unknown> = { obsidian, '@codemirror/state': cmState, '@codemirror/view': cmView };

/** The tiny CommonJS loader: runs main.js with `require` mapped to what Obsidian provides. */
function loadPluginClass(): new (app: O.App, manifest: O.PluginManifest) => O.Plugin {
	const module: { exports: Record<string, unknown> } = { exports: {} };
	page.shimPlugin(module, module.exports, (name) => {
		if (name in PROVIDED) return PROVIDED[name];
		throw new Error(`Cannot find module '${name}'`);
	});
	return (module.exports.default ?? module.exports) as new (app: O.App, manifest: O.PluginManifest) => O.Plugin;
}

async function boot(): Promise<ShimApi> {
	installDomHelpers(window);
	const params = new URLSearchParams(location.search);
	useIcons(page.shimIcons);
	// A phone: `?phone=1`, or (unless `?phone=0`) a window as narrow as PHONE_QUERY says, as a phone's browser opening the preview.
	const phone = params.get('phone') === '1' || (params.get('phone') !== '0' && matchMedia(PHONE_QUERY).matches);
	document.body.addClass(params.get('theme') === 'dark' ? 'theme-dark' : 'theme-light');
	if (phone) {
		Object.assign(obsidian.Platform, { isDesktop: false, isDesktopApp: false, isMobile: true, isMobileApp: true, isPhone: true, isLinux: false });
		document.body.addClasses(['is-mobile', 'is-phone']);
	}
	// `?lang=zh` stands for Obsidian's app language (what getLanguage reports).
	obsidian.setAppLanguage(params.get('lang') ?? 'en');
	const { manifest, files } = page.shimData;
	const app = new App(files);
	// Obsidian serves vault files by its own URL scheme: here a media file, kept as a binary string, plays from a blob URL.
	const blobs = new Map<string, string>();
	app.vault.getResourcePath = (file) => {
		let url = blobs.get(file.path);
		if (!url) blobs.set(file.path, (url = URL.createObjectURL(new Blob([Uint8Array.from(app.vault.peek(file) ?? '', (c) => c.charCodeAt(0))]))));
		return url;
	};
	if (params.get('order') === 'reverse') app.registry.sectionOrder = 'reverse';
	// `?lazy=N`: the reading view draws its first N blocks, the rest as it scrolls, as Obsidian's does near the viewport.
	if (params.get('lazy')) app.registry.lazySections = Number(params.get('lazy'));
	const PluginClass = loadPluginClass();
	const plugin = new PluginClass(app as unknown as O.App, manifest);
	buildChrome(app, document.body);
	plugin.load();
	await (plugin as unknown as obsidian.Component).whenLoaded;
	showRibbonIcons(app, document.body);
	app.workspace.setLayoutReady();
	await app.metadataCache.settled();

	const api: ShimApi = {
		app,
		plugin,
		async openNote(path, mode = 'preview') {
			const file = app.vault.getFileByPath(path);
			if (!file) throw new Error(`No file ${path}`);
			const leaf = app.workspace.getLeaf(false);
			await leaf.openFile(file, { state: { mode: mode === 'preview' ? 'preview' : 'source', source: mode === 'source' } });
			await api.rendered();
		},
		async setMode(mode) {
			api.activeView()?.setMode(mode);
			await api.rendered();
		},
		activeView: () => app.workspace.getActiveViewOfType(MarkdownView),
		async rendered() {
			await app.metadataCache.settled();
			// The glossary builds its index in short tasks after layout-ready, as in Obsidian: wait for the build.
			await (plugin as unknown as { context: { glossary: { ready: Promise<void> } } }).context.glossary.ready;
			for (const leaf of app.workspace.getLeavesOfType('markdown')) if (leaf.view instanceof MarkdownView) await leaf.view.whenRendered();
		},
		async runCommand(id) {
			await app.registry.runCommand(id);
			await api.rendered();
		},
		openSettings: () => showSettings(app),
		notices: obsidian.notices,
		hoverLinks: [],
	};
	app.workspace.on('hover-link', (info) => api.hoverLinks.push(info as ShimApi['hoverLinks'][number]));
	// On a phone the right sidebar is a drawer over the note: open while a side view is revealed, closed on opening a note.
	app.workspace.on('layout-change', () => document.body.toggleClass('shim-side-open', phone && app.workspace.activeLeaf?.side === 'right'));
	app.workspace.on('file-open', () => document.body.removeClass('shim-side-open'));
	const note = params.get('note') ?? page.shimData.open;
	const mode = params.get('mode');
	if (note) await api.openNote(note, mode === 'live' || mode === 'source' ? mode : 'preview');
	const command = params.get('command');
	if (command) await api.runCommand(command);
	if (params.get('settings') === '1') api.openSettings();
	document.body.addClass('shim-ready');
	return api;
}

void boot().then(
	(api) => (page.shim = api),
	(error: unknown) => {
		console.error(error);
		document.body.createEl('pre', { cls: 'shim-error', text: String(error instanceof Error ? (error.stack ?? error.message) : error) });
	},
);
