/**
 * The real setTimeout, taken when the double loads. The double's own waits (a file read, the metadata cache
 * indexing a change) stand for the app's I/O, not for the plugin's timers: they pass even while a test fakes
 * the timers the plugin sets (its debounces, delays and turns), which then run only as the test runs the time.
 */
const realSetTimeout = globalThis.setTimeout.bind(globalThis);

/** Runs `fn` in a later task of the real event loop. */
export function laterTask(fn: () => void): void {
	realSetTimeout(fn, 0);
}

/** Resolves in a later task of the real event loop. */
export function ioTask(): Promise<void> {
	return new Promise((resolve) => laterTask(resolve));
}
