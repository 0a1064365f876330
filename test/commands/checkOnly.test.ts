// @vitest-environment happy-dom
// Every command of the plugin, only asked whether it applies (as the command palette asks of each when it
// lists them), changes nothing: no note written, no modal, notice or tab opened, the player left as it was.
import { expect, it } from 'vitest';
import BilingualLessonsPlugin from '../../src/main';
import type { App } from '../obsidian-double/app';
import { loadPlugin, openNote, quiet } from '../obsidian-double/harness';
import { notices } from '../obsidian-double/notice';
import { keeperLesson, KEEPER, WITH_MEDIA } from '../media/lessons';
import { damage } from '../repair/damage';
import { ESPRESSO } from '../repair/freshLessons';

const BROKEN = 'Coffee/espresso.md';
const FILES = { [KEEPER]: keeperLesson(WITH_MEDIA), 'Audio/keeper.wav': 'RIFF', [BROKEN]: damage(ESPRESSO) };

/** The ids of the commands whose check says they apply now. */
function check(app: App): string[] {
	return [...app.registry.commands.values()].filter((command) => command.checkCallback?.(true)).map((command) => command.id.replace(/^.*:/, ''));
}

/** What a command could change: the notes, the page, the notices, the open tabs, the player. */
function state(app: App) {
	const audio = document.querySelector('audio');
	return {
		notes: Object.fromEntries(app.vault.getFiles().map((file) => [file.path, app.vault.peek(file)])),
		page: document.body.outerHTML,
		notices: [...notices],
		tabs: app.workspace.getLeavesOfType('markdown').length,
		player: audio && [audio.currentTime, audio.paused, audio.playbackRate],
	};
}

it('changes nothing when the plugin is asked whether its commands apply', async () => {
	const { app, plugin } = await loadPlugin(BilingualLessonsPlugin, { files: FILES, data: { autoUpdateTermNotes: false } });
	document.body.appendChild(app.workspace.containerEl);
	const lesson = await openNote(app, KEEPER);
	lesson.containerEl.find('[data-bl-play="1"]').click();
	// A word selected in the English, for "Add as a term".
	const range = document.createRange();
	range.selectNodeContents(lesson.containerEl.find('.bl-card-block[data-bl-unit="1"] .bl-english .bl-term'));
	getSelection()!.addRange(range);
	await quiet(app);

	const before = state(app);
	expect(check(app)).toEqual(
		expect.arrayContaining([
			...['media-play-pause', 'media-previous-unit', 'media-next-unit', 'media-repeat-unit', 'set-lesson-media'],
			...['toggle-study-mode', 'reveal-all', 'hide-all', 'toggle-cloze-mode', 'add-selection-as-term', 'add-unit-block-ids', 'update-term-notes-for-lesson'],
		]),
	);
	await quiet(app);
	expect(state(app)).toEqual(before);

	await openNote(app, BROKEN, 'source');
	await quiet(app);
	const broken = state(app);
	expect(check(app)).toContain('repair-text-encoding');
	await quiet(app);
	expect(state(app)).toEqual(broken);
	plugin.unload();
});
