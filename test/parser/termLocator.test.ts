import { describe, expect, it } from 'vitest';
import { TermLocator } from '../../src/core/parser/TermLocator';

/** Past 4,096 characters the English is indexed once instead of searched per term: every rule must hold both ways. */
const FILLER = ' Zz.'.repeat(1100);
const MODES = [['short', ''], ['long (indexed)', FILLER]] as const;

/** The text of `english` where `term` is located, or null. */
const located = (english: string, term: string) => {
	const span = new TermLocator(english).locate(term);
	return span && english.slice(span.start, span.end);
};

describe.each(MODES)('locating a term in a %s English', (_, filler) => {
	const find = (english: string, term: string) => located(english + filler, term);

	it.each([
		['TPU', 'Google TPUs run it.', 'TPUs'],
		['GPU', 'Rent GPUs.', 'GPUs'],
		['API', 'Two APIs and a CPU.', 'APIs'],
	])('finds %s as an acronym’s plural', (term, english, expected) => {
		expect(find(english, term)).toBe(expected);
	});
});
