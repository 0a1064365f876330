import { FuzzySuggestModal, Notice, type App, type TFile } from 'obsidian';
import { t } from '../../lang/t';
import { MEDIA_EXTENSIONS } from '../../core/media/mediaRef';

/**
 * "Set lesson media…": picks an audio or video file of the vault and writes it as the lesson's
 * `media:` property (a wikilink, resolved from the lesson), only when it changes.
 */
export class SetMediaModal extends FuzzySuggestModal<TFile> {
	constructor(
		app: App,
		private readonly lesson: TFile,
	) {
		super(app);
		this.setPlaceholder(t('media.pickPlaceholder'));
		this.emptyStateText = t('media.pickEmpty');
	}

	getItems(): TFile[] {
		return this.app.vault.getFiles().filter((file) => MEDIA_EXTENSIONS.includes(file.extension.toLowerCase()));
	}

	getItemText(file: TFile): string {
		return file.path;
	}

	onChooseItem(file: TFile): void {
		const value = `[[${this.app.metadataCache.fileToLinktext(file, this.lesson.path, false)}]]`;
		if (this.app.metadataCache.getFileCache(this.lesson)?.frontmatter?.media === value) return;
		this.app.fileManager
			.processFrontMatter(this.lesson, (frontmatter: Record<string, unknown>) => {
				frontmatter.media = value;
			})
			.catch((error: unknown) => new Notice(t('media.setFailed', { error: error instanceof Error ? error.message : String(error) })));
	}
}
