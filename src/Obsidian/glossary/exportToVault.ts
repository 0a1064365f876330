import { normalizePath, Notice, type App } from 'obsidian';
import { detailedEntries, type ReadLesson } from '../../core/glossary/details';
import { ankiCards, ankiTsv, glossaryCsv } from '../../core/glossary/exportFormats';
import type { DetailedEntry, GlossaryEntry } from '../../core/glossary/types';
import { NOTE_WORDS, type NoteLanguage } from '../../core/noteWords';
import { t } from '../../lang/t';

export type ExportFormat = 'csv' | 'anki';

const FILES: Record<ExportFormat, { extension: string; build: (rows: readonly DetailedEntry[], language: NoteLanguage) => string }> = {
	csv: { extension: 'csv', build: glossaryCsv },
	anki: { extension: 'tsv', build: (rows) => ankiTsv(ankiCards(rows)) },
};

/**
 * Writes the rows to a new file at the vault root (never over an existing one), named and headed in the
 * notes' `language`, and says where. The example sentences are read from the lessons now: the index does not hold them.
 */
export async function exportToVault(
	app: App,
	rows: Iterable<GlossaryEntry> & { readonly length: number },
	format: ExportFormat,
	read: ReadLesson,
	language: NoteLanguage,
): Promise<string | null> {
	const { extension, build } = FILES[format];
	const text = build(await detailedEntries(rows, read), language);
	const path = freePath(app, NOTE_WORDS[language].exportName[format], extension);
	try {
		await app.vault.create(path, text);
	} catch (error) {
		new Notice(t('notice.exportFailed', { error: error instanceof Error ? error.message : String(error) }));
		return null;
	}
	new Notice(t('notice.exported', { count: rows.length, path }));
	return path;
}

/** `Glossary.csv`, else `Glossary 1.csv`, `Glossary 2.csv`, … whichever is free (`词汇表.csv` … in Chinese). */
function freePath(app: App, base: string, extension: string): string {
	for (let n = 0; ; n++) {
		const path = normalizePath(`${base}${n === 0 ? '' : ` ${n}`}.${extension}`);
		if (!app.vault.getAbstractFileByPath(path)) return path;
	}
}
