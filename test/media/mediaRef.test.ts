import { describe, expect, it } from 'vitest';
import { elementFor, readMediaRef, youtubeEmbedUrl } from '../../src/core/media/mediaRef';

describe('readMediaRef', () => {
	it('reads vault links, embeds, aliases and headings as the file they link', () => {
		expect(readMediaRef('[[talk.mp3]]')).toEqual({ kind: 'vault', linkpath: 'talk.mp3' });
		expect(readMediaRef('![[Media/talk.m4a]]')).toEqual({ kind: 'vault', linkpath: 'Media/talk.m4a' });
		expect(readMediaRef('[[talk.mp3|the talk]]')).toEqual({ kind: 'vault', linkpath: 'talk.mp3' });
		expect(readMediaRef(' [[interview.mp4#part 2]] ')).toEqual({ kind: 'vault', linkpath: 'interview.mp4' });
		expect(readMediaRef('Media/talk.mp3')).toEqual({ kind: 'vault', linkpath: 'Media/talk.mp3' });
	});

	it('reads an unquoted [[link]], which YAML reads as a list in a list', () => {
		expect(readMediaRef([['talk.mp3']])).toEqual({ kind: 'vault', linkpath: 'talk.mp3' });
	});

	it('reads URLs of audio and video files, the element going by the extension', () => {
		expect(readMediaRef('https://example.org/ep/12.mp3?token=a')).toEqual({ kind: 'url', url: 'https://example.org/ep/12.mp3?token=a', element: 'audio' });
		expect(readMediaRef('http://example.org/clip.MP4')).toEqual({ kind: 'url', url: 'http://example.org/clip.MP4', element: 'video' });
		expect(readMediaRef('https://example.org/stream')).toEqual({ kind: 'url', url: 'https://example.org/stream', element: 'audio' });
	});

	it('recognises YouTube links of every shape', () => {
		const id = 'dQw4w9WgXcQ';
		for (const link of [
			`https://www.youtube.com/watch?v=${id}&t=30s`,
			`https://youtube.com/watch?v=${id}`,
			`https://m.youtube.com/watch?v=${id}`,
			`https://youtu.be/${id}?t=4`,
			`https://www.youtube.com/embed/${id}`,
			`https://www.youtube.com/shorts/${id}`,
			`https://www.youtube.com/live/${id}`,
			`https://www.youtube-nocookie.com/embed/${id}`,
		])
			expect(readMediaRef(link), link).toEqual({ kind: 'youtube', id });
		// A YouTube page that names no video is no video.
		expect(readMediaRef('https://www.youtube.com/@channel')?.kind).toBe('url');
		expect(readMediaRef('https://www.youtube.com/watch?v=short')?.kind).toBe('url');
	});

	it('is null without a value and says which value it could not read', () => {
		expect(readMediaRef(undefined)).toBeNull();
		expect(readMediaRef(null)).toBeNull();
		expect(readMediaRef('  ')).toBeNull();
		expect(readMediaRef(42)).toEqual({ kind: 'invalid', value: '42' });
		expect(readMediaRef(['a.mp3', 'b.mp3'])).toEqual({ kind: 'invalid', value: '["a.mp3","b.mp3"]' });
		expect(readMediaRef('[[]]')).toEqual({ kind: 'invalid', value: '[[]]' });
		expect(readMediaRef('ftp://example.org/a.mp3')).toEqual({ kind: 'invalid', value: 'ftp://example.org/a.mp3' });
		expect(readMediaRef('https://exa mple.org/a.mp3')).toEqual({ kind: 'invalid', value: 'https://exa mple.org/a.mp3' });
	});
});

describe('elementFor', () => {
	it('plays video files in a video element, the rest in an audio one', () => {
		expect(elementFor('mp4')).toBe('video');
		expect(elementFor('WEBM')).toBe('video');
		expect(elementFor('mp3')).toBe('audio');
		expect(elementFor('wav')).toBe('audio');
	});
});

describe('youtubeEmbedUrl', () => {
	it('plays from the start to the end, in whole seconds', () => {
		const url = new URL(youtubeEmbedUrl('dQw4w9WgXcQ', 909.4, 921.2));
		expect(url.origin + url.pathname).toBe('https://www.youtube.com/embed/dQw4w9WgXcQ');
		expect(url.searchParams.get('start')).toBe('909');
		expect(url.searchParams.get('end')).toBe('922');
		expect(url.searchParams.get('autoplay')).toBe('1');
	});

	it('has no end for the last unit, which plays to the end', () => {
		expect(new URL(youtubeEmbedUrl('dQw4w9WgXcQ', 3, Infinity)).searchParams.has('end')).toBe(false);
	});
});
