import type * as O from 'obsidian';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { editorInfoField, editorLivePreviewField, setLivePreview } from './editorFields';

/**
 * Obsidian's editing mode of a markdown view: a real CodeMirror 6 editor holding the note, in Live
 * Preview or source mode, with the editor extensions plugins registered (reconfigured when they change).
 * The double draws nothing of Live Preview itself (no hidden markup): only the plugins' decorations.
 */
export class MarkdownEditMode {
	readonly containerEl: HTMLElement;
	readonly cm: EditorView;
	private readonly plugins = new Compartment();
	/** Set while the editor takes the buffer's text, which is no typing to report back. */
	private syncing = false;

	constructor(
		parentEl: HTMLElement,
		info: Pick<O.MarkdownFileInfo, 'file'>,
		text: string,
		livePreview: boolean,
		extensions: readonly Extension[],
		/** Each change typed in the editor, [from, to) of the text before it. */
		typed: (from: number, to: number, text: string) => void,
	) {
		this.containerEl = parentEl.createDiv({ cls: 'markdown-source-view cm-s-obsidian mod-cm6' });
		this.containerEl.toggleClass('is-live-preview', livePreview);
		const state = EditorState.create({
			doc: text,
			extensions: [
				editorInfoField.init(() => info),
				editorLivePreviewField.init(() => livePreview),
				EditorView.lineWrapping,
				this.plugins.of([...extensions]),
				EditorView.updateListener.of((update) => {
					if (this.syncing || !update.docChanged) return;
					const changes: [number, number, string][] = [];
					update.changes.iterChanges((from, to, _fromB, _toB, inserted) => changes.push([from, to, inserted.toString()]));
					// Last first: each change's offsets stay those of the text before the transaction.
					for (const [from, to, inserted] of changes.reverse()) typed(from, to, inserted);
				}),
			],
		});
		this.cm = new EditorView({ state, parent: this.containerEl });
	}

	get text(): string {
		return this.cm.state.doc.toString();
	}

	/** Takes the buffer's text when something else changed it: only the span that differs is replaced, unless `whole`. */
	setText(text: string, whole = false): void {
		const old = this.text;
		if (text === old) return;
		if (whole) return this.replace(0, old.length, text);
		let start = 0;
		while (start < old.length && start < text.length && old[start] === text[start]) start++;
		let end = 0;
		while (end < old.length - start && end < text.length - start && old[old.length - 1 - end] === text[text.length - 1 - end]) end++;
		this.replace(start, old.length - end, text.slice(start, text.length - end));
	}

	private replace(from: number, to: number, insert: string): void {
		this.syncing = true;
		try {
			this.cm.dispatch({ changes: { from, to, insert } });
		} finally {
			this.syncing = false;
		}
	}

	setLivePreview(on: boolean): void {
		this.containerEl.toggleClass('is-live-preview', on);
		this.cm.dispatch({ effects: setLivePreview.of(on) });
	}

	reconfigure(extensions: readonly Extension[]): void {
		this.cm.dispatch({ effects: this.plugins.reconfigure([...extensions]) });
	}

	/** Puts the cursor at the start of a 0-based line and scrolls to it, as opening a link at a line does. */
	goToLine(line: number): void {
		const target = this.cm.state.doc.line(Math.min(line + 1, this.cm.state.doc.lines));
		this.cm.dispatch({ selection: { anchor: target.from }, scrollIntoView: true });
	}

	/** Obsidian's `applyScroll` of the editing view: brings a 0-based line to the top, the cursor left where it is. */
	applyScroll(line: number): void {
		const doc = this.cm.state.doc;
		const target = doc.line(Math.max(1, Math.min(Math.floor(line) + 1, doc.lines)));
		this.cm.dispatch({ effects: EditorView.scrollIntoView(target.from, { y: 'start' }) });
	}

	destroy(): void {
		this.cm.destroy();
		this.containerEl.detach();
	}
}
