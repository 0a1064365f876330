import type { LessonRecord } from './lessonRecord';
import { needsFolding, searchFold } from './search';
import type { TermEntry } from './TermEntry';
import { lessonGlosses, type BulletReader } from '../glosses';
import type { Occurrence } from './types';

/** A record's bullets, read as core/glosses counts them. */
const RECORD_TERMS: BulletReader<LessonRecord['terms'][number]> = { unitIndex: (t) => t[0], form: (t) => t[1], hot: (t) => t[5] === 1 };

/**
 * A lesson's columns as a persisted index stores them: the in-memory columns with numbers as plain arrays, each
 * place's entry as its number in the stored A–Z list and each part of speech as its number in the stored list
 * (-1: none). Read back, they are the lesson's columns at once: no term is keyed, folded or joined again.
 */
export interface StoredLesson {
	path: string;
	title: string;
	mtime: number;
	size: number;
	words: string;
	/** The record's bullet count, some of which may have no place (see IndexedLesson.fromRecord). */
	terms: number;
	units: number[];
	blockIds: (string | null)[] | null;
	entries: number[];
	places: number[];
	pos: number[];
	text: string;
	textStarts: number[];
	forms: (string | null)[] | null;
	/** The texts as a search sees them and their starts, when folding changes some; else null. */
	searchable: string | null;
	searchStarts: number[] | null;
}

/** What a lesson holds besides its name and stat: see the fields of IndexedLesson. */
interface Columns {
	unitPlaces: Int32Array;
	blockIds: (string | null)[] | null;
	entries: TermEntry[];
	places: Int32Array;
	posOf: (string | null)[];
	text: string;
	textStarts: Int32Array;
	forms: (string | null)[] | null;
	searchable: string;
	searchStarts: Int32Array;
}

/**
 * A lesson as the index holds it, its glossed terms as columns (one place per gloss, core/glosses, in order)
 * rather than an object each: an object per occurrence cost ~96 bytes before its strings, a place here ~30. Shared by
 * its entries, so a rename or retitle is one assignment.
 */
export class IndexedLesson {
	/** Per unit: its number, then its header line. */
	private readonly unitPlaces: Int32Array;
	/** Per unit its block id, or null when no unit has one. */
	private readonly blockIds: (string | null)[] | null;
	/** Per place: the entry it belongs to. */
	readonly entries: TermEntry[];
	/** Per place its entry's id, made for the first search that scans this lesson (entryIds). */
	private ids: Int32Array | null = null;
	/** Per place: its unit's index × 2, + 1 when 🔥; then where the IPA starts in its text (-1: none). */
	private readonly places: Int32Array;
	private readonly posOf: (string | null)[];
	/**
	 * Every place's text (the meaning, then "\n" and the IPA when there is one: what a search looks in), one after
	 * another in one string: a string per place cost its own header. `textStarts[slot]` is where a place's text
	 * starts, `textStarts[slot + 1]` where it ends.
	 */
	private readonly text: string;
	private readonly textStarts: Int32Array;
	/** Per place the form when it differs from the entry's key (else null); null while none does. */
	private readonly forms: (string | null)[] | null;
	/**
	 * The texts as a search sees them, joined the same way: `text` itself, or (when folding changes some) the
	 * texts folded one by one, with starts of their own.
	 */
	private readonly searchable: string;
	private readonly searchStarts: Int32Array;

	private constructor(
		public path: string,
		public title: string,
		readonly mtime: number,
		readonly size: number,
		readonly words: string,
		/** The bullets of the record, some of which may have no place. */
		readonly termCount: number,
		columns: Columns,
	) {
		({ unitPlaces: this.unitPlaces, blockIds: this.blockIds, entries: this.entries, places: this.places, posOf: this.posOf } = columns);
		({ text: this.text, textStarts: this.textStarts, forms: this.forms, searchable: this.searchable, searchStarts: this.searchStarts } = columns);
	}

