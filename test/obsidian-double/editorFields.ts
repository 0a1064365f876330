import type * as O from 'obsidian';
import { StateEffect, StateField } from '@codemirror/state';

/** How the double switches an editor between Live Preview and source mode (Obsidian's own way is internal). */
export const setLivePreview = StateEffect.define<boolean>();

/** Obsidian's `editorLivePreviewField`: whether the editor shows Live Preview. */
export const editorLivePreviewField: StateField<boolean> = StateField.define<boolean>({
	create: () => false,
	update: (value, tr) => tr.effects.reduce((on, effect) => (effect.is(setLivePreview) ? effect.value : on), value),
});

/** Obsidian's `editorInfoField`: the view an editor belongs to (each editor is given its own with `init`). */
export const editorInfoField: StateField<Pick<O.MarkdownFileInfo, 'file'>> = StateField.define<Pick<O.MarkdownFileInfo, 'file'>>({
	create: () => ({ file: null }),
	update: (info) => info,
});
