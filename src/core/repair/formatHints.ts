import type { Piece } from './mojibakePieces';

/**
 * The lesson format settles some damaged characters before any model: 【 before a unit's number (a damaged
 * 【 and 、 keep the same bytes, and only 【 opens `【1】`).
 */
export function narrowByFormat(pieces: Piece[]): Piece[] {
	return pieces.map((p, i) => {
		if (p.kind !== 'damaged' || !p.candidates.includes('【')) return p;
		// The number is text, its 】 a decoded piece of its own.
		let after = '';
		for (let k = i + 1; k < pieces.length && after.length < 8; k++) {
			const next = pieces[k];
			if (next.kind === 'damaged') break;
			after += next.text;
		}
		return /^[0-9０-９]+】/.test(after) ? { ...p, candidates: ['【'] } : p;
	});
}
