import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
	root,
	resolve: {
		// The typed test double stands in for the `obsidian` package, which ships types only.
		alias: { obsidian: fileURLToPath(new URL('./obsidian-double/obsidian.ts', import.meta.url)) },
	},
	test: {
		include: ['test/**/*.test.ts'],
		exclude: ['test/e2e/**', 'node_modules/**'],
		setupFiles: ['test/setup-dom.ts'],
		environment: 'node',
		// Six sessions share two cores here: the default 5 s fails tests that take 1 s on a quiet machine.
		testTimeout: 30_000,
	},
});
