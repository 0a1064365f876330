import type * as O from 'obsidian';
import { vi } from 'vitest';
import manifest from '../../manifest.json';
import { App } from './app';
import { ioTask } from './ioTask';
import type { Component } from './component';
import { MarkdownView, type ViewMode } from './markdownView';

export interface LoadOptions {
	/** Vault files, path → text. */
	files?: Record<string, string>;
	/** What the plugin's data.json holds. */
	data?: unknown;
	/** Whether the workspace layout is ready when the plugin loads (as when it is enabled later). */
	layoutReady?: boolean;
}

/**
 * Loads a plugin class into a fresh app as Obsidian does: construct with the manifest, `load()`,
 * wait for an async `onload`, then mark the layout ready.
 */
export async function loadPlugin<P extends O.Plugin>(
	PluginClass: new (app: O.App, manifest: O.PluginManifest) => P,
	{ files = {}, data, layoutReady = true }: LoadOptions = {},
): Promise<{ app: App; plugin: P }> {
	const app = new App(files);
	if (data !== undefined) app.registry.pluginData.set(manifest.id, JSON.stringify(data));
	const plugin = new PluginClass(app as unknown as O.App, manifest);
	plugin.load();
	await whileTimeRuns((plugin as unknown as Component).whenLoaded);
	if (layoutReady) app.workspace.setLayoutReady();
	await app.metadataCache.settled();
	return { app, plugin };
}

/** The fake time a test's timers are given to settle one promise: far more than any wait of the plugin's. */
const FAKE_TIME_LIMIT_MS = 120_000;

/**
 * Waits for `promise`. Under a test's fake timers the time it waits for is run, a few milliseconds at a time
 * (timers, then the promises they resolve), so a wait on the plugin's debounces and turns costs no real time.
 */
export async function whileTimeRuns<T>(promise: Promise<T>, stepMs = 5): Promise<T> {
	if (!vi.isFakeTimers()) return promise;
	let done = false;
	const settled = promise.finally(() => (done = true));
	for (let ran = 0; !done; ran += stepMs) {
		if (ran > FAKE_TIME_LIMIT_MS) throw new Error(`still waiting after ${FAKE_TIME_LIMIT_MS} ms of fake time`);
		await ioTask();
		await vi.advanceTimersByTimeAsync(stepMs);
	}
	return settled;
}

/** Lets `ms` of time pass: under a test's fake timers a few milliseconds at a time, the double's I/O between, costing no real wait; else really. */
export async function passTime(ms: number, stepMs = 5): Promise<void> {
	if (!vi.isFakeTimers()) return void (await new Promise((resolve) => setTimeout(resolve, ms)));
	for (let ran = 0; ran < ms; ran += stepMs) {
		await ioTask();
		await vi.advanceTimersByTimeAsync(stepMs);
	}
}

/** Lets the plugin's pending reads, runs and debounces finish, and the metadata cache with them (under fake timers, in fake time). */
export async function quiet(app: App): Promise<void> {
	for (let i = 0; i < 5; i++) {
		await passTime(50);
		await app.metadataCache.settled();
	}
}

/** The timers a plugin test fakes: the plugin's debounces, delays and turns, and the double's; not Date or performance. */
export const FAKE_TIMERS: Parameters<typeof vi.useFakeTimers>[0] = { toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] };

/** Opens `path` in the main leaf, in reading view unless told; resolves when every block is post-processed. */
export async function openNote(app: App, path: string, mode: ViewMode = 'preview'): Promise<MarkdownView> {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`No file ${path}`);
	const leaf = app.workspace.getLeaf(false);
	await leaf.openFile(file, { state: { mode: mode === 'preview' ? 'preview' : 'source', source: mode === 'source' } });
	if (!(leaf.view instanceof MarkdownView)) throw new Error('The leaf did not open a markdown view');
	await leaf.view.whenRendered();
	return leaf.view;
}
