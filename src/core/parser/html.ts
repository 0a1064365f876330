// HTML that exports (Notion, some chat apps) put around a lesson's blocks.

/**
 * A line that is one HTML tag alone, as Notion and other exports wrap a block (`<details>`, `</details>`, `<aside>`,
 * `<div class="x">`): no text of the unit.
 */
export function isTagLine(line: string): boolean {
	const t = line.trim();
	if (t.charCodeAt(0) !== 60 || t.charCodeAt(t.length - 1) !== 62) return false; // < >
	const name = t.charCodeAt(1) === 47 ? 2 : 1; // /
	const c = t.charCodeAt(name) | 32;
	return c >= 97 && c <= 122 && t.indexOf('<', 1) < 0 && t.indexOf('>') === t.length - 1;
}
