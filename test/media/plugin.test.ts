// @vitest-environment happy-dom
// Listening in the plugin, over the test double: play buttons, the docked player, follow-along,
// the commands, speech without media, and "Set lesson media…".
import { afterEach, describe, expect, it, vi } from 'vitest';
import BilingualLessonsPlugin from '../../src/main';
import { FAKE_TIMERS, loadPlugin, openNote, passTime } from '../obsidian-double/harness';
import { Platform, type App } from '../obsidian-double/obsidian';
import type { ViewMode } from '../obsidian-double/markdownView';
import { keeperLesson, KEEPER, WITH_MEDIA } from './lessons';
import { notices } from '../obsidian-double/notice';
import { translate } from '../../src/lang/t';

const AUDIO = 'Audio/keeper.wav';

async function open(lesson: string, mode: ViewMode = 'preview', extra: Record<string, string> = {}) {
	const { app, plugin } = await loadPlugin(BilingualLessonsPlugin, { files: { [KEEPER]: lesson, [AUDIO]: 'RIFF', ...extra }, data: { autoUpdateTermNotes: false, openInReadingView: false } });
	const view = await openNote(app, KEEPER, mode);
	const player = () => view.containerEl.find(':scope > .bl-player');
	const audio = () => player().find('audio') as HTMLAudioElement;
	const cards = (n: number) => view.containerEl.findAll(`.bl-card-block[data-bl-unit="${n}"]`);
	return { app, plugin, view, player, audio, cards };
}

afterEach(() => {
	vi.unstubAllGlobals();
	Platform.isAndroidApp = false;
});

