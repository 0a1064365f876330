import { normalizePath, Notice, type App } from 'obsidian';
import { ankiCards, ankiTsv, glossaryCsv } from '../../core/glossary/exportFormats';
import type { GlossaryEntry } from '../../core/glossary/types';

export type ExportFormat = 'csv' | 'anki';

const FILES: Record<ExportFormat, { base: string; extension: string; build: (rows: readonly GlossaryEntry[]) => string }> = {
	csv: { base: 'Glossary', extension: 'csv', build: glossaryCsv },
	anki: { base: 'Glossary for Anki', extension: 'tsv', build: (rows) => ankiTsv(ankiCards(rows)) },
};

/** Writes the rows to a new file at the vault root (never over an existing one) and says where. */
export async function exportToVault(app: App, rows: readonly GlossaryEntry[], format: ExportFormat): Promise<string | null> {
	const { base, extension, build } = FILES[format];
	const path = freePath(app, base, extension);
	try {
		await app.vault.create(path, build(rows));
	} catch (error) {
		new Notice(`Could not export the glossary: ${error instanceof Error ? error.message : String(error)}`);
		return null;
	}
	new Notice(`Exported ${rows.length} terms to ${path}`);
	return path;
}

/** `Glossary.csv`, else `Glossary 1.csv`, `Glossary 2.csv`, … whichever is free. */
function freePath(app: App, base: string, extension: string): string {
	for (let n = 0; ; n++) {
		const path = normalizePath(`${base}${n === 0 ? '' : ` ${n}`}.${extension}`);
		if (!app.vault.getAbstractFileByPath(path)) return path;
	}
}
