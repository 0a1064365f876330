import { normalizePath, Notice, type App, type PaneType } from 'obsidian';

/**
 * Opens a lesson at one of its units: through the unit's `^block` link when it has one (exact, and it
 * survives edits above it), else by opening the file and scrolling to the unit's header line.
 */
export async function openUnit(app: App, path: string, unit: { line: number; blockId: string | null }, newLeaf: PaneType | boolean = false): Promise<void> {
	const file = app.vault.getFileByPath(normalizePath(path));
	if (!file) {
		new Notice(`The lesson ${path} is no longer in the vault.`);
		return;
	}
	if (unit.blockId) {
		await app.workspace.openLinkText(`${file.path}#^${unit.blockId}`, '', newLeaf);
		return;
	}
	await app.workspace.getLeaf(newLeaf).openFile(file, { active: true, eState: { line: unit.line } });
}
