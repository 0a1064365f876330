/** A note's name as Obsidian shows it: the last path segment, without `.md`. */
export function basename(path: string): string {
	const name = path.slice(path.lastIndexOf('/') + 1);
	return name.endsWith('.md') ? name.slice(0, -3) : name;
}