	/**
	 * A lesson from its record: a place per gloss (core/glosses: `entryFor` gives the entry of its key; a bullet
	 * with no key or a unit's second bullet of a key has none), its texts joined into one string (a flat copy,
	 * holding no part of the note) and folded for search. Every column is made to size.
	 */
	static fromRecord(record: LessonRecord, entryFor: (key: string) => TermEntry, intern: (pos: string) => string): IndexedLesson {
		const unitPlaces = new Int32Array(record.units.length * 2);
		record.units.forEach(([n, line], u) => {
			unitPlaces[2 * u] = n;
			unitPlaces[2 * u + 1] = line;
		});
		const glosses = lessonGlosses(record.terms, RECORD_TERMS);
		const places = new Int32Array(2 * glosses.length);
		const textStarts = new Int32Array(glosses.length + 1);
		const parts: string[] = [];
		let forms: (string | null)[] | null = null;
		let folding = false;
		// Mapped, not pushed: a pushed array keeps up to half its length spare.
		const entries = glosses.map(({ key }) => entryFor(key));
		const posOf = glosses.map(({ term }) => (term[3] === null ? null : intern(term[3])));
		glosses.forEach(({ key, term: [unit, form, ipa, , meaning, hot] }, slot) => {
			places[2 * slot] = unit * 2 + hot;
			places[2 * slot + 1] = ipa === null ? -1 : meaning.length + 1;
			const text = ipa === null ? meaning : `${meaning}\n${ipa}`;
			parts.push(text);
			textStarts[slot + 1] = textStarts[slot] + text.length;
			if (form !== key) (forms ??= new Array<string | null>(glosses.length).fill(null))[slot] = form;
			folding ||= needsFolding(text);
		});
		const text = parts.join('');
		let searchable = text;
		let searchStarts = textStarts;
		if (folding) {
			const folded = parts.map(searchFold);
			searchable = folded.join('');
			searchStarts = new Int32Array(textStarts.length);
			folded.forEach((part, slot) => (searchStarts[slot + 1] = searchStarts[slot] + part.length));
		}
		const blockIds = record.units.some((u) => u[2] !== null) ? record.units.map((u) => u[2]) : null;
		const columns = { unitPlaces, blockIds, entries, places, posOf, text, textStarts, forms, searchable, searchStarts };
		return new IndexedLesson(record.path, record.title, record.mtime, record.size, record.words, record.terms.length, columns);
	}

	/** A lesson from its stored columns (checked by the reader: numbers in range, lengths agreeing), against the stored lists. */
	static restore(s: StoredLesson, entries: readonly TermEntry[], pos: readonly string[]): IndexedLesson {
		const textStarts = Int32Array.from(s.textStarts);
		const columns: Columns = {
			unitPlaces: Int32Array.from(s.units),
			blockIds: s.blockIds,
			entries: s.entries.map((n) => entries[n]),
			places: Int32Array.from(s.places),
			posOf: s.pos.map((n) => (n < 0 ? null : pos[n])),
			text: s.text,
			textStarts,
			forms: s.forms,
			searchable: s.searchable ?? s.text,
			searchStarts: s.searchStarts === null ? textStarts : Int32Array.from(s.searchStarts),
		};
		return new IndexedLesson(s.path, s.title, s.mtime, s.size, s.words, s.terms, columns);
	}

	/** The lesson's columns as stored, its entries and parts of speech by their numbers in the stored lists. */
	stored(entryNumber: (entry: TermEntry) => number, posNumber: (pos: string) => number): StoredLesson {
		// Folded texts always come with starts of their own (fromRecord, restore).
		const folded = this.searchStarts !== this.textStarts;
		return {
			path: this.path,
			title: this.title,
			mtime: this.mtime,
			size: this.size,
			words: this.words,
			terms: this.termCount,
			units: Array.from(this.unitPlaces),
			blockIds: this.blockIds,
			entries: this.entries.map(entryNumber),
			places: Array.from(this.places),
			pos: this.posOf.map((p) => (p === null ? -1 : posNumber(p))),
			text: this.text,
			textStarts: Array.from(this.textStarts),
			forms: this.forms,
			searchable: folded ? this.searchable : null,
			searchStarts: folded ? Array.from(this.searchStarts) : null,
		};
	}

