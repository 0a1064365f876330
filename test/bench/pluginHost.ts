// What a bench of the plugin itself needs in Node: the DOM and Obsidian's globals the plugin and the test double expect.
import { runInThisContext } from 'node:vm';
import { Window } from 'happy-dom';
import { installDomHelpers } from '../obsidian-double/dom';

/** Window globals the plugin, the double and CodeMirror (a note open in its editor) read. */
const GLOBALS = ['document', 'createEl', 'createDiv', 'createSpan', 'createFragment', 'activeDocument', 'activeWindow', 'HTMLElement', 'Element', 'Node', 'Event', 'KeyboardEvent', 'MouseEvent', 'DocumentFragment', 'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame', 'MutationObserver', 'ResizeObserver', 'Range', 'Text', 'getSelection', 'navigator', 'HTMLInputElement', 'InputEvent', 'FocusEvent'];

/** The DOM and Obsidian's globals on a happy-dom window, given to Node's global object. */
export function installGlobals(): void {
	const win = new Window();
	installDomHelpers(win as unknown as Parameters<typeof installDomHelpers>[0]);
	const g = runInThisContext('this') as Record<string, unknown>;
	g.window = win;
	for (const name of GLOBALS) g[name] ??= (win as unknown as Record<string, unknown>)[name];
}
