/**
 * What a lesson's `media:` property names: a file in the vault, a URL of an audio or video file, or
 * a YouTube video. Plain data; the Obsidian layer resolves vault links and makes the player.
 */
export type MediaRef =
	/** A vault file, as linked (`talk.mp3`, `Media/talk`): resolved like a wikilink from the lesson. */
	| { kind: 'vault'; linkpath: string }
	| { kind: 'url'; url: string; element: 'audio' | 'video' }
	| { kind: 'youtube'; id: string }
	/** A value that names no media (a number, a list, an empty link): shown to the user as it stands. */
	| { kind: 'invalid'; value: string };

const AUDIO = ['mp3', 'wav', 'm4a', 'ogg', 'oga', 'opus', 'flac', 'aac', '3gp'];
const VIDEO = ['mp4', 'webm', 'ogv', 'mov', 'mkv', 'm4v'];

/** The extensions the "Set lesson media" picker offers. */
export const MEDIA_EXTENSIONS: readonly string[] = [...AUDIO, ...VIDEO];

/** Which element plays a file with this extension: video files in a `<video>`, the rest in an `<audio>`. */
export function elementFor(extension: string): 'audio' | 'video' {
	return VIDEO.includes(extension.toLowerCase()) ? 'video' : 'audio';
}

/**
 * Reads a `media:` value: `"[[talk.mp3]]"` (also `![[…]]`, with an alias or a heading), an unquoted
 * `[[talk.mp3]]` (which YAML reads as a list in a list), a bare vault path, an `http(s)` URL, or a
 * YouTube link. Null when the property is absent or empty.
 */
export function readMediaRef(value: unknown): MediaRef | null {
	const text = asText(value);
	if (text === null) return { kind: 'invalid', value: JSON.stringify(value) };
	if (text === '') return null;
	const link = /^!?\[\[([^\]]*)\]\]$/.exec(text);
	if (link) {
		const linkpath = link[1].split('|')[0].split('#')[0].trim();
		return linkpath ? { kind: 'vault', linkpath } : { kind: 'invalid', value: text };
	}
	if (!/^https?:\/\//i.test(text)) return /^[a-z][a-z0-9+.-]*:/i.test(text) ? { kind: 'invalid', value: text } : { kind: 'vault', linkpath: text };
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return { kind: 'invalid', value: text };
	}
	const id = youtubeId(url);
	if (id) return { kind: 'youtube', id };
	const extension = /\.([a-z0-9]+)$/i.exec(url.pathname)?.[1] ?? '';
	return { kind: 'url', url: url.href, element: elementFor(extension) };
}

/** A string, or the text of YAML's reading of an unquoted `[[link]]` (`[["link"]]`); null for other values. */
function asText(value: unknown): string | null {
	if (value === undefined || value === null) return '';
	if (typeof value === 'string') return value.trim();
	if (Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1 && typeof value[0][0] === 'string') return `[[${value[0][0]}]]`;
	return null;
}

const YOUTUBE_HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'music.youtube.com', 'youtube-nocookie.com', 'www.youtube-nocookie.com']);
const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;

/** The video id of a YouTube link (`watch?v=`, `youtu.be/`, `/embed/`, `/shorts/`, `/live/`), or null. */
function youtubeId(url: URL): string | null {
	const host = url.hostname.toLowerCase();
	let id: string | null = null;
	if (host === 'youtu.be') id = url.pathname.split('/')[1] ?? null;
	else if (YOUTUBE_HOSTS.has(host)) {
		const [, first, second] = url.pathname.split('/');
		id = first === 'watch' ? url.searchParams.get('v') : ['embed', 'shorts', 'live', 'v'].includes(first) ? (second ?? null) : null;
	}
	return id !== null && VIDEO_ID.test(id) ? id : null;
}

/** The embed of a YouTube video playing from `start` to `end` (seconds; the embed takes whole ones), reporting its time by postMessage. */
export function youtubeEmbedUrl(id: string, start: number, end: number | null): string {
	const params = new URLSearchParams({ start: String(Math.floor(start)), autoplay: '1', rel: '0', enablejsapi: '1' });
	if (end !== null && Number.isFinite(end)) params.set('end', String(Math.ceil(end)));
	return `https://www.youtube.com/embed/${id}?${params}`;
}
