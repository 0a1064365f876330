// The three areas issue 19 reports a mutation score for, and the source files in each (the same files stryker.config.mjs mutates).
import { readdirSync } from 'node:fs';

export const AREAS = {
	core: (file) => file.startsWith('src/core/') || file === 'src/settings.ts',
	render: (file) => file.startsWith('src/render/'),
	Obsidian: (file) => file.startsWith('src/Obsidian/') || file === 'src/main.ts',
};

const EXCLUDED = [/^src\/cli\//, /^src\/lang\//, /^src\/core\/repair\/wordTable[^/]*\.ts$/, /\.d\.ts$/];

export function areaOf(file) {
	return Object.keys(AREAS).find((area) => AREAS[area](file));
}

/** Every mutated source file, as a path relative to the project, sorted so a seed always picks the same sample. */
export function sourceFiles() {
	return readdirSync('src', { recursive: true })
		.map((name) => `src/${name.split('\\').join('/')}`)
		.filter((file) => file.endsWith('.ts') && !EXCLUDED.some((pattern) => pattern.test(file)) && areaOf(file))
		.sort();
}
