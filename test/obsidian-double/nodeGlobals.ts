import type { installDomHelpers } from './dom';

type DomWindow = Parameters<typeof installDomHelpers>[0];

/** The browser globals CodeMirror's view reads. */
const NAMES = ['window', 'document', 'navigator', 'Node', 'Element', 'HTMLElement', 'Text', 'MutationObserver', 'ResizeObserver', 'IntersectionObserver', 'requestAnimationFrame', 'cancelAnimationFrame', 'getComputedStyle', 'getSelection', 'createDiv'] as const;

/** Makes `win` (a happy-dom window) the global browser of a Node process, as vitest's happy-dom environment does, for a bench. */
export function useAsGlobalWindow(win: DomWindow): void {
	for (const name of NAMES) Object.defineProperty(globalThis, name, { value: (win as unknown as Record<string, unknown>)[name], configurable: true, writable: true });
}
