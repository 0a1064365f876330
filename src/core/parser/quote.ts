// Blockquotes and Obsidian callouts around a unit's analysis: `> [!note] 解析` then `> - **term**：…`.

/**
 * Where a line's blockquote marks end: after each `>` and the one space that may follow it
 * (`> `, `> > `), so the indent under it still tells an example from a term. 0 for a line that is
 * not quoted.
 */
export function quotePrefixEnd(line: string): number {
	let i = 0;
	while (i < 3 && line.charCodeAt(i) === 32) i++;
	if (line.charCodeAt(i) !== 62) return 0; // >
	let end = 0;
	for (;;) {
		i++;
		if (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
		end = i;
		let next = i;
		while (line.charCodeAt(next) === 32) next++;
		if (line.charCodeAt(next) !== 62) return end;
		i = next;
	}
}

/** The line without its blockquote marks. */
export function unquote(line: string): string {
	const end = quotePrefixEnd(line);
	return end === 0 ? line : line.slice(end);
}

const CALLOUT = /^\[![^\]\s]+\][+-]?[ \t]*/;

/** A callout's title (`[!note]- 解析` → `解析`), or the text as it is when it opens no callout. */
export function calloutTitle(text: string): string {
	if (!text.startsWith('[!')) return text;
	const marker = CALLOUT.exec(text);
	return marker ? text.slice(marker[0].length) : text;
}
