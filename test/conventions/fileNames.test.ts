// One naming rule for the source files: a class lives in a PascalCase file named for it; functions,
// constants and types live in camelCase files.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));
/** Obsidian loads the plugin class from main.ts: its name is the platform's, not ours. */
const ENTRY = 'main.ts';

const sources = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
	.filter((path) => path.endsWith('.ts'))
	.map((path) => path.replaceAll('\\', '/'))
	.sort();
const exportedClasses = (path: string): string[] =>
	[...readFileSync(join(SRC, path), 'utf8').matchAll(/^export (?:default )?(?:abstract )?class (\w+)/gm)].map((m) => m[1]);
const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1, -'.ts'.length);

describe('source file names', () => {
	it('are PascalCase exactly for the files that export a class, and then name that class', () => {
		expect(sources.length).toBeGreaterThan(100);
		const misnamed = sources
			.filter((path) => path !== ENTRY)
			.filter((path) => {
				const classes = exportedClasses(path);
				return /^[A-Z]/.test(baseName(path)) ? !classes.includes(baseName(path)) : classes.length > 0;
			});
		expect(misnamed).toEqual([]);
	});
});
