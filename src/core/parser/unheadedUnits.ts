import { splitBlockId, type HeaderAt } from './header';
import { heading, isBlank, isEnglish, isSeparator, lineScript } from './text';
import { bodyContent, isAnalysisLabel } from './unitBody';

/**
 * For a lesson whose units have no header, only `---` or a heading (`### 2. ubiquitous`) between them: in each stretch
 * between them, the first English line before an analysis label opens a unit, numbered in turn. Such a header is weak (its unit
 * needs a translation to count): an ordinary note split by `---` into English sections is no lesson.
 */
export function findUnheadedUnits(lines: readonly string[], from: number, labels: readonly string[]): HeaderAt[] {
	// A unit opens only at a label: most notes have none, and the label check rejects a line faster than the English check.
	if (!hasLabel(lines, from, labels)) return [];
	const found: HeaderAt[] = [];
	let english = -1;
	let done = false;
	// Whether the last line read was Chinese, and how often English came again after Chinese.
	let chinese = false;
	let returns = 0;
	for (let line = from; line < lines.length; line++) {
		const text = lines[line];
		if (isSeparator(text) || (heading(text) && !isAnalysisLabel(text, labels))) {
			english = -1;
			done = false;
		} else if (done) continue;
		else if (english < 0) {
			if (!heading(text) && isEnglish(bodyContent(text))) {
				english = line;
				chinese = false;
				returns = 0;
			}
		} else if (isAnalysisLabel(text, labels)) {
			const { text: rest, blockId } = splitBlockId(bodyContent(lines[english]).trim());
			found.push({ line: english, header: { n: found.length + 1, start: null, end: null, rest, blockId, weak: true } });
			done = true;
		} else if (!isBlank(text)) {
			// English, Chinese, English, Chinese, English: a parallel text (lyrics, subtitles) above its word list, no unit.
			const content = bodyContent(text);
			const { script, split } = lineScript(content);
			if (script === 'zh' || split > 0) chinese = true;
			else if (chinese && isEnglish(content)) {
				chinese = false;
				done = ++returns === 2;
			}
		}
	}
	return found;
}

function hasLabel(lines: readonly string[], from: number, labels: readonly string[]): boolean {
	for (let line = from; line < lines.length; line++) if (isAnalysisLabel(lines[line], labels)) return true;
	return false;
}
