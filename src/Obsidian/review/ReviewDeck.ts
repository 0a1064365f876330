import type { ReviewCard, Definition } from '../../core/review/card';
import { directionOf, reviewCard } from '../../core/review/card';
import { buildQueue, type Queue, type ReviewNote } from '../../core/review/queue';
import { readReviewState, reviewProperties, type ReviewState } from '../../core/review/state';
import { termKey } from '../../core/termKey';
import { readTermNote } from '../../core/termNotes/termNote';
import { withProperties } from '../../core/termNotes/withProperties';
import { t } from '../../lang/t';
import type { PluginContext } from '../context';
import { lessonReader } from '../glossary/readLesson';
import { openEditor, processInEditor } from '../termNotes/VaultNoteFiles';

/**
 * The term notes as review cards: their state read from the metadata cache's frontmatter, their
 * sentences from the lessons the glossary index knows, and each answer written back into the note.
 */
export class ReviewDeck {
	constructor(private readonly ctx: PluginContext) {}

	/** Every term note, with the review state its properties record. */
	notes(): ReviewNote[] {
		const { vault, metadataCache } = this.ctx.app;
		const notes: ReviewNote[] = [];
		for (const { path, term } of this.ctx.termNotes.notes()) {
			const file = vault.getFileByPath(path);
			if (file) notes.push({ path, term, state: readReviewState(metadataCache.getFileCache(file)?.frontmatter) });
		}
		return notes;
	}

	/** The day's queue at `now`, within the settings' limits. */
	queue(now: number, notes: readonly ReviewNote[] = this.notes()): Queue {
		const { reviewNewPerDay, reviewReviewsPerDay } = this.ctx.settings.get();
		return buildQueue(notes, now, { newPerDay: reviewNewPerDay, reviewsPerDay: reviewReviewsPerDay });
	}

	/** The card for a note, in the direction the settings ask for. */
	card(note: ReviewNote): Promise<ReviewCard> {
		const occurrences = this.ctx.glossary.index.entry(termKey(note.term))?.occurrences ?? [];
		const direction = directionOf(this.ctx.settings.get().reviewDirection, note.state?.reps ?? 0);
		return reviewCard(note, this.definition(note.path), occurrences, lessonReader(this.ctx), direction);
	}

	/**
	 * Writes a review's state into its note: the review-* properties and nothing else, and only into a
	 * note the plugin made. In one processFrontMatter; or, when the note is open in an editor, through
	 * that editor (its unsaved text kept, no "modified externally"). Resolves to null, or why it did not.
	 */
	async write(path: string, state: ReviewState): Promise<string | null> {
		const { vault, fileManager } = this.ctx.app;
		const file = vault.getFileByPath(path);
		if (!file) return t('review.noteGone', { path });
		try {
			const editor = openEditor(this.ctx.app, file);
			if (readTermNote(editor?.getValue() ?? (await vault.read(file))) === null) return t('review.notTermNote', { path });
			const properties = reviewProperties(state);
			if (editor) processInEditor(editor, (text) => withProperties(text, properties));
			else await fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => Object.assign(frontmatter, properties));
			return null;
		} catch (error) {
			return t('review.writeFailed', { path, error: error instanceof Error ? error.message : String(error) });
		}
	}

	/** The definition as the note's properties have it: the user may have edited them. */
	private definition(path: string): Definition {
		const file = this.ctx.app.vault.getFileByPath(path);
		const frontmatter = (file && this.ctx.app.metadataCache.getFileCache(file)?.frontmatter) ?? {};
		const text = (key: string) => {
			const value: unknown = frontmatter[key];
			return typeof value === 'string' && value.trim() !== '' ? value : null;
		};
		return { ipa: text('ipa'), pos: text('pos'), meaning: text('meaning') };
	}
}
