import type { Workspace } from 'obsidian';
import { GLOSSARY_VIEW, GlossaryView } from './GlossaryView';

/** Shows the glossary (in the right sidebar unless it is open elsewhere), searching for `search` if given, cursor in its search. */
export async function openGlossary(workspace: Workspace, search?: string): Promise<void> {
	const leaf = workspace.getLeavesOfType(GLOSSARY_VIEW)[0] ?? (await workspace.ensureSideLeaf(GLOSSARY_VIEW, 'right', { active: true }));
	await workspace.revealLeaf(leaf);
	if (!(leaf.view instanceof GlossaryView)) return;
	if (search !== undefined) leaf.view.search(search);
	leaf.view.focusSearch();
}
