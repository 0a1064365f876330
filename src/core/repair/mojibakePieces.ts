/**
 * Mis-decoded text read back as bytes through its code page and split into pieces: text as it is,
 * characters whose bytes are all there, and characters that lost bytes, with every character their
 * surviving bytes could have been.
 */

export type Piece =
	| { kind: 'text'; text: string }
	| { kind: 'whole'; text: string }
	| { kind: 'damaged'; written: string; candidates: string[] };

const NEED = (lead: number) => (lead >= 0xf0 && lead <= 0xf4 ? 3 : lead >= 0xe0 ? 2 : lead >= 0xc2 && lead < 0xe0 ? 1 : 0);
const MIN = [0, 0x80, 0x800, 0x10000];

/** The code point UTF-8 bytes stand for, or -1 when they are no valid sequence. */
export function decodeSequence(bytes: number[]): number {
	const need = NEED(bytes[0]);
	if (need === 0 || bytes.length !== need + 1) return -1;
	let code = bytes[0] & [0, 0x1f, 0x0f, 0x07][need];
	for (let k = 1; k <= need; k++) {
		if (bytes[k] < 0x80 || bytes[k] > 0xbf) return -1;
		code = (code << 6) | (bytes[k] & 0x3f);
	}
	const ok = code >= MIN[need] && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
	return ok ? code : -1;
}

/** Every character the bytes could have been, with `missing` lost bytes (any of `lost`) put back anywhere after the lead. */
function candidatesFor(bytes: number[], missing: number, lost: number[]): string[] {
	const found = new Set<string>();
	const grow = (seq: number[], left: number, from: number) => {
		if (left === 0) {
			const code = decodeSequence(seq);
			if (code >= 0) found.add(String.fromCodePoint(code));
			return;
		}
		for (let at = from; at <= seq.length; at++) {
			for (const b of lost) grow([...seq.slice(0, at), b, ...seq.slice(at)], left - 1, at + 1);
		}
	};
	grow(bytes, missing, 1);
	return [...found];
}

/**
 * Splits the text. `bytes` maps a character to the byte it was (ASCII is not in it). A lead byte with
 * too few continuations lost some: it becomes a damaged piece unless no character fits (then it stays
 * text). One that kept none is only taken as damaged beside other mis-decoded characters (a lone `é`
 * in a French word after the damage is a letter).
 */
export function mojibakePieces(text: string, bytes: Map<number, number>, lost: number[]): Piece[] {
	const pieces: Piece[] = [];
	const chars = [...text];
	let plain = '';
	const push = (piece: Piece) => {
		if (plain) pieces.push({ kind: 'text', text: plain });
		plain = '';
		pieces.push(piece);
	};
	for (let i = 0; i < chars.length; ) {
		const lead = bytes.get(chars[i].codePointAt(0)!) ?? 0;
		const need = NEED(lead);
		const seq = [lead];
		while (need > 0 && seq.length <= need) {
			const b = bytes.get(chars[i + seq.length]?.codePointAt(0) ?? 0);
			if (b === undefined || b < 0x80 || b > 0xbf) break;
			seq.push(b);
		}
		const code = need > 0 && seq.length === need + 1 ? decodeSequence(seq) : -1;
		const candidates = need > 0 && seq.length <= need ? candidatesFor(seq, need + 1 - seq.length, lost) : [];
		if (code >= 0) push({ kind: 'whole', text: String.fromCodePoint(code) });
		else if (candidates.length > 0) push({ kind: 'damaged', written: chars.slice(i, i + seq.length).join(''), candidates });
		else plain += chars[i];
		i += code >= 0 || candidates.length > 0 ? seq.length : 1;
	}
	if (plain) pieces.push({ kind: 'text', text: plain });
	return keepLoneLeadsAsText(pieces);
}

/**
 * A damaged piece of one character (a lead that kept no continuation) on a line with nothing else
 * mis-decoded is text: more likely a letter typed after the damage than a character that lost all but its lead.
 */
function keepLoneLeadsAsText(pieces: Piece[]): Piece[] {
	const out: Piece[] = [];
	let lineStart = 0;
	let decodedOnLine = false;
	const settleLine = (end: number) => {
		for (let k = lineStart; k < end; k++) {
			const p = pieces[k];
			const lone = p.kind === 'damaged' && p.written.length === 1 && !decodedOnLine;
			const piece: Piece = lone ? { kind: 'text', text: p.written } : p;
			const last = out[out.length - 1];
			if (piece.kind === 'text' && last?.kind === 'text') out[out.length - 1] = { kind: 'text', text: last.text + piece.text };
			else out.push(piece);
		}
	};
	pieces.forEach((p, i) => {
		if (p.kind === 'whole' || (p.kind === 'damaged' && p.written.length > 1)) decodedOnLine = true;
		if (p.kind === 'text' && p.text.includes('\n')) {
			// A text piece can end one line and start the next: it is settled with the line it ends.
			settleLine(i + 1);
			lineStart = i + 1;
			decodedOnLine = false;
		}
	});
	settleLine(pieces.length);
	return out;
}
