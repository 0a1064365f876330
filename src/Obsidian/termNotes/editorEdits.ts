import type { Extension, Transaction } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { editorInfoField, type TFile } from 'obsidian';

/**
 * CodeMirror's user events for a change made by hand: typing, pasting, dropping, completing
 * (`input.*`), deleting and cutting (`delete.*`), moving lines or dragged text (`move.*`), undo and
 * redo. A plugin's Editor API call, a reload from disk (sync, another app) or a note loading carries none.
 */
const USER_EDITS = ['input', 'delete', 'move', 'undo', 'redo'] as const;

/** Whether `tr` changed the document by the user's own hand. */
export function isUserEdit(tr: Transaction): boolean {
	return tr.docChanged && USER_EDITS.some((event) => tr.isUserEvent(event));
}

/** What an editor's change tells: the note, its text after the change, and whether the user made it. */
export type EditorEdit = (file: TFile, text: string, byUser: boolean) => void;

/** An editor extension that reports every change to the document of a note's editor. */
export function editorEdits(report: EditorEdit): Extension {
	return EditorView.updateListener.of((update) => {
		if (!update.docChanged) return;
		const file = update.state.field(editorInfoField, false)?.file;
		if (file) report(file, update.state.doc.toString(), update.transactions.some(isUserEdit));
	});
}
