import { debounce, ItemView, Notice, type ViewStateResult, type WorkspaceLeaf } from 'obsidian';
import type { GlossaryIndex } from '../../core/glossary/GlossaryIndex';
import type { GlossaryEntry } from '../../core/glossary/types';
import { entryDetails } from '../../core/glossary/details';
import { DEFAULT_FILTER, filterFromState, type GlossaryFilter } from '../../core/glossary/GlossaryViewModel';
import { readReviewState } from '../../core/review/state';
import type { CardsAccess } from '../cards/registerCards';
import type { PluginContext } from '../context';
import { GlossaryPanel, type GlossaryActions } from '../../render/glossary/GlossaryPanel';
import { openUnit } from '../openUnit';
import { CreateTermNoteModal } from './CreateTermNoteModal';
import { exportToVault } from './exportToVault';
import { lessonReader } from './readLesson';
import { canSpeak, speak } from './speak';
import { t } from '../../lang/t';

export const GLOSSARY_VIEW = 'bl-glossary';

/** Coalesces index changes while a lesson is being edited or the vault indexed. */
const UPDATE_DELAY_MS = 150;

/** The glossary in a leaf (right sidebar by default): a thin host for the panel. */
export class GlossaryView extends ItemView {
	private panel: GlossaryPanel | null = null;
	/** Saved with the workspace: search, 🔥 and sort (lesson and part-of-speech choices may not exist next time). */
	private saved: GlossaryFilter = DEFAULT_FILTER;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly ctx: PluginContext,
		private readonly index: GlossaryIndex,
		private readonly cards: CardsAccess,
	) {
		super(leaf);
		this.icon = 'book-open';
	}

	getViewType(): string {
		return GLOSSARY_VIEW;
	}

	getDisplayText(): string {
		return t('glossary.title');
	}

	async onOpen(): Promise<void> {
		this.contentEl.empty();
		this.panel = new GlossaryPanel(
			this.contentEl,
			this.index,
			this.actions(),
			(el, type, handler) => this.registerDomEvent(el, type, handler),
			this.saved,
		);
		const update = debounce(() => this.panel?.update(), UPDATE_DELAY_MS, false);
		this.register(this.index.onChange(update));
		this.register(() => update.cancel());
		// Term notes come and go without changing the index; rows show whether a term has one.
		const { metadataCache, vault } = this.app;
		this.registerEvent(metadataCache.on('changed', (_file, _data, cache) => cache.frontmatter?.term !== undefined && update()));
		this.registerEvent(vault.on('delete', () => update()));
		this.registerEvent(vault.on('rename', () => update()));
	}

	async onClose(): Promise<void> {
		this.panel = null;
		this.contentEl.empty();
	}

	getState(): Record<string, unknown> {
		return { ...(this.panel?.state ?? this.saved) };
	}

	async setState(state: unknown, result: ViewStateResult): Promise<void> {
		this.saved = filterFromState(state);
		this.panel?.restore(this.saved);
		await super.setState(state, result);
	}

	/** Shows the terms matching `text`, as if typed into the search box. */
	search(text: string): void {
		this.panel?.restore({ text });
	}

	focusSearch(): void {
		this.panel?.focusSearch();
	}

	private actions(): GlossaryActions {
		const { app } = this;
		const read = lessonReader(this.ctx);
		return {
			hasNote: (key) => (this.ctx.termNotes.pathFor(key) ?? null) !== null,
			dueOf: (key) => this.dueOf(key),
			canSpeak: canSpeak(),
			speak: (entry) => speak(entry.term),
			openTerm: (entry) => this.openTerm(entry),
			details: (entry) => entryDetails(this.index, entry, read),
			openOccurrence: (place, newTab, term) =>
				void openUnit(app, place.path, place, newTab ? 'tab' : false).then(() => this.cards.flash(place.path, place.unit, term)),
			exportCsv: (rows) => void exportToVault(app, rows, 'csv', read, this.ctx.settings.get().noteLanguage),
			exportAnki: (rows) => void exportToVault(app, rows, 'anki', read, this.ctx.settings.get().noteLanguage),
		};
	}

	/** When the term's note is next due for review, as its review-* properties say. */
	private dueOf(key: string): number | null {
		const path = this.ctx.termNotes.pathFor(key) ?? null;
		const file = path === null ? null : this.app.vault.getFileByPath(path);
		return file ? (readReviewState(this.app.metadataCache.getFileCache(file)?.frontmatter)?.due ?? null) : null;
	}

	/** Opens the term's note, or offers to create it. */
	private openTerm(entry: GlossaryEntry): void {
		const path = this.ctx.termNotes.pathFor(entry.key);
		if (path !== null) {
			void this.app.workspace.openLinkText(path, '', false);
			return;
		}
		new CreateTermNoteModal(this.app, entry.term, () => void this.createNote(entry.key)).open();
	}

	private async createNote(key: string): Promise<void> {
		try {
			const path = await this.ctx.termNotes.ensureNote(key);
			if (path === null) new Notice(t('notice.termNoteNotCreated'));
			else await this.app.workspace.openLinkText(path, '', false);
		} catch (error) {
			new Notice(t('notice.termNoteFailed', { error: error instanceof Error ? error.message : String(error) }));
		}
		this.panel?.update();
	}
}
