/**
 * Study mode of one lesson: whether translations and glosses start hidden, and which units the
 * reader has revealed. Kept per note, outside the DOM, so blocks rendered later (lazily, or again
 * after an edit) come out in the same state as those already on screen.
 */
export class StudyState {
	private readonly revealed = new Set<number>();

	constructor(public study: boolean) {}

	isConcealed(unit: number): boolean {
		return this.study && !this.revealed.has(unit);
	}

	toggle(): void {
		this.study = !this.study;
		this.revealed.clear();
	}

	reveal(unit: number): void {
		this.revealed.add(unit);
	}

	revealAll(units: number[]): void {
		for (const unit of units) this.revealed.add(unit);
	}

	hideAll(): void {
		this.revealed.clear();
	}
}
