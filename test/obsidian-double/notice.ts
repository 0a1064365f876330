import type * as O from 'obsidian';

/** Every notice message shown, oldest first (tests read and clear it). */
export const notices: string[] = [];

/** Obsidian's `Notice`: records its message; with a DOM, shows it in `.notice-container`. */
export class Notice implements Pick<O.Notice, 'containerEl' | 'messageEl' | 'hide'> {
	containerEl!: HTMLElement;
	messageEl!: HTMLElement;

	constructor(message: string | DocumentFragment, duration = 5000) {
		if (typeof document !== 'undefined') {
			const container = document.body.querySelector<HTMLElement>('.notice-container') ?? document.body.createDiv({ cls: 'notice-container' });
			this.containerEl = container.createDiv({ cls: 'notice' });
			this.messageEl = this.containerEl.createDiv({ cls: 'notice-message' });
			// As in Obsidian, a click on a notice dismisses it.
			this.containerEl.addEventListener('click', () => this.hide());
			if (duration > 0) setTimeout(() => this.hide(), duration);
		}
		this.setMessage(message);
	}

	setMessage(message: string | DocumentFragment): this {
		notices.push(typeof message === 'string' ? message : (message.textContent ?? ''));
		this.messageEl?.setText(message);
		return this;
	}

	hide(): void {
		this.containerEl?.detach();
	}
}
