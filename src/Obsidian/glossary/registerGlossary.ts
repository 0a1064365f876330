import type { Workspace } from 'obsidian';
import { DEFAULT_FILTER, GlossaryViewModel } from '../../core/glossary/GlossaryViewModel';
import type BilingualLessonsPlugin from '../../main';
import { exportToVault, type ExportFormat } from './exportToVault';
import { GlossaryIndexer } from './GlossaryIndexer';
import { GLOSSARY_VIEW, GlossaryView } from './GlossaryView';
import { lessonReader } from './readLesson';
import { t } from '../../lang/t';

/** What other features ask of the glossary: how many lessons gloss a term, and the glossary searching for one. */
export interface GlossaryAccess {
	lessonCount(key: string): number;
	show(search: string): Promise<void>;
}

/** The vault glossary: a live index of every lesson's terms, a view to browse it, export commands. */
export function registerGlossary(plugin: BilingualLessonsPlugin): GlossaryIndexer {
	const indexer = new GlossaryIndexer(plugin);
	indexer.start();
	const { app } = plugin;
	plugin.registerView(GLOSSARY_VIEW, (leaf) => new GlossaryView(leaf, plugin, indexer.index));
	plugin.addRibbonIcon('book-open', t('command.openGlossary'), () => void openGlossary(app.workspace));
	plugin.addCommand({ id: 'open-glossary', name: t('command.openGlossary'), callback: () => openGlossary(app.workspace) });
	const viewModel = new GlossaryViewModel(indexer.index);
	const exportAll = (format: ExportFormat) => () => void exportToVault(app, viewModel.rows(DEFAULT_FILTER), format, lessonReader(plugin), plugin.settings.noteLanguage);
	plugin.addCommand({ id: 'export-glossary-csv', name: t('command.exportGlossaryCsv'), callback: exportAll('csv') });
	plugin.addCommand({ id: 'export-glossary-anki', name: t('command.exportGlossaryAnki'), callback: exportAll('anki') });
	plugin.glossaryAccess = {
		lessonCount: (key) => indexer.index.entry(key)?.lessonCount ?? 0,
		show: (search) => openGlossary(app.workspace, search),
	};
	return indexer;
}

/** Shows the glossary (in the right sidebar unless it is open elsewhere), searching for `search` if given, cursor in its search. */
async function openGlossary(workspace: Workspace, search?: string): Promise<void> {
	const leaf = workspace.getLeavesOfType(GLOSSARY_VIEW)[0] ?? (await workspace.ensureSideLeaf(GLOSSARY_VIEW, 'right', { active: true }));
	await workspace.revealLeaf(leaf);
	if (!(leaf.view instanceof GlossaryView)) return;
	if (search !== undefined) leaf.view.search(search);
	leaf.view.focusSearch();
}
