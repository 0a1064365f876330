import { describe, expect, it } from 'vitest';
import { StudyState } from '../../src/core/cards/StudyState';

describe('study state', () => {
	it('reveals translation and glosses of a unit separately, and hides them again', () => {
		const study = new StudyState(true);
		expect([study.hides(3, 'translation'), study.hides(3, 'glosses'), study.hides(3, 'cloze')]).toEqual([true, true, false]);
		study.reveal(3, ['translation']);
		expect([study.hides(3, 'translation'), study.hides(3, 'glosses')]).toEqual([false, true]);
		expect(study.hides(4, 'translation')).toBe(true);
		study.reveal(3, ['glosses']);
		study.hide(3, ['translation']);
		expect([study.hides(3, 'translation'), study.hides(3, 'glosses')]).toEqual([true, false]);
		study.reveal(3);
		expect([study.hides(3, 'translation'), study.hides(3, 'glosses')]).toEqual([false, false]);
		study.hide(3);
		expect([study.hides(3, 'translation'), study.hides(3, 'glosses')]).toEqual([true, true]);
	});

	it('hides the 🔥 terms in cloze mode until revealed, and nothing at all outside study mode', () => {
		const study = new StudyState(true);
		study.toggleCloze();
		expect(study.hides(1, 'cloze')).toBe(true);
		study.reveal(1);
		expect(study.hides(1, 'cloze')).toBe(true);
		study.reveal(1, ['cloze']);
		expect(study.hides(1, 'cloze')).toBe(false);
		study.revealAll([1, 2]);
		expect(study.hides(2, 'cloze')).toBe(false);
		study.hideAll();
		expect(study.hides(2, 'cloze')).toBe(true);
		study.toggle();
		expect([study.hides(2, 'cloze'), study.hides(2, 'translation'), study.hides(2, 'glosses')]).toEqual([false, false, false]);
	});

	it('forgets every reveal when study mode is switched off and on again, and the cloze reveals when cloze mode is', () => {
		const study = new StudyState(true);
		study.toggleCloze();
		study.revealAll([1, 2]);
		study.toggleCloze();
		study.toggleCloze();
		expect([study.hides(1, 'cloze'), study.hides(1, 'translation')]).toEqual([true, false]);
		study.toggle();
		study.toggle();
		expect([study.hides(1, 'translation'), study.hides(2, 'glosses'), study.hides(2, 'cloze')]).toEqual([true, true, true]);
	});
});
