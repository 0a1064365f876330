import { MarkdownView, normalizePath, Notice } from 'obsidian';
import { applyInsertion, editorChange, termInsertion, type NewTerm } from '../../core/cards/addTerm';
import type { PluginContext } from '../context';
import { markdownViews } from './lessonViews';
import { t } from '../../lang/t';

/**
 * Appends `term` to the analysis list of unit `n` of the lesson at `path`: through the editor when
 * the note is open in one (its undo history keeps the change), else with Vault.process. The place is
 * found in the text as it is at that moment, so an edit made meanwhile is never overwritten.
 */
export async function addTermToLesson(ctx: PluginContext, path: string, n: number, term: NewTerm): Promise<boolean> {
	const { app } = ctx;
	const editing = markdownViews(app, path).find((view): view is MarkdownView => view.getMode() === 'source');
	if (editing) {
		const text = editing.editor.getValue();
		const lines = text.split('\n');
		const insertion = termInsertion(ctx.lessons.get(path, text), n, term, lines);
		if (!insertion) return missing(n);
		const change = editorChange(insertion, lines);
		editing.editor.replaceRange(change.text, { line: change.line, ch: change.ch });
		return true;
	}
	const file = app.vault.getFileByPath(normalizePath(path));
	if (!file) {
		new Notice(t('notice.lessonGone', { path }));
		return false;
	}
	let found = true;
	await app.vault.process(file, (text) => {
		const insertion = termInsertion(ctx.lessons.get(path, text), n, term, text.split(/\r?\n/));
		found = insertion !== null;
		return insertion ? applyInsertion(text, insertion) : text;
	});
	return found || missing(n);
}

function missing(n: number): false {
	new Notice(t('notice.unitGone', { unit: n }));
	return false;
}
