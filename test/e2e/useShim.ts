import { afterAll, beforeAll } from 'vitest';
import { startShim, type ShimSession } from './shimPage';

/** Starts the sample vault's shim for the enclosing suite (and stops it after); call the result for the session. */
export function useShim(): () => ShimSession {
	let shim: ShimSession | undefined;
	beforeAll(async () => (shim = await startShim()));
	afterAll(() => shim?.close());
	return () => {
		if (!shim) throw new Error('The shim has not started');
		return shim;
	};
}
