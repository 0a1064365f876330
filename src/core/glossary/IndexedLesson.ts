import type { LessonRecord } from './lessonRecord';
import { needsFolding, searchFold } from './search';
import type { TermEntry } from './TermEntry';
import type { Occurrence } from './types';

/**
 * A lesson as the index holds it, its glossed terms as columns (one place per bullet, in order) rather than an
 * object each: an object per occurrence cost ~96 bytes before its strings, a place here ~30. Shared by its
 * entries, so a rename or retitle is one assignment.
 */
export class IndexedLesson {
	/** Per unit: its number, then its header line. */
	private readonly unitPlaces: Int32Array;
	/** Per unit its block id, or null when no unit has one. */
	private readonly blockIds: (string | null)[] | null;
	/** Per place: the entry it belongs to. */
	readonly entries: TermEntry[] = [];
	/** Per place its entry's id, made for the first search that scans this lesson (entryIds). */
	private ids: Int32Array | null = null;
	/** Per place: its unit's index × 2, + 1 when 🔥; then where the IPA starts in its text (-1: none). */
	private readonly places: Int32Array;
	private readonly posOf: (string | null)[] = [];
	/**
	 * Every place's text (the meaning, then "\n" and the IPA when there is one: what a search looks in), one after
	 * another in one string: a string per place cost its own header. `textStarts[slot]` is where a place's text
	 * starts, `textStarts[slot + 1]` where it ends. Gathered as parts while terms are added, joined by `seal`.
	 */
	private text = '';
	private parts: string[] | null = [];
	private readonly textStarts: Int32Array;
	/** Per place the form when it differs from the entry's key (else null); null while none does. */
	private forms: (string | null)[] | null = null;
	/**
	 * The texts as a search sees them, joined the same way: `text` itself, or (when folding changes some) the
	 * texts folded one by one, with starts of their own.
	 */
	private searchable = '';
	private searchStarts: Int32Array;
	private needsFolding = false;

	constructor(
		public path: string,
		public title: string,
		readonly mtime: number,
		readonly size: number,
		units: LessonRecord['units'],
		readonly words: string,
		/** The bullets of the record, some of which may have no key: room for that many places. */
		readonly termCount: number,
	) {
		this.unitPlaces = new Int32Array(units.length * 2);
		units.forEach(([n, line], u) => {
			this.unitPlaces[2 * u] = n;
			this.unitPlaces[2 * u + 1] = line;
		});
		this.blockIds = units.some((u) => u[2] !== null) ? units.map((u) => u[2]) : null;
		this.places = new Int32Array(termCount * 2);
		this.textStarts = new Int32Array(termCount + 1);
		this.searchStarts = this.textStarts;
	}

	get unitCount(): number {
		return this.unitPlaces.length / 2;
	}

	/** Adds a glossed term (at most `termCount` of them); returns its place. */
	addTerm(entry: TermEntry, unitIndex: number, form: string, ipa: string | null, pos: string | null, meaning: string, hot: boolean): number {
		const slot = this.entries.length;
		this.entries.push(entry);
		this.places[2 * slot] = unitIndex * 2 + (hot ? 1 : 0);
		this.places[2 * slot + 1] = ipa === null ? -1 : meaning.length + 1;
		this.posOf.push(pos);
		const text = ipa === null ? meaning : `${meaning}\n${ipa}`;
		(this.parts as string[]).push(text);
		this.textStarts[slot + 1] = this.textStarts[slot] + text.length;
		if (form !== entry.key) (this.forms ??= new Array<string | null>(this.places.length / 2).fill(null))[slot] = form;
		this.needsFolding ||= needsFolding(text);
		return slot;
	}

	/** Once every term is added: their texts joined into one string (a flat copy, holding no part of the note). */
	seal(): void {
		const parts = this.parts ?? [];
		this.text = this.searchable = parts.join('');
		if (this.needsFolding) {
			const folded = parts.map(searchFold);
			this.searchable = folded.join('');
			this.searchStarts = new Int32Array(this.textStarts.length);
			folded.forEach((text, slot) => (this.searchStarts[slot + 1] = this.searchStarts[slot] + text.length));
		}
		this.parts = null;
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

	/** The units as a record has them. */
	units(): LessonRecord['units'] {
		return Array.from({ length: this.unitCount }, (_, u) => [this.unitNumber(u), this.unitLine(u), this.blockId(u)]);
	}

	/** The glossed terms as a record has them. */
	terms(): LessonRecord['terms'] {
		return this.entries.map((_, s) => [this.unitIndex(s), this.form(s), this.ipa(s), this.pos(s), this.meaning(s), this.hot(s) ? 1 : 0]);
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
