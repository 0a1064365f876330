/**
 * Work cut into steps: a generator that yields between them and returns the result. The same steps run in one
 * go (a command line, a test) or with the event loop given turns between them (in Obsidian, see Slicer), so a
 * long computation is written once either way.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step now and returns the result. */
export function runSteps<T>(steps: Steps<T>): T {
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/** Runs the steps, awaiting `turn` after each (Slicer.turn gives the event loop a turn once a task has run long enough). */
export async function runStepsInTurns<T>(steps: Steps<T>, turn: () => Promise<void>): Promise<T> {
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
		await turn();
	}
}
