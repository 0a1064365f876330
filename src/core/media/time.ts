/**
 * Times of a lesson's units as seconds. Headers write `m:ss`, `mm:ss` or `h:mm:ss` (the parser keeps
 * them as written); a `media-offset:` property may also be a plain number of seconds or negative.
 */

/** `15:09` → 909, `1:02:03` → 3723, `0:09.5` → 9.5; null for anything else. */
export function parseTime(text: string): number | null {
	const fields = text.trim().split(':');
	if (fields.length < 2 || fields.length > 3) return null;
	let seconds = 0;
	for (let i = 0; i < fields.length; i++) {
		const last = i === fields.length - 1;
		// The first field any width; the others two digits, the seconds with an optional fraction.
		const pattern = i === 0 ? /^\d+$/ : last ? /^\d\d(\.\d+)?$/ : /^\d\d$/;
		if (!pattern.test(fields[i])) return null;
		const value = Number(fields[i]);
		if (i > 0 && value >= 60) return null;
		seconds = seconds * 60 + value;
	}
	return seconds;
}

/**
 * A `media-offset:` value: where the lesson's clock stands when the recording starts, in seconds.
 * `15:00` (or `900`) when the recording begins 15 minutes into what the timestamps count; negative
 * (`-0:30`) when the recording has 30 seconds before the lesson's zero. Absent: 0; unreadable: null.
 */
export function parseOffset(value: unknown): number | null {
	if (value === undefined || value === null || value === '') return 0;
	if (typeof value === 'number') return Number.isFinite(value) ? value : null;
	if (typeof value !== 'string') return null;
	const text = value.trim();
	const negative = text.startsWith('-');
	const body = negative ? text.slice(1).trim() : text;
	const seconds = /^\d+(\.\d+)?$/.test(body) ? Number(body) : parseTime(body);
	if (seconds === null) return null;
	return negative ? -seconds : seconds;
}

/**
 * A `media-offset:` property as a lesson's player takes it: its seconds, or 0 when it cannot be read (the
 * times then play as written) with the value as written, to report.
 */
export function readOffset(value: unknown): { offset: number; unreadable: string | null } {
	const offset = parseOffset(value);
	return offset !== null ? { offset, unreadable: null } : { offset: 0, unreadable: typeof value === 'string' ? value : JSON.stringify(value) };
}

/** 909 → `15:09`, 3723 → `1:02:03` (whole seconds, rounded down). */
export function formatTime(seconds: number): string {
	const whole = Math.max(0, Math.floor(seconds));
	const h = Math.floor(whole / 3600);
	const m = Math.floor((whole % 3600) / 60);
	const s = String(whole % 60).padStart(2, '0');
	return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
