import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { clozeOf } from '../../src/core/review/cloze';
import { BEEKEEPING } from './lessons';

const lesson = parseLesson(BEEKEEPING);
const clozeFor = (unit: number, term: string) => {
	const u = lesson.units[unit - 1];
	return clozeOf(u, u.terms.find((t) => t.term === term)?.span ?? null);
};

describe('the cloze', () => {
	it('blanks the term as the sentence inflects it, in the sentence that holds it', () => {
		expect(clozeFor(1, 'swarm')).toEqual({ before: 'Honestly, she ', answer: 'swarmed', after: ' twice last June.' });
		expect(clozeFor(1, 'keep tabs on')).toEqual({ before: 'After that we ', answer: 'kept tabs on', after: ' every hive, and the colony bounced back.' });
		expect(clozeFor(1, 'bounce back')).toEqual({ before: 'After that we kept tabs on every hive, and the colony ', answer: 'bounced back', after: '.' });
	});

	it('drops the syntax markup brackets around it, keeping ordinary words', () => {
		expect(clozeFor(2, 'kick in')).toEqual({ before: 'So when the nectar flow finally ', answer: 'kicks in', after: ', you\'re basically racing to add supers.' });
		expect(clozeFor(2, 'race')?.answer).toBe('racing');
	});

	it('is null for a glossed term the English does not use', () => {
		expect(clozeFor(3, 'brood')).toBeNull();
	});
});
