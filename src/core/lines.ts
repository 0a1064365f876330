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
	for (let start = 0; ; ) {
		const span = lineAt(text, start);
		spans.push(span);
		if (span.next === span.end) return spans;
		start = span.next;
	}
}

/** The line of `text` that starts at `start`: what lineSpans gives, for a reader that stops early. */
export function lineAt(text: string, start: number): LineSpan {
	for (let i = start; i < text.length; i++) {
		const c = text[i];
		if (c === '\n' || c === '\r') return { start, end: i, next: c === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1 };
	}
	return { start, end: text.length, next: text.length };
}

/** The lines of `text` without their endings. */
export function splitLines(text: string): string[] {
	return lineSpans(text).map((span) => text.slice(span.start, span.end));
}
