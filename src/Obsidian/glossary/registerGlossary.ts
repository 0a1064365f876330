import { DEFAULT_FILTER, GlossaryViewModel } from '../../core/glossary/GlossaryViewModel';
import type { PluginContext } from '../context';
import { exportToVault, type ExportFormat } from './exportToVault';
import type { CardsAccess } from '../cards/registerCards';
import { GLOSSARY_VIEW, GlossaryView } from './GlossaryView';
import { openGlossary } from './openGlossary';
import { lessonReader } from './readLesson';
import { t } from '../../lang/t';

/** The vault glossary: a live index of every lesson's terms, a view to browse it, export commands. */
export function registerGlossary(ctx: PluginContext, cards: CardsAccess): void {
	const indexer = ctx.glossary;
	indexer.start();
	const { app } = ctx;
	ctx.plugin.registerView(GLOSSARY_VIEW, (leaf) => new GlossaryView(leaf, ctx, indexer.index, cards));
	ctx.plugin.addRibbonIcon('book-open', t('command.openGlossary'), () => void openGlossary(app.workspace));
	ctx.plugin.addCommand({ id: 'open-glossary', name: t('command.openGlossary'), callback: () => openGlossary(app.workspace) });
	const viewModel = new GlossaryViewModel(indexer.index);
	const exportAll = (format: ExportFormat) => () => void exportToVault(app, viewModel.rows(DEFAULT_FILTER), format, lessonReader(ctx), ctx.settings.get().noteLanguage);
	ctx.plugin.addCommand({ id: 'export-glossary-csv', name: t('command.exportGlossaryCsv'), callback: exportAll('csv') });
	ctx.plugin.addCommand({ id: 'export-glossary-anki', name: t('command.exportGlossaryAnki'), callback: exportAll('anki') });
}
