// Typed test double of the `obsidian` module (vitest alias). Grows with what the plugin uses.
export function normalizePath(path: string): string {
	return path.replace(/\\/g, '/').replace(/\/+/g, '/').replace(/^\/|\/$/g, '') || '/';
}
