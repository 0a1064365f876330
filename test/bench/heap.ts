import v8 from 'node:v8';
import vm from 'node:vm';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** Heap in use (MB) after full collections: what is still held, not what is garbage. */
export function heapMb(): number {
	gc();
	gc();
	return process.memoryUsage().heapUsed / (1024 * 1024);
}
