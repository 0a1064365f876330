/**
 * One line splitter for every module that edits notes by line: a line ends at `\r\n`, a lone `\r`
 * or `\n`, as the parser reads lines, so an edit lands on the line the parse reported.
 */

/** A line of `text`: `[start, end)` its content, `next` where the following line starts (after its line ending). */
export interface LineSpan {
	start: number;
	end: number;
	next: number;
}

export function lineSpans(text: string): LineSpan[] {
	const spans: LineSpan[] = [];
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c !== '\n' && c !== '\r') continue;
		const next = c === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
		spans.push({ start, end: i, next });
		start = next;
		i = next - 1;
	}
	spans.push({ start, end: text.length, next: text.length });
	return spans;
}

/** The lines of `text` without their endings. */
export function splitLines(text: string): string[] {
	return lineSpans(text).map((span) => text.slice(span.start, span.end));
}