describe('listening in the reading view', () => {
	it('makes each time range a play button and docks a player under the lesson', async () => {
		const { view, player, audio } = await open(keeperLesson(WITH_MEDIA));
		const buttons = view.containerEl.findAll('.bl-card-header button.bl-play');
		expect(buttons.map((b) => b.getText())).toEqual(['1:00:01–1:00:02', '1:00:02–1:00:04', '1:00:04–1:00:05']);
		expect(buttons[1].getAttr('aria-label')).toBe('Play unit 2 (1:00:02–1:00:04)');
		// Docked below the note's content, holding the vault file's resource.
		expect(player().previousElementSibling?.hasClass('view-content')).toBe(true);
		expect(audio().getAttr('src')).toBe(`app://local/${AUDIO}`);
		expect(player().find('[data-bl-player="rate"]').getText()).toBe('1×');
		expect(view.containerEl.findAll('.bl-speak')).toHaveLength(0);
	});

	it('plays exactly a unit on a click: from its start (offset applied), stopping at its end; the unit playing is lit', async () => {
		const { view, player, audio, cards } = await open(keeperLesson(WITH_MEDIA));
		view.containerEl.find('[data-bl-play="2"]').click();
		expect(audio().currentTime).toBe(2);
		expect(audio().paused).toBe(false);
		expect(cards(2).length).toBeGreaterThan(0);
		expect(cards(2).every((c) => c.hasClass('bl-playing'))).toBe(true);
		expect(view.containerEl.findAll('.bl-playing').every((c) => c.getAttr('data-bl-unit') === '2')).toBe(true);
		expect(player().find('.bl-player-unit').getText()).toBe('Unit 2 · 1:00:02–1:00:04');
		expect(player().find('[data-bl-player="toggle"]').getAttr('aria-label')).toBe('Pause');
		// The element reports its clock at the unit's end: paused there, the highlight gone.
		audio().currentTime = 4;
		audio().dispatchEvent(new Event('timeupdate'));
		expect(audio().paused).toBe(true);
		expect(view.containerEl.findAll('.bl-playing')).toHaveLength(0);
		expect(player().find('[data-bl-player="toggle"]').getAttr('aria-label')).toBe('Play');
	});

	it('loops a unit, slows to 0.75×, and answers the commands', async () => {
		const { app, view, player, audio, cards } = await open(keeperLesson(WITH_MEDIA));
		view.containerEl.find('[data-bl-play="1"]').click();
		player().find('[data-bl-player="loop"]').click();
		expect(player().find('[data-bl-player="loop"]').getAttr('aria-pressed')).toBe('true');
		audio().currentTime = 2;
		audio().dispatchEvent(new Event('timeupdate'));
		expect(audio().currentTime).toBe(1);
		expect(audio().paused).toBe(false);
		player().find('[data-bl-player="rate"]').click();
		expect(audio().playbackRate).toBe(0.75);
		expect(player().find('[data-bl-player="rate"]').getText()).toBe('0.75×');
		player().find('[data-bl-player="loop"]').click();
		await run(app, 'media-next-unit');
		expect(audio().currentTime).toBe(2);
		expect(cards(2).every((c) => c.hasClass('bl-playing'))).toBe(true);
		await run(app, 'media-next-unit');
		expect(audio().currentTime).toBe(4);
		await run(app, 'media-previous-unit');
		expect(audio().currentTime).toBe(2);
		await run(app, 'media-play-pause');
		expect(audio().paused).toBe(true);
		audio().currentTime = 3;
		await run(app, 'media-repeat-unit');
		expect(audio().currentTime).toBe(2);
		expect(audio().paused).toBe(false);
	});

	it('plays a URL, and a YouTube video through its embed from the unit start to its end', async () => {
		const { view, player } = await open(keeperLesson(['media: https://youtu.be/dQw4w9WgXcQ', 'media-offset: 3600']));
		expect(player().findAll('[data-bl-player="loop"], [data-bl-player="rate"]')).toHaveLength(0);
		view.containerEl.find('[data-bl-play="3"]').click();
		expect(player().find('iframe').getAttr('src')).toBe('https://www.youtube.com/embed/dQw4w9WgXcQ?start=4&autoplay=1&rel=0&enablejsapi=1&end=5');
		expect(view.containerEl.findAll('.bl-playing').map((c) => c.getAttr('data-bl-unit'))).toContain('3');
		const url = await open(keeperLesson(['media: https://example.org/keeper.mp4']));
		expect(url.player().find('video').getAttr('src')).toBe('https://example.org/keeper.mp4');
	});

	it('plays the YouTube unit it stopped again on Play, not the next one', async () => {
		const { view, player } = await open(keeperLesson(['media: https://youtu.be/dQw4w9WgXcQ', 'media-offset: 3600']));
		view.containerEl.find('[data-bl-play="2"]').click();
		const unit2 = player().find('iframe').getAttr('src');
		player().find('[data-bl-player="toggle"]').click();
		expect(player().find('iframe').getAttr('src')).toBeNull();
		player().find('[data-bl-player="toggle"]').click();
		expect(player().find('iframe').getAttr('src')).toBe(unit2);
		expect(view.containerEl.findAll('.bl-playing').every((c) => c.getAttr('data-bl-unit') === '2')).toBe(true);
	});

	it('scrolls the unit it plays to the top when the card is above or below the view, not when it is in view', async () => {
		const { view, cards } = await open(keeperLesson(WITH_MEDIA));
		view.containerEl.find('.view-content').getBoundingClientRect = () => new DOMRect(0, 100, 800, 500);
		const scrolled = [200, 650, 20].map((top, i) => {
			const card = cards(i + 1)[0];
			card.getBoundingClientRect = () => new DOMRect(0, top, 800, 80);
			return (card.scrollIntoView = vi.fn());
		});
		for (const n of [1, 2, 3]) view.containerEl.find(`[data-bl-play="${n}"]`).click();
		expect(scrolled.map((scroll) => scroll.mock.calls)).toEqual([[], [[{ block: 'start' }]], [[{ block: 'start' }]]]);
	});

	it('keeps the unit playing lit when the note is drawn again', async () => {
		const { view, cards } = await open(keeperLesson(WITH_MEDIA));
		view.containerEl.find('[data-bl-play="2"]').click();
		const before = cards(2)[0];
		view.previewMode.rerender(true);
		await view.whenRendered();
		expect(cards(2)[0]).not.toBe(before);
		expect(cards(2).length).toBeGreaterThan(0);
		expect(cards(2).every((c) => c.hasClass('bl-playing'))).toBe(true);
		expect(view.containerEl.findAll('.bl-playing').every((c) => c.getAttr('data-bl-unit') === '2')).toBe(true);
	});

	it('plays the file the lesson names now, from its offset now, when media or media-offset is changed', async () => {
		const { app, view, audio } = await open(keeperLesson(WITH_MEDIA), 'preview', { 'Audio/harbour.mp3': 'ID3' });
		const edit = async (from: string, to: string) => {
			await app.vault.process(app.vault.getFileByPath(KEEPER)!, (text) => text.replace(from, to));
			await app.metadataCache.settled();
		};
		await edit('[[keeper.wav]]', '[[harbour.mp3]]');
		expect(audio().getAttr('src')).toBe('app://local/Audio/harbour.mp3');
		await edit('"1:00:00"', '"0:59:59"');
		view.containerEl.find('[data-bl-play="2"]').click();
		expect(audio().currentTime).toBe(3);
	});

	it('says once, in the interface language, that an unreadable media-offset cannot be read, and plays the times as written', async () => {
		notices.length = 0;
		const { app, view, audio } = await open(keeperLesson(['media: "[[keeper.wav]]"', 'media-offset: "1:75"']));
		expect(notices).toEqual(['The media-offset "1:75" of Lessons/Lighthouse keeper.md cannot be read: write it as 15:00, 1:02:03, 900 or -0:30. The times play as written meanwhile.']);
		view.containerEl.find('[data-bl-play="1"]').click();
		expect(audio().currentTime).toBe(3601);
		// Redrawn, switched to Live Preview, the file touched: no second notice for the same value.
		await app.vault.process(app.vault.getFileByPath(KEEPER)!, (text) => text.replace('灯在黄昏时点亮。', '灯在黄昏时分点亮。'));
		await app.metadataCache.settled();
		view.setMode('live');
		expect(notices).toHaveLength(1);
		await app.vault.process(app.vault.getFileByPath(KEEPER)!, (text) => text.replace('"1:75"', 'abc'));
		await app.metadataCache.settled();
		expect(notices.at(-1)).toMatch(/^The media-offset "abc" of /);
		expect(notices).toHaveLength(2);
		expect(translate('zh', 'media.badOffset', { value: 'abc', lesson: KEEPER })).toBe(`无法读取 ${KEEPER} 的 media-offset“abc”：请写成 15:00、1:02:03、900 或 -0:30。在此之前按所写时间播放。`);
	});

	it('follows a YouTube embed by the time it reports: asks it to report once loaded, lights the unit it is in, ignores other frames', async () => {
		const { view, player } = await open(keeperLesson(['media: https://youtu.be/dQw4w9WgXcQ', 'media-offset: 3600']));
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		const lit = () => view.containerEl.findAll('.bl-playing').map((c) => c.getAttr('data-bl-unit'));
		const frame = player().find('iframe') as HTMLIFrameElement;
		const posted: [unknown, string][] = [];
		const embed = { postMessage: (data: unknown, origin: string) => posted.push([data, origin]) };
		Object.defineProperty(frame, 'contentWindow', { value: embed });
		view.containerEl.find('[data-bl-play="1"]').click();
		frame.dispatchEvent(new Event('load'));
		vi.advanceTimersByTime(600);
		// Asked again until it answers, at YouTube's origin only.
		expect(posted.length).toBe(3);
		expect(posted.every(([data, origin]) => (JSON.parse(data as string) as { event: string }).event === 'listening' && origin === 'https://www.youtube.com')).toBe(true);
		const say = (info: Record<string, number>, source: unknown = embed, origin = 'https://www.youtube.com') =>
			window.dispatchEvent(new MessageEvent('message', { data: JSON.stringify({ event: 'infoDelivery', info }), origin, source: source as Window }));
		say({ currentTime: 2.5, playerState: 1 });
		vi.advanceTimersByTime(1000);
		expect(posted.length).toBe(3);
		expect(lit()).toEqual(expect.arrayContaining(['2']));
		expect(lit().every((n) => n === '2')).toBe(true);
		expect(player().find('.bl-player-unit').getText()).toBe('Unit 2 · 1:00:02–1:00:04');
		// Another frame, or another origin, says nothing to this player.
		say({ currentTime: 4.5 }, {});
		say({ currentTime: 4.5 }, embed, 'https://evil.example');
		expect(player().find('.bl-player-unit').getText()).toBe('Unit 2 · 1:00:02–1:00:04');
		say({ currentTime: 4.5 });
		expect(lit().every((n) => n === '3')).toBe(true);
		// Paused in the embed: the player shows it, the highlight goes.
		say({ playerState: 2 });
		expect(player().find('[data-bl-player="toggle"]').getAttr('aria-label')).toBe('Play');
		expect(lit()).toEqual([]);
	});

	it('offers no player and no play button when the media names nothing in the vault', async () => {
		const { view, player } = await open(keeperLesson(['media: "[[missing.mp3]]"']));
		expect(player()).toBeNull();
		expect(view.containerEl.findAll('.bl-play')).toHaveLength(0);
		expect(view.containerEl.findAll('.bl-card-header').map((h) => h.getText())).toContain('21:00:02–1:00:04');
	});
});

