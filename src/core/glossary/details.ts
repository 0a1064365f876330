import type { Lesson, Unit } from '../model';
import { TermLocator } from '../parser/TermLocator';
import { wordsOnly } from '../parser/inlineMarkdown';
import { termKey } from '../termKey';
import type { GlossaryIndex } from './GlossaryIndex';
import { plainSentence } from '../plainSentence';
import type { Appearance, DetailedEntry, EntryDetails, GlossaryEntry, Occurrence, OccurrenceDetail, UnitText } from './types';

/** Reads and parses a lesson (through the lesson cache); null when the note is gone or no longer a lesson. */
export type ReadLesson = (path: string) => Promise<Lesson | null>;

/** "Also appears in" lists at most this many units: enough to see a term in use, without reading the whole vault for "the". */
export const MAX_APPEARANCES = 50;

const NO_TEXT: UnitText = { sentence: '', span: null, translation: '' };

/**
 * What an expanded row shows, read from the lessons themselves: each glossed occurrence's sentence and
 * translation, then the units of any lesson whose English uses the term (inflected or not) but does not gloss it.
 */
export async function entryDetails(index: GlossaryIndex, entry: GlossaryEntry, read: ReadLesson): Promise<EntryDetails> {
	const lessons = new Map<string, Lesson | null>();
	const lessonAt = async (path: string) => {
		if (!lessons.has(path)) lessons.set(path, await read(path));
		return lessons.get(path) ?? null;
	};
	const occurrences: OccurrenceDetail[] = [];
	for (const o of entry.occurrences) occurrences.push(withText(o, await lessonAt(o.path)));

	const alsoIn: Appearance[] = [];
	const forms = entry.forms;
	const candidates = new Set(forms.flatMap((form) => index.lessonsThatMayUse(form)));
	for (const path of [...candidates].sort()) {
		if (alsoIn.length >= MAX_APPEARANCES) break;
		const lesson = await lessonAt(path);
		const title = index.lesson(path)?.title ?? path;
		for (const unit of lesson?.units ?? []) {
			if (unit.terms.some((t) => termKey(t.term) === entry.key)) continue;
			const locator = new TermLocator(wordsOnly(unit.english));
			const span = forms.map((form) => locator.locate(form)).find((s) => s !== null) ?? null;
			if (span === null) continue;
			alsoIn.push({ path, lessonTitle: title, unit: unit.n, line: unit.line, blockId: unit.blockId, ...unitText(unit, span) });
			if (alsoIn.length >= MAX_APPEARANCES) break;
		}
	}
	return { occurrences, alsoIn };
}

/** The entries with the text of their occurrences, for exports; each lesson read once. */
export async function detailedEntries(entries: Iterable<GlossaryEntry>, read: ReadLesson): Promise<DetailedEntry[]> {
	const lessons = new Map<string, Promise<Lesson | null>>();
	const lessonAt = (path: string) => {
		let lesson = lessons.get(path);
		if (!lesson) lessons.set(path, (lesson = read(path)));
		return lesson;
	};
	const out: DetailedEntry[] = [];
	for (const entry of entries) {
		const occurrences: OccurrenceDetail[] = [];
		for (const o of entry.occurrences) occurrences.push(withText(o, await lessonAt(o.path)));
		out.push({ ...readings(entry), occurrences });
	}
	return out;
}

function readings(entry: GlossaryEntry): Omit<DetailedEntry, 'occurrences'> {
	const { key, term, forms, ipa, pos, meanings, hot, lessonCount, lastModified } = entry;
	return { key, term, forms, ipa, pos, meanings, hot, lessonCount, lastModified };
}

/** An occurrence with its unit's text; empty text when the lesson changed under the index (it is re-indexed soon). */
function withText(o: Occurrence, lesson: Lesson | null): OccurrenceDetail {
	const { path, lessonTitle, unit, line, blockId, form, ipa, pos, meaning, hot } = o;
	const place = { path, lessonTitle, unit, line, blockId, form, ipa, pos, meaning, hot };
	const found = lesson?.units.find((u) => u.line === line) ?? lesson?.units.find((u) => u.n === unit);
	const term = found?.terms.find((t) => t.term === form);
	return { ...place, ...(found ? unitText(found, term?.span ?? null) : NO_TEXT) };
}

function unitText(unit: Unit, span: UnitText['span']): UnitText {
	const plain = plainSentence(unit.english, unit.markup, span);
	return { sentence: plain.text, span: plain.span, translation: unit.translation };
}
