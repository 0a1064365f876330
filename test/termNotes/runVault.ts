import { expect, vi } from 'vitest';
import type { App } from '../obsidian-double/app';
import { notices } from '../obsidian-double/notice';

function button(label: string): HTMLElement {
	const found = [...document.querySelectorAll<HTMLElement>('.modal button')].find((b) => b.textContent === label);
	if (!found) throw new Error(`no ${label} button`);
	return found;
}

/** Looks every 5 ms (vitest's 50 ms is real time lost on each of the many runs), for as long as under load a run takes. */
const POLL = { interval: 5, timeout: 10_000 };

/** Runs the vault-wide term notes command and answers its preview with `answer`; resolves with the preview's text. */
export async function runVault(app: App, answer: 'Apply' | 'Cancel' | 'Close'): Promise<string> {
	notices.length = 0;
	await app.registry.runCommand('update-term-notes-for-vault');
	const preview = await vi.waitFor(() => {
		const text = document.querySelector<HTMLElement>('.modal')?.textContent;
		if (text === undefined) throw new Error('no preview');
		return text;
	}, POLL);
	button(answer).click();
	if (answer === 'Apply') await vi.waitFor(() => expect(notices[notices.length - 1] ?? '').toMatch(/^Term notes/), POLL);
	await app.metadataCache.settled();
	return preview;
}
