/**
 * Where Obsidian sees a block id: at the end of the last line of a paragraph. This tells, for each
 * line, whether it is the last line of a paragraph: not inside frontmatter or a code fence, not a
 * heading, list item, quote, table, thematic break or indented code, and not underlined into a
 * setext heading.
 */

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
/** Lines that start a block of another kind, and so end a paragraph above them. */
const OTHER_BLOCK = [
	/^ {0,3}#{1,6}([ \t]|$)/, // ATX heading
	/^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$/, // thematic break
	/^ {0,3}([-*+]|\d{1,9}[.)])([ \t]|$)/, // list item
	/^ {0,3}>/, // block quote
	/^ {0,3}</, // HTML
	/^ {0,3}\|/, // table row
	/^ {0,3}%%/, // Obsidian comment
	FENCE,
];

/** The characters every one of OTHER_BLOCK starts with: a line starting otherwise (most of a lesson) is tested once, not against each. */
const OTHER_START = /^ {0,3}[#*_+\-\d><|%`~]/;

const blank = (line: string) => line.trim() === '';
const startsOther = (line: string) => OTHER_START.test(line) && OTHER_BLOCK.some((re) => re.test(line));

/** For each line, whether a paragraph ends on it (so a ` ^id` appended there names that paragraph). */
export function paragraphEnds(lines: readonly string[]): boolean[] {
	const ends = lines.map(() => false);
	let i = frontmatterEnd(lines);
	while (i < lines.length) {
		const fence = FENCE.exec(lines[i]);
		if (fence) {
			i = fenceEnd(lines, i, fence[1]);
			continue;
		}
		if (blank(lines[i]) || startsOther(lines[i]) || /^( {4}|\t)/.test(lines[i])) {
			i++;
			continue;
		}
		let last = i;
		while (last + 1 < lines.length && !blank(lines[last + 1]) && !startsOther(lines[last + 1]) && !SETEXT_UNDERLINE.test(lines[last + 1])) last++;
		if (last + 1 < lines.length && SETEXT_UNDERLINE.test(lines[last + 1])) {
			i = last + 2; // a setext heading, not a paragraph
			continue;
		}
		ends[last] = true;
		i = last + 1;
	}
	return ends;
}

function frontmatterEnd(lines: readonly string[]): number {
	if (lines[0]?.replace(/^\uFEFF/, '') !== '---') return 0;
	for (let i = 1; i < lines.length; i++) if (lines[i] === '---' || lines[i] === '...') return i + 1;
	return 0;
}

/** The line after the fence that `open` starts (the note's end when it never closes). */
function fenceEnd(lines: readonly string[], start: number, open: string): number {
	const close = new RegExp(`^ {0,3}${open[0] === '`' ? '`' : '~'}{${open.length},}[ \\t]*$`);
	for (let i = start + 1; i < lines.length; i++) if (close.test(lines[i])) return i + 1;
	return lines.length;
}
