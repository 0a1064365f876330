// How the reference lessons first arrived: UTF-8 decoded with Windows-1254, the bytes it leaves undefined and the soft hyphen dropped.
/** The bytes Windows-1254 leaves undefined, and the soft hyphen: lost when such text is copied. */
export const LOST = new Set([0x81, 0x8d, 0x8e, 0x8f, 0x90, 0x9d, 0x9e, 0xad]);

/** UTF-8 decoded with Windows-1254 by the platform's decoder, those bytes dropped. */
export function damage(text: string): string {
	const decoded = new TextDecoder('windows-1254').decode(Buffer.from(text, 'utf8'));
	return [...decoded].filter((c) => !LOST.has(c.codePointAt(0)!)).join('');
}

/** Of the characters that lost a byte, how many came back exactly, and where (UTF-16 offsets in `repaired`) the others are. */
export function exactShare(original: string, repaired: string): { damaged: number; exact: number; wrongAt: number[] } {
	const a = [...original];
	const b = [...repaired];
	let damaged = 0;
	let exact = 0;
	const wrongAt: number[] = [];
	let offset = 0;
	a.forEach((c, i) => {
		const at = offset;
		offset += (b[i] ?? '').length;
		if (![...Buffer.from(c, 'utf8')].slice(1).some((byte) => LOST.has(byte))) return;
		damaged++;
		if (b[i] === c) exact++;
		else wrongAt.push(at);
	});
	return { damaged, exact, wrongAt };
}
