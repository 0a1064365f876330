import { Notice } from 'obsidian';
import { addBlockIds, type BlockIdEdit } from '../../core/termNotes/blockIds';
import type { PluginContext } from '../context';
import type { VaultNoteFiles } from './VaultNoteFiles';
import { t } from '../../lang/t';

/**
 * "Add unit block ids to this lesson": the only command that writes into a lesson. Adds ` ^unit-N`
 * to each unit header that ends a paragraph and has no id yet, so term note links open that unit.
 */
export function registerBlockIdsCommand(ctx: PluginContext, files: VaultNoteFiles): void {
	ctx.plugin.addCommand({
		id: 'add-unit-block-ids',
		name: t('command.addUnitBlockIds'),
		checkCallback: (checking) => {
			const file = ctx.app.workspace.getActiveFile();
			if (!file || file.extension !== 'md') return false;
			if (!checking) void addIds(ctx, files, file.path);
			return true;
		},
	});
}

async function addIds(ctx: PluginContext, files: VaultNoteFiles, path: string): Promise<void> {
	let edit: BlockIdEdit | null = null;
	try {
		await files.process(path, (text) => {
			const lesson = ctx.lessons.get(path, text);
			edit = lesson.isLesson ? addBlockIds(text, lesson) : null;
			return edit?.text ?? text;
		});
	} catch (error) {
		new Notice(t('notice.blockIdsFailed', { error: error instanceof Error ? error.message : String(error) }));
		return;
	}
	new Notice(edit ? describe(edit) : t('notice.notALesson'));
}

function describe(edit: BlockIdEdit): string {
	const added = edit.added === 0 ? t('notice.blockIdsNone') : t('notice.blockIdsAdded', { count: edit.added });
	return edit.skipped.length === 0 ? added : `${added}\n${t('notice.blockIdsSkipped', { units: edit.skipped.join(t('list.separator')) })}`;
}
