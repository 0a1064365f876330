// A short WAV made at test time: one tone per second (16-bit mono PCM), so no audio tool is needed.

const RATE = 8000;

/**
 * `seconds` seconds of tones, a different pitch each second, as a binary string (one character a
 * byte), the form the shim's vault keeps a media file in.
 */
export function toneWav(seconds: number): string {
	const samples = RATE * seconds;
	const bytes = new Uint8Array(44 + samples * 2);
	const view = new DataView(bytes.buffer);
	const text = (at: number, s: string) => [...s].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
	text(0, 'RIFF');
	view.setUint32(4, 36 + samples * 2, true);
	text(8, 'WAVE');
	text(12, 'fmt ');
	view.setUint32(16, 16, true); // fmt chunk size
	view.setUint16(20, 1, true); // PCM
	view.setUint16(22, 1, true); // mono
	view.setUint32(24, RATE, true);
	view.setUint32(28, RATE * 2, true); // bytes per second
	view.setUint16(32, 2, true); // block align
	view.setUint16(34, 16, true); // bits per sample
	text(36, 'data');
	view.setUint32(40, samples * 2, true);
	for (let i = 0; i < samples; i++) {
		const pitch = 220 * (1 + Math.floor(i / RATE));
		view.setInt16(44 + i * 2, Math.round(8000 * Math.sin((2 * Math.PI * pitch * i) / RATE)), true);
	}
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return binary;
}
