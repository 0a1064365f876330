/** What study mode hides of a unit until the reader reveals it: each on its own. */
export type StudyPart = 'translation' | 'glosses' | 'cloze';

/**
 * Study mode of one lesson: whether translations and glosses start hidden (and, in cloze mode, the
 * 🔥 terms of the English), and which parts of which units the reader has revealed. Kept per note,
 * outside the DOM, so blocks rendered later (lazily, or again after an edit) come out in the same
 * state as those already on screen.
 */
export class StudyState {
	private readonly revealed = new Map<StudyPart, Set<number>>();
	/** Cloze mode: in study mode, the 🔥 terms of the English are blanks too. */
	cloze = false;

	constructor(public study: boolean) {}

	/** Whether `part` of `unit` is hidden now. */
	hides(unit: number, part: StudyPart): boolean {
		if (!this.study || (part === 'cloze' && !this.cloze)) return false;
		return !this.revealed.get(part)?.has(unit);
	}

	/** Whether the unit's translation is hidden (what the reveal button in it is for). */
	isConcealed(unit: number): boolean {
		return this.hides(unit, 'translation');
	}

	toggle(): void {
		this.study = !this.study;
		this.revealed.clear();
	}

	toggleCloze(): void {
		this.cloze = !this.cloze;
		this.revealed.delete('cloze');
	}

	/** Reveals some parts of a unit (by default the translation and the glosses: all but the cloze). */
	reveal(unit: number, parts: readonly StudyPart[] = ['translation', 'glosses']): void {
		for (const part of parts) this.units(part).add(unit);
	}

	/** Hides parts of a unit again (by default every part). */
	hide(unit: number, parts: readonly StudyPart[] = ['translation', 'glosses', 'cloze']): void {
		for (const part of parts) this.units(part).delete(unit);
	}

	revealAll(units: number[]): void {
		for (const unit of units) this.reveal(unit, ['translation', 'glosses', 'cloze']);
	}

	hideAll(): void {
		this.revealed.clear();
	}

	private units(part: StudyPart): Set<number> {
		let units = this.revealed.get(part);
		if (!units) this.revealed.set(part, (units = new Set()));
		return units;
	}
}
