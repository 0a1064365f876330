import { describe, expect, it } from 'vitest';
import { StudyStates } from '../../src/core/cards/StudyStates';

describe('study states of the lesson notes', () => {
	it('gives each note its own state, made in the default and kept across calls', () => {
		const states = new StudyStates(true);
		const a = states.of('a.md');
		a.reveal(2);
		expect(states.of('a.md')).toBe(a);
		expect([states.of('a.md').hides(2, 'translation'), states.of('b.md').hides(2, 'translation')]).toEqual([false, true]);
	});

	it('starts every note over when the default changes, and keeps them when it is set to what it was', () => {
		const states = new StudyStates(false);
		states.of('a.md').toggle();
		states.of('a.md').reveal(1);
		expect(states.setDefault(false)).toBe(false);
		expect(states.of('a.md').study).toBe(true);
		expect(states.setDefault(true)).toBe(true);
		expect([states.of('a.md').study, states.of('a.md').hides(1, 'translation')]).toEqual([true, true]);
		expect(states.setDefault(false)).toBe(true);
		expect(states.of('a.md').study).toBe(false);
	});
});
