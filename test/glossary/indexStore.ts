// An index built from records, written to a store and read back, as the glossary tests need it.
import { GlossaryIndex } from '../../src/core/glossary/GlossaryIndex';
import type { LessonRecord } from '../../src/core/glossary/lessonRecord';
import { readIndex, type IndexHeader, type RestoredIndex } from '../../src/core/glossary/persistedIndex';

/** An index holding these lessons' records, set in turn. */
export function indexOf(...records: LessonRecord[]): GlossaryIndex {
	const index = new GlossaryIndex();
	for (const record of records) index.setRecord(record);
	return index;
}

/** Reads a persisted index to its end under `header`, counting its steps; null when it is not believed. */
export function readBack(text: string, header: IndexHeader): (RestoredIndex & { steps: number }) | null {
	const reading = readIndex(text, header);
	let steps = 0;
	let step = reading.next();
	while (!step.done) {
		steps++;
		step = reading.next();
	}
	return step.value && { ...step.value, steps };
}

/** A new index restored from a persisted one, which must be believed. */
export function restoredIndex(text: string, header: IndexHeader): GlossaryIndex {
	const back = readBack(text, header);
	if (!back) throw new Error('not read back');
	const index = new GlossaryIndex();
	index.restore(back);
	return index;
}
