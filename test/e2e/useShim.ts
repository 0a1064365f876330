import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startShim, type ShimSession } from './shimPage';

/**
 * Starts the shim over the sample vault (or `files`) for the enclosing suite (and stops it after); call the result for
 * the session. A test whose pages threw or logged an error fails, whatever it checked itself.
 */
export function useShim(files?: Record<string, string>): () => ShimSession {
	let shim: ShimSession | undefined;
	beforeAll(async () => (shim = await startShim(files)));
	afterEach(() => {
		expect(shim?.takeErrors() ?? []).toEqual([]);
	});
	afterAll(() => shim?.close());
	return () => {
		if (!shim) throw new Error('The shim has not started');
		return shim;
	};
}
