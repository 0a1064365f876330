import { normalizePath, Notice, type App, type PaneType } from 'obsidian';
import { t } from '../lang/t';

/**
 * Opens a lesson at one of its units. The file is opened as a file, never through link text, so a
 * lesson named `Q&A #3` (where `#` would start a subpath) opens too. A unit whose `^block` Obsidian
 * knows is opened at that block (exact, and it survives edits above it); an id an earlier version
 * wrote mid-paragraph is no block to Obsidian, so that unit, like one without an id, is opened at
 * its header line.
 */
export async function openUnit(app: App, path: string, unit: { line: number; blockId: string | null }, newLeaf: PaneType | boolean = false): Promise<void> {
	const file = app.vault.getFileByPath(normalizePath(path));
	if (!file) {
		new Notice(t('notice.lessonGone', { path }));
		return;
	}
	const block = unit.blockId && app.metadataCache.getFileCache(file)?.blocks?.[unit.blockId.toLowerCase()];
	const eState = block ? { subpath: `#^${block.id}` } : { line: unit.line };
	await app.workspace.getLeaf(newLeaf).openFile(file, { active: true, eState });
}
