import { basename } from './noteContent';

/**
 * Link text for notes, as Obsidian resolves it: the bare name when no other note in `paths`
 * shares it (case-insensitively), else the path without `.md`.
 */
export function linkTexts(paths: readonly string[]): (path: string) => string {
	const counts = new Map<string, number>();
	for (const path of paths) {
		if (!path.endsWith('.md')) continue;
		const name = basename(path).toLowerCase();
		counts.set(name, (counts.get(name) ?? 0) + 1);
	}
	return (path) => {
		const name = basename(path);
		return (counts.get(name.toLowerCase()) ?? 0) > 1 ? path.slice(0, -'.md'.length) : name;
	};
}