describe('listening without media', () => {
	const stubSpeech = () => {
		const spoken: string[] = [];
		vi.stubGlobal('SpeechSynthesisUtterance', class {
			lang = '';
			constructor(readonly text: string) {}
		});
		vi.stubGlobal('speechSynthesis', { cancel() {}, speak: (u: { text: string }) => spoken.push(u.text) });
		return spoken;
	};

	it('reads a unit’s English aloud from its 🔊, brackets left out', async () => {
		const spoken = stubSpeech();
		const { view, player } = await open(keeperLesson());
		expect(player()).toBeNull();
		const speak = view.containerEl.find('[data-bl-unit="2"] button.bl-speak');
		expect(speak.getAttr('aria-label')).toBe('Read unit 2 aloud');
		speak.click();
		expect(spoken).toEqual(['When fog rolls in, the keeper sounds the horn.']);
	});

	it('turns its 🔊 into play buttons once the lesson names its media', async () => {
		stubSpeech();
		const { app, view } = await open(keeperLesson());
		expect(view.containerEl.findAll('.bl-speak').length).toBeGreaterThan(0);
		expect(view.containerEl.findAll('.bl-play')).toHaveLength(0);
		await app.vault.process(app.vault.getFileByPath(KEEPER)!, (text) => `---\n${WITH_MEDIA[0]}\n---\n${text}`);
		await vi.waitFor(() => expect(view.containerEl.findAll('.bl-play')).toHaveLength(3), { timeout: 5000 });
	});

	it('offers no 🔊 on Android or where there is no speech', async () => {
		stubSpeech();
		Platform.isAndroidApp = true;
		const android = await open(keeperLesson());
		expect(android.view.containerEl.findAll('.bl-speak')).toHaveLength(0);
		Platform.isAndroidApp = false;
		vi.unstubAllGlobals();
		const none = await open(keeperLesson());
		expect(none.view.containerEl.findAll('.bl-speak, .bl-play')).toHaveLength(0);
	});
});

