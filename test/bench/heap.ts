import v8 from 'node:v8';
import vm from 'node:vm';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** Heap in use (MB) after full collections: what is still held, not what is garbage; typed arrays' memory counted. */
export function heapMb(): number {
	gc();
	gc();
	const { heapUsed, arrayBuffers } = process.memoryUsage();
	return (heapUsed + arrayBuffers) / (1024 * 1024);
}
