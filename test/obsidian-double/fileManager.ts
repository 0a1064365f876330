import type * as O from 'obsidian';
import type { TAbstractFile, TFile, TFolder } from './files';
import type { MetadataCache } from './metadataCache';
import type { Vault } from './vault';
import { parseYaml, splitFrontmatter, stringifyYaml, type YamlRecord } from './yaml';

/** Obsidian's `FileManager`: frontmatter edits, renames, links (wikilink style, shortest path). */
export class FileManager implements Pick<O.FileManager, 'processFrontMatter' | 'renameFile' | 'generateMarkdownLink' | 'trashFile' | 'getNewFileParent'> {
	constructor(
		private readonly vault: Vault,
		private readonly metadataCache: MetadataCache,
	) {}

	/** Runs `fn` on the parsed frontmatter and writes it back atomically; an emptied frontmatter is removed. */
	async processFrontMatter(file: TFile, fn: (frontmatter: YamlRecord) => void): Promise<void> {
		await this.vault.process(file, (text) => {
			const { yaml, body } = splitFrontmatter(text);
			const frontmatter = yaml === null ? {} : parseYaml(yaml);
			fn(frontmatter);
			const written = stringifyYaml(frontmatter);
			if (!written) return body;
			return `---\n${written}---\n${yaml === null ? text : body}`;
		});
	}

	async renameFile(file: TAbstractFile, newPath: string): Promise<void> {
		await this.vault.rename(file, newPath);
	}

	async trashFile(file: TAbstractFile): Promise<void> {
		await this.vault.trash(file);
	}

	getNewFileParent(): TFolder {
		return this.vault.getRoot();
	}

	generateMarkdownLink(file: TFile, sourcePath: string, subpath = '', alias?: string): string {
		const linktext = this.metadataCache.fileToLinktext(file, sourcePath) + subpath;
		return `[[${linktext}${alias ? `|${alias}` : ''}]]`;
	}
}