describe('Set lesson media…', () => {
	it('writes the picked file as media: into the active lesson, then its times play; picking it again writes nothing', async () => {
		vi.useFakeTimers(FAKE_TIMERS);
		const { app, view } = await open(keeperLesson(), 'preview', { 'Audio/notes.md': '# not media' });
		const writes = vi.fn();
		app.vault.on('modify', writes);
		await run(app, 'set-lesson-media');
		const items = document.body.findAll('.suggestion-item');
		expect(items.map((i) => i.getText())).toEqual([AUDIO]);
		items[0].click();
		await vi.waitFor(() => expect(writes).toHaveBeenCalledTimes(1));
		const text = await app.vault.read(app.vault.getFileByPath(KEEPER)!);
		expect(text.startsWith('---\nmedia: "[[keeper.wav]]"\n---\n# 🗼')).toBe(true);
		await vi.waitFor(() => expect(view.containerEl.findAll('.bl-play')).toHaveLength(3), { timeout: 5000 });
		expect(view.containerEl.find(':scope > .bl-player')).not.toBeNull();
		await app.metadataCache.settled();
		await run(app, 'set-lesson-media');
		document.body.find('.suggestion-item').click();
		await passTime(50);
		expect(writes).toHaveBeenCalledTimes(1);
	});

	it('is offered on lessons only', async () => {
		const { app } = await open(keeperLesson(), 'preview', { 'Plain.md': '# Shopping\n- eggs\n' });
		await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath('Plain.md')!);
		expect(checkCommand(app, 'set-lesson-media')).toBe(false);
	});
});

async function run(app: App, id: string): Promise<void> {
	await app.registry.runCommand(id);
}

function checkCommand(app: App, id: string): boolean {
	const command = [...app.registry.commands.values()].find((c) => c.id.endsWith(`:${id}`) || c.id === id);
	return command?.checkCallback?.(true) ?? false;
}
