/** The longest stretch of work before the event loop gets a turn (a "long task" is 50 ms). */
export const SLICE_MS = 12;

/**
 * Cuts a long loop into tasks: `await slicer.turn()` after each step gives the event loop a turn once the
 * current task has run `budgetMs`. `nextTask` must wait for a new task (a message or a timer), not a promise: a resolved
 * promise runs in the same task and would let no input or paint through.
 */
export class Slicer {
	private start = performance.now();

	constructor(
		private readonly nextTask: () => Promise<void>,
		private readonly budgetMs = SLICE_MS,
	) {}

	async turn(): Promise<void> {
		if (performance.now() - this.start < this.budgetMs) return;
		await this.nextTask();
		this.start = performance.now();
	}
}
