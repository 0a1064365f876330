import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The README's commands, run as written (the last step of `npm test`: its demo builds the plugin again).
export default defineConfig({
	root: fileURLToPath(new URL('../..', import.meta.url)),
	test: {
		include: ['test/readme/**/*.readme.ts'],
		environment: 'node',
		fileParallelism: false,
		testTimeout: 600_000,
	},
});
