import { StudyState } from './StudyState';

/**
 * The study state of each lesson note, made on first use in the current default (the "Start in study
 * mode" setting). A new default starts every note over in it: reveals and per-note toggles are dropped.
 */
export class StudyStates {
	private readonly states = new Map<string, StudyState>();

	constructor(private studyDefault: boolean) {}

	of(path: string): StudyState {
		let state = this.states.get(path);
		if (!state) this.states.set(path, (state = new StudyState(this.studyDefault)));
		return state;
	}

	/** Takes a new default; true when it differs, and every note starts over. */
	setDefault(study: boolean): boolean {
		if (study === this.studyDefault) return false;
		this.studyDefault = study;
		this.states.clear();
		return true;
	}
}
