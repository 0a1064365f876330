import { type CodePage, decodeTable, lostBytes } from './codePages';

/** The lesson format's words that decide whether a note is a lesson: the analysis labels and the body labels (`**原文：**`) the parser knows. */
export const FORMAT_WORDS = ['解析', '词汇', '重点', '生词', '原文', '英文', '译文', '翻译', '中文'];

/**
 * How `word` reads in the detector's lossless decoding of text that lost `page`'s lost bytes: a character
 * that lost none is decoded back, one that lost some stays as the page's characters for the bytes left.
 */
export function damagedForm(word: string, page: CodePage): string {
	const lost = new Set(lostBytes(page));
	const chars = decodeTable(page);
	let out = '';
	for (const c of word) {
		const bytes = [...new TextEncoder().encode(c)];
		if (!bytes.some((b) => lost.has(b))) out += c;
		else for (const b of bytes) if (!lost.has(b)) out += chars[b - 0x80];
	}
	return out;
}

/**
 * Puts back the format words (and the user's own analysis labels) in the detector's lossless decoding
 * of text from `page` whose bytes were partly lost: enough for the parser to see the lesson, with no language model (parsing
 * must stay cheap; the full repair is the command's).
 */
export function restoreFormatWords(decoded: string, page: CodePage, labels: readonly string[] = []): string {
	let out = decoded;
	for (const word of [...FORMAT_WORDS, ...labels]) {
		const damaged = damagedForm(word, page);
		if (damaged !== word && damaged.length > 0) out = out.split(damaged).join(word);
	}
	// `【1】` unit headers: 【 can lose the byte that tells it from 、, but only 【 stands before a unit's number.
	const bracket = damagedForm('【', page);
	if (bracket !== '【') out = out.replace(new RegExp(`${escape(bracket)}(?=[0-9０-９]+】)`, 'g'), '【');
	return out;
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
