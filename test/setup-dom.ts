// Vitest setup for every test file: Obsidian's DOM helpers on the prototypes (under happy-dom), and after each test
// what a test may leave behind cleared: fake timers, spies, the notices shown and the document's body.
import { afterEach, vi } from 'vitest';
import { installDomHelpers } from './obsidian-double/dom';
import { notices } from './obsidian-double/notice';

if (typeof window !== 'undefined') installDomHelpers(window);

afterEach(() => {
	vi.useRealTimers();
	vi.restoreAllMocks();
	notices.length = 0;
	if (typeof document !== 'undefined') document.body.empty();
});
