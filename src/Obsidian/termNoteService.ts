/** What the cards and the glossary need from the term notes feature. */
export interface TermNoteService {
	/** Path of the term note for a term key (see core/termKey), or null when there is none. */
	pathFor(key: string): string | null;
	/** Every term that has a note, with that note's path (the one pathFor gives). */
	notes(): { path: string; term: string; key: string }[];
	/** Creates or updates the note for one term key from the lessons that gloss it; resolves to its path, or null. */
	ensureNote(key: string): Promise<string | null>;
}
