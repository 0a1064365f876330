import { GlossaryIndex } from '../../src/core/glossary/GlossaryIndex';
import { readIndex, type IndexHeader, type RestoredIndex } from '../../src/core/glossary/persistedIndex';

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
export function restoredFrom(text: string, header: IndexHeader): GlossaryIndex {
	const back = readBack(text, header);
	if (!back) throw new Error('not read back');
	const index = new GlossaryIndex();
	index.restore(back);
	return index;
}
