// @vitest-environment happy-dom
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { describe, expect, it } from 'vitest';
import { editorEdits } from '../../src/Obsidian/termNotes/editorEdits';
import { editorInfoField } from '../obsidian-double/editorFields';
import { TFile } from '../obsidian-double/files';

const file = new TFile('Lessons/tide pools.md');

/** A real CodeMirror editor over `doc` for `file`, with the extension reporting into the returned list. */
function editor(doc: string, of: TFile | null = file) {
	const reports: { path: string; text: string; byUser: boolean }[] = [];
	const view = new EditorView({
		state: EditorState.create({
			doc,
			extensions: [editorInfoField.init(() => ({ file: of })), editorEdits((f, text, byUser) => reports.push({ path: f.path, text, byUser }))],
		}),
		parent: document.body,
	});
	return { view, reports };
}

describe("the editor extension that tells the user's edits from others", () => {
	// The user events CodeMirror's own commands and input handling put on their transactions.
	it.each(['input.type', 'input.paste', 'input.drop', 'input.complete', 'delete.backward', 'delete.cut', 'delete.selection', 'move.line', 'move.drop', 'undo', 'redo'])(
		'takes a change labelled %s for the user\'s',
		(userEvent) => {
			const { view, reports } = editor('tide pool');
			view.dispatch({ changes: { from: 9, insert: 's' }, userEvent });
			expect(reports).toEqual([{ path: file.path, text: 'tide pools', byUser: true }]);
		},
	);

	it('takes a change with no user event (an Editor API call, a reload from disk) or another label for no edit of the user\'s', () => {
		const { view, reports } = editor('tide pool');
		view.dispatch({ changes: { from: 0, insert: '# ' } });
		view.dispatch({ changes: { from: 0, to: 2 }, userEvent: 'set' });
		view.dispatch({ changes: { from: 0, insert: 'x' }, userEvent: 'inputs' });
		expect(reports.map((r) => [r.text, r.byUser])).toEqual([
			['# tide pool', false],
			['tide pool', false],
			['xtide pool', false],
		]);
	});

	it('reports nothing for a selection or an effect that changes no text, or for an editor with no note', () => {
		const { view, reports } = editor('tide pool');
		view.dispatch({ selection: { anchor: 4 }, userEvent: 'select.pointer' });
		expect(reports).toEqual([]);
		const noNote = editor('scratch', null);
		noNote.view.dispatch({ changes: { from: 0, insert: 'x' }, userEvent: 'input.type' });
		expect(noNote.reports).toEqual([]);
	});

	it("tells an update holding both the user's change and another's as the user's", () => {
		const { view, reports } = editor('ab');
		const reload = view.state.update({ changes: { from: 0, insert: '1' } });
		view.dispatch([reload, reload.state.update({ changes: { from: 3, insert: '2' }, userEvent: 'input.type' })]);
		expect(reports).toEqual([{ path: file.path, text: '1ab2', byUser: true }]);
	});
});