	get unitCount(): number {
		return this.unitPlaces.length / 2;
	}

	/**
	 * Per place its entry's id, for a search to mark what it finds without reading each entry (scattered in
	 * memory: reading 30k of them cost more than the scan that found them). An entry keeps its id while a lesson
	 * holds it, and a lesson's entries never change, so this is made once.
	 */
	entryIds(): Int32Array {
		return (this.ids ??= Int32Array.from(this.entries, (entry) => entry.id));
	}

	unitIndex(slot: number): number {
		return this.places[2 * slot] >> 1;
	}

	hot(slot: number): boolean {
		return (this.places[2 * slot] & 1) === 1;
	}

	pos(slot: number): string | null {
		return this.posOf[slot];
	}

	form(slot: number): string {
		return this.forms?.[slot] ?? this.entries[slot].key;
	}

	meaning(slot: number): string {
		const at = this.places[2 * slot + 1];
		return at < 0 ? this.placeText(slot) : this.text.slice(this.textStarts[slot], this.textStarts[slot] + at - 1);
	}

	ipa(slot: number): string | null {
		const at = this.places[2 * slot + 1];
		return at < 0 ? null : this.text.slice(this.textStarts[slot] + at, this.textStarts[slot + 1]);
	}

	/**
	 * Calls `found` with each place whose meaning or IPA (folded) contains `token`, once each, in order, and whether
	 * its text starts with it: one scan of one string.
	 */
	findText(token: string, found: (slot: number, atStart: boolean) => void): void {
		const { searchable } = this;
		const starts = this.searchStarts;
		let slot = 0;
		let at = searchable.indexOf(token);
		while (at !== -1) {
			while (starts[slot + 1] <= at) slot++;
			if (at + token.length <= starts[slot + 1]) {
				found(slot, at === starts[slot]);
				if (++slot >= this.entries.length) return;
				at = searchable.indexOf(token, starts[slot]);
			} else {
				at = searchable.indexOf(token, at + 1); // across two places' texts: no match there
			}
		}
	}

	private placeText(slot: number): string {
		return this.text.slice(this.textStarts[slot], this.textStarts[slot + 1]);
	}

	unitNumber(unitIndex: number): number {
		return this.unitPlaces[2 * unitIndex];
	}

	unitLine(unitIndex: number): number {
		return this.unitPlaces[2 * unitIndex + 1];
	}

	blockId(unitIndex: number): string | null {
		return this.blockIds?.[unitIndex] ?? null;
	}
}

/** One glossed term of a lesson, read from the lesson's columns when asked: made for the rows on screen. */
export class IndexedOccurrence implements Occurrence {
	constructor(
		readonly lesson: IndexedLesson,
		readonly slot: number,
	) {}

	get path(): string {
		return this.lesson.path;
	}

	get lessonTitle(): string {
		return this.lesson.title;
	}

	get unit(): number {
		return this.lesson.unitNumber(this.lesson.unitIndex(this.slot));
	}

	get line(): number {
		return this.lesson.unitLine(this.lesson.unitIndex(this.slot));
	}

	get blockId(): string | null {
		return this.lesson.blockId(this.lesson.unitIndex(this.slot));
	}

	get form(): string {
		return this.lesson.form(this.slot);
	}

	get ipa(): string | null {
		return this.lesson.ipa(this.slot);
	}

	get pos(): string | null {
		return this.lesson.pos(this.slot);
	}

	get meaning(): string {
		return this.lesson.meaning(this.slot);
	}

	get hot(): boolean {
		return this.lesson.hot(this.slot);
	}
}
