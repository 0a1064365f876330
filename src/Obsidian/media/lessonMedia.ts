import type { App, TFile } from 'obsidian';
import { elementFor, readMediaRef } from '../../core/media/mediaRef';
import { readOffset } from '../../core/media/time';

/** What plays a lesson: a file (vault or URL) in an `<audio>`/`<video>` element, or a YouTube embed. */
export type MediaSource = { kind: 'element'; element: 'audio' | 'video'; src: string } | { kind: 'youtube'; id: string };

export interface LessonMedia {
	source: MediaSource;
	/** Where the lesson's clock stands when the recording starts (`media-offset:`), in seconds. */
	offset: number;
	/** Equal for two readings that play the same: a player is made anew only when it changes. */
	key: string;
	/** The `media-offset:` value as written when it cannot be read (the times then play as written), else null. */
	unreadableOffset: string | null;
}

/**
 * The media a lesson's `media:` property names, resolved: a vault link to its resource URL (as a
 * wikilink from the lesson resolves). Null when there is none, or it names nothing playable (an
 * unreadable value, a file not in the vault): the cards then offer no play button.
 */
export function lessonMedia(app: App, file: TFile): LessonMedia | null {
	const frontmatter = app.metadataCache.getFileCache(file)?.frontmatter;
	const ref = readMediaRef(frontmatter?.media);
	if (!ref || ref.kind === 'invalid') return null;
	let source: MediaSource;
	if (ref.kind === 'youtube') source = { kind: 'youtube', id: ref.id };
	else if (ref.kind === 'url') source = { kind: 'element', element: ref.element, src: ref.url };
	else {
		const target = app.metadataCache.getFirstLinkpathDest(ref.linkpath, file.path);
		if (!target) return null;
		source = { kind: 'element', element: elementFor(target.extension), src: app.vault.getResourcePath(target) };
	}
	// An unreadable offset counts as none, and is reported (see registerMedia).
	const { offset, unreadable: unreadableOffset } = readOffset(frontmatter?.['media-offset']);
	return { source, offset, key: JSON.stringify([source, offset]), unreadableOffset };
}
