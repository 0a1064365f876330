import { Modal, type App } from 'obsidian';

/**
 * A modal that asks one question: `ask` opens it and resolves to the choice made, or to `dismissed`
 * when it is closed without one (Escape, the close button, another modal).
 */
export abstract class ChoiceModal<T> extends Modal {
	private decide: ((choice: T) => void) | null = null;

	constructor(
		app: App,
		private readonly dismissed: T,
	) {
		super(app);
	}

	ask(): Promise<T> {
		return new Promise((resolve) => {
			this.decide = resolve;
			this.open();
		});
	}

	onClose(): void {
		this.contentEl.empty();
		this.choose(this.dismissed);
	}

	/** Answers once, and closes the modal. */
	protected choose(choice: T): void {
		const decide = this.decide;
		if (!decide) return;
		this.decide = null;
		decide(choice);
		this.close();
	}
}
