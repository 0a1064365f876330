import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every `.md` file under the given files and folders, sorted; hidden folders (`.obsidian`, `.git`) skipped. */
export function markdownFiles(paths: string[]): string[] {
	const found: string[] = [];
	const visit = (path: string, explicit: boolean) => {
		const stat = statSync(path);
		if (stat.isDirectory()) {
			for (const entry of readdirSync(path)) if (!entry.startsWith('.')) visit(join(path, entry), false);
		} else if (explicit || path.endsWith('.md')) {
			found.push(path);
		}
	};
	for (const path of paths) visit(path, true);
	return found.sort();
}
