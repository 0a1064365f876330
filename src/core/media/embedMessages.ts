/**
 * What a YouTube embed tells the page holding it, without Google's IFrame API script: with
 * `enablejsapi=1` in its URL and once the page has posted it `{"event":"listening"}`, the embed
 * posts JSON messages: `infoDelivery` with the player's `currentTime` and `playerState` as they
 * change, and `onStateChange` with the state alone.
 */

/** What one message says: the time (seconds) and whether it plays, when it says them. */
export interface EmbedReport {
	time: number | null;
	playing: boolean | null;
}

/** The embed's player states: -1 unstarted, 0 ended, 1 playing, 2 paused, 3 buffering, 5 cued. */
const PLAYING = 1;
const BUFFERING = 3;

/** The page's message to the embed asking it to report (the id comes back in its messages; one player per frame needs none of its own). */
export function listeningMessage(): string {
	return JSON.stringify({ event: 'listening', id: 1, channel: 'widget' });
}

/** A message's report, or null for any other message (another frame's, or none of these events). */
export function readEmbedMessage(data: unknown): EmbedReport | null {
	let message: unknown;
	try {
		message = typeof data === 'string' ? JSON.parse(data) : data;
	} catch {
		return null;
	}
	if (typeof message !== 'object' || message === null) return null;
	const { event, info } = message as { event?: unknown; info?: unknown };
	if (event === 'onStateChange') return typeof info === 'number' ? { time: null, playing: playingIn(info) } : null;
	if (event !== 'infoDelivery' || typeof info !== 'object' || info === null) return null;
	const { currentTime, playerState } = info as { currentTime?: unknown; playerState?: unknown };
	const time = typeof currentTime === 'number' && Number.isFinite(currentTime) ? currentTime : null;
	const playing = typeof playerState === 'number' ? playingIn(playerState) : null;
	return time === null && playing === null ? null : { time, playing };
}

function playingIn(state: number): boolean {
	return state === PLAYING || state === BUFFERING;
}
