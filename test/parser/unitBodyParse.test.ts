// How a unit's body is read: which lines are its English and its translation, where its list starts, what is off.
import { describe, expect, it } from 'vitest';
import type { ParseOptions, Unit } from '../../src/core/model';
import { parseMarkup } from '../../src/core/parser/markup';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { bodyContent, isAnalysisLabel } from '../../src/core/parser/unitBody';

const LIST = ['', '解析：', '* **hive**：名词，蜂巢'];

/** The lesson of one unit: its header on line 0, then `body` from line 1. */
const lessonOf = (body: string[], header = '(1) [00:01-00:05]', options?: ParseOptions) => parseLesson([header, ...body].join('\n'), options);

/** The one unit of that lesson. */
function unitOf(body: string[], header?: string, options?: ParseOptions): Unit {
	const lesson = lessonOf(body, header, options);
	if (lesson.units.length !== 1) throw new Error(`not read as one unit: ${body.join(' / ')}`);
	return lesson.units[0];
}

const read = (u: Unit) => ({ english: u.english, translation: u.translation, englishLines: u.englishLines, translationLines: u.translationLines });

describe('an analysis label, besides those of unitBody.test.ts', () => {
	it.each(['Vocabulary :', '解析 ：', '>  [!note] 解析', '>  [!tip]- **词汇：**'])('%j is one', (line) => {
		expect(isAnalysisLabel(line, [])).toBe(true);
	});

	it.each(['### 重点词汇', 'Key words', 'key vocabulary'])('%j is none', (line) => {
		expect(isAnalysisLabel(line, [])).toBe(false);
	});
});

describe('a body line that only starts like a label', () => {
	it.each(['CNBC: Markets fell.', 'ENDS: x', '原文字：x'])('%j keeps its content', (line) => {
		expect(bodyContent(line)).toBe(line);
	});
});

describe('a unit’s English and translation', () => {
	it('are told apart by script, a translation right under its English with no blank line', () => {
		const u = unitOf(['The hive went quiet at dusk.', '蜂巢在黄昏时安静了下来。', ...LIST]);
		expect(read(u)).toEqual({ english: 'The hive went quiet at dusk.', translation: '蜂巢在黄昏时安静了下来。', englishLines: [1, 1], translationLines: [2, 2] });
	});

	it('are read interleaved sentence by sentence: English joined by a line break, translations by a blank line', () => {
		const u = unitOf(['The hive went quiet.', '蜂巢安静了。', 'The bees slept at dusk.', '蜜蜂在黄昏睡了。', ...LIST]);
		expect(read(u)).toEqual({ english: 'The hive went quiet.\nThe bees slept at dusk.', translation: '蜂巢安静了。\n\n蜜蜂在黄昏睡了。', englishLines: [1, 3], translationLines: [2, 4] });
	});

	it('make one paragraph of lines in a row, and a new one after a blank line', () => {
		const together = unitOf(['The hive went quiet at dusk.', '', '蜂巢安静了，', '蜜蜂睡了。', ...LIST]);
		const apart = unitOf(['The hive went quiet at dusk.', '', '蜂巢安静了，', '', '蜜蜂睡了。', ...LIST]);
		expect([together.translation, apart.translation]).toEqual(['蜂巢安静了，\n蜜蜂睡了。', '蜂巢安静了，\n\n蜜蜂睡了。']);
		expect([together.translationLines, apart.translationLines]).toEqual([[3, 4], [3, 5]]);
	});

	it('start on the header line when the English follows the header, its bold taken off', () => {
		const u = unitOf(['The bees slept.', '蜂巢安静了。', ...LIST], '(1) [00:01-00:05] **The hive went quiet.**');
		expect(read(u)).toEqual({ english: 'The hive went quiet.\nThe bees slept.', translation: '蜂巢安静了。', englishLines: [0, 1], translationLines: [2, 2] });
	});

	it('are split where an English sentence gives way to Chinese on the same line', () => {
		const u = unitOf(['The hive went quiet at dusk and all of the bees slept. 蜂巢。', ...LIST]);
		expect(read(u)).toEqual({ english: 'The hive went quiet at dusk and all of the bees slept.', translation: '蜂巢。', englishLines: [1, 1], translationLines: [1, 1] });
	});

	it('are trimmed of the spaces around them', () => {
		const u = unitOf(['The hive went quiet at dusk.  ', '蜂巢安静了。  ', ...LIST]);
		expect([u.english, u.translation]).toEqual(['The hive went quiet at dusk.', '蜂巢安静了。']);
	});

	it('run on from a split line into the Chinese line under it', () => {
		const u = unitOf(['The hive went quiet at dusk and all of the bees slept. 蜂巢。', '蜜蜂睡了。', ...LIST]);
		expect(read(u)).toEqual({ english: 'The hive went quiet at dusk and all of the bees slept.', translation: '蜂巢。\n蜜蜂睡了。', englishLines: [1, 1], translationLines: [1, 2] });
	});

	it('take a line of neither script (a dash, a number) into the paragraph before it, or into the English when first', () => {
		const u = unitOf(['The hive went quiet at dusk.', '— 1984', '蜂巢在黄昏时安静了。', '2024', ...LIST]);
		expect(read(u)).toEqual({ english: 'The hive went quiet at dusk.\n— 1984', translation: '蜂巢在黄昏时安静了。\n2024', englishLines: [1, 2], translationLines: [3, 4] });
		const first = unitOf(['1984', 'The hive went quiet at dusk.', '蜂巢安静了。', ...LIST]);
		expect(read(first)).toMatchObject({ english: '1984\nThe hive went quiet at dusk.', englishLines: [1, 2] });
	});

	it('follow their labels on the same line', () => {
		const u = unitOf(['**原文：** The hive went quiet at dusk.', '**译文：** 蜂巢在黄昏时安静了。', ...LIST]);
		expect(read(u)).toEqual({ english: 'The hive went quiet at dusk.', translation: '蜂巢在黄昏时安静了。', englishLines: [1, 1], translationLines: [2, 2] });
	});

	it('follow a label on a line of its own down to the next label, whatever the lines’ script', () => {
		const u = unitOf(['**原文：**', 'The hive went quiet at dusk.', '**译文：**', 'The hive is quiet now.', '蜂巢安静了。', ...LIST]);
		expect(read(u)).toEqual({ english: 'The hive went quiet at dusk.', translation: 'The hive is quiet now.\n蜂巢安静了。', englishLines: [2, 2], translationLines: [4, 5] });
	});

	it('start a paragraph at each label', () => {
		const u = unitOf(['原文：The hive went quiet.', '原文：The bees slept.', '译文：蜂巢安静了。', '译文：蜜蜂睡了。', ...LIST]);
		expect(read(u)).toEqual({ english: 'The hive went quiet.\nThe bees slept.', translation: '蜂巢安静了。\n\n蜜蜂睡了。', englishLines: [1, 2], translationLines: [3, 4] });
	});

	it('are read from a side-by-side table, its header and alignment rows left out', () => {
		const u = unitOf(['| English | 中文 |', '| --- | --- |', '| The hive went quiet. | 蜂巢安静了。 |', '| The bees slept at dusk. | 蜜蜂睡了。 |', ...LIST]);
		expect(read(u)).toEqual({ english: 'The hive went quiet.\nThe bees slept at dusk.', translation: '蜂巢安静了。\n\n蜜蜂睡了。', englishLines: [3, 4], translationLines: [3, 4] });
	});

	it('are read from a quoted table with no header, and from rows of one cell', () => {
		const quoted = unitOf(['> | The hive went quiet at dusk. | 蜂巢安静了。 |', ...LIST]);
		expect(read(quoted)).toEqual({ english: 'The hive went quiet at dusk.', translation: '蜂巢安静了。', englishLines: [1, 1], translationLines: [1, 1] });
		const column = unitOf(['| The hive went quiet at dusk. |', '| 蜂巢安静了。 |', ...LIST]);
		expect(read(column)).toEqual({ english: 'The hive went quiet at dusk.', translation: '蜂巢安静了。', englishLines: [1, 1], translationLines: [2, 2] });
	});

	it('are read from a table under an indented alignment row, and from a table row that ends the note', () => {
		const indented = unitOf(['| English | 中文 |', '  | --- | --- |', '| The hive went quiet at dusk. | 蜂巢安静了。 |', ...LIST]);
		expect(read(indented)).toMatchObject({ english: 'The hive went quiet at dusk.', englishLines: [3, 3] });
		const first = ['(1) [00:01-00:05]', 'The hive went quiet at dusk.', '蜂巢安静了。', ...LIST, ''];
		const last = parseLesson([...first, '(2) [00:05-00:09]', '| The bees slept at dusk. | 蜜蜂睡了。 |'].join('\n')).units[1];
		expect(read(last)).toEqual({ english: 'The bees slept at dusk.', translation: '蜜蜂睡了。', englishLines: [8, 8], translationLines: [8, 8] });
	});

	it('skip a table’s empty cells', () => {
		const u = unitOf(['| The hive went quiet at dusk. | | 蜂巢安静了。 |', '| | 蜜蜂睡了。 |', ...LIST]);
		expect(read(u)).toEqual({ english: 'The hive went quiet at dusk.', translation: '蜂巢安静了。\n蜜蜂睡了。', englishLines: [1, 1], translationLines: [1, 2] });
	});
});

describe('a unit’s analysis list', () => {
	it('starts at the label: what follows is no English, and the unit ends at its last bullet', () => {
		const u = unitOf(['The hive went quiet at dusk.', '蜂巢安静了。', '', '**解析：**', 'The bees slept.', '* **hive**：名词，蜂巢', '* **dusk**：名词，黄昏', '']);
		expect([u.english, u.analysisLine, u.endLine, u.terms.map((t) => t.term)]).toEqual(['The hive went quiet at dusk.', 4, 7, ['hive', 'dusk']]);
	});

	it('starts at a label of the user’s', () => {
		const u = unitOf(['The hive went quiet at dusk.', '蜂巢安静了。', '', 'Notes:', '* **hive**：名词，蜂巢'], undefined, { analysisLabels: ['Notes'] });
		expect([u.analysisLine, u.terms.map((t) => t.term)]).toEqual([4, ['hive']]);
	});

	it('may be missing: the unit then ends at its last line of translation, or of English', () => {
		const first = ['(1) [00:01-00:05]', 'The hive went quiet at dusk.', '蜂巢安静了。', ...LIST];
		const withTranslation = parseLesson([...first, '', '(2) [00:05-00:09]', 'The bees slept at dusk.', '蜜蜂睡了。'].join('\n'));
		expect(withTranslation.units.map((u) => [u.translation, u.endLine, u.analysisLine])).toEqual([['蜂巢安静了。', 5, 4], ['蜜蜂睡了。', 9, null]]);
		const englishOnly = parseLesson([...first, '', '(2) [00:05-00:09]', 'The bees slept', 'at dusk.'].join('\n'));
		expect(englishOnly.units[1].endLine).toBe(9);
		expect(englishOnly.diagnostics.map((d) => [d.params.kind, d.line])).toEqual([['no-translation', 9], ['no-analysis', 9]]);
	});

	it('may be empty: the unit then ends at its label', () => {
		const u = lessonOf(['The hive went quiet at dusk.', '蜂巢安静了。', '', '解析：', '', '---', '(2) [00:05-00:09]', 'The bees slept at dusk.', '蜜蜂睡了。', ...LIST]).units[0];
		expect([u.analysisLine, u.endLine, u.terms]).toEqual([4, 4, []]);
	});

	it('keeps the header’s block id', () => {
		expect(unitOf(['The hive went quiet at dusk.', '蜂巢安静了。', ...LIST], '(1) [00:01-00:05] ^unit-1').blockId).toBe('unit-1');
	});
});

describe('what is off in a unit', () => {
	const codes = (body: string[], header?: string) => lessonOf(body, header).diagnostics.map((d) => [d.params.kind, d.line]);
	const teaching = '(2) [00:05-00:09]\nThe bees slept at dusk.\n蜜蜂睡了。\n\n解析：\n* **bees**：蜜蜂';

	it('a unit without translation is warned of at its last English line', () => {
		expect(codes(['The hive went quiet', 'at dusk.', ...LIST])).toEqual([['no-translation', 2]]);
	});

	it('a unit with neither English nor translation is an error at its header, and warned of', () => {
		const l = lessonOf(['', teaching]);
		expect(l.diagnostics.map((d) => [d.params.kind, d.severity, d.line])).toEqual([
			['no-english', 'error', 0],
			['no-translation', 'warning', 0],
			['no-analysis', 'warning', 0],
		]);
	});

	it('a unit without a list is warned of at its last line, a list without bullets at its label', () => {
		expect(codes(['The hive went quiet at dusk.', '蜂巢安静了。', '', teaching])).toEqual([['no-analysis', 2]]);
		const empty = lessonOf(['The hive went quiet at dusk.', '蜂巢安静了。', '', '解析：', '', teaching]).diagnostics;
		expect(empty.map((d) => [d.params.kind, d.severity, d.line])).toEqual([['empty-analysis', 'warning', 4]]);
	});

	it('a bullet that does not read is warned of at its line', () => {
		const l = lessonOf(['The hive went quiet at dusk.', '蜂巢安静了。', '', '解析：', '* **hive**：名词，蜂巢', '* just a note']);
		expect(l.diagnostics.map((d) => [d.params.kind, d.severity, d.line])).toEqual([['bad-bullet', 'warning', 6]]);
	});

	it('unbalanced markup is warned of at the line that holds it, in any paragraph', () => {
		const at = (body: string[], header?: string) => lessonOf([...body, ...LIST], header).diagnostics.map((d) => [d.params.kind, d.severity, d.line]);
		expect(at(['The hive went quiet', 'and the bees ] slept', 'at dusk.', '蜂巢安静了。'])).toEqual([['closes-nothing', 'warning', 2]]);
		expect(at(['The hive went quiet.', '蜂巢安静了。', 'The bees slept', 'at dusk ] again', 'and woke.', '蜜蜂睡了。'])).toEqual([['closes-nothing', 'warning', 4]]);
		expect(at(['The bees ] slept at dusk.', '蜜蜂睡了。'], '(1) [00:01-00:05] The hive went quiet.')).toEqual([['closes-nothing', 'warning', 1]]);
		expect(at(['The hive went quiet.', '蜂巢安静了。', 'The bees slept ]', 'at dusk.', '蜜蜂睡了。', 'They woke ]', 'at dawn.', '醒了。'])).toEqual([
			['closes-nothing', 'warning', 3],
			['closes-nothing', 'warning', 6],
		]);
	});

	it('markup beyond the first few problems is counted at the first English line', () => {
		const l = lessonOf(['The hive went quiet.', `The bees ${'] '.repeat(12)}slept.`, '蜂巢安静了。', ...LIST]);
		expect(l.diagnostics.filter((d) => d.params.kind === 'more-unbalanced').map((d) => [d.severity, d.line, d.params])).toEqual([
			['warning', 1, { kind: 'more-unbalanced', unit: 1, count: 7 }],
		]);
	});

	it('too deep markup is warned of at its line, at the very start of the English too', () => {
		const deep = (body: string[]) => lessonOf([...body, ...LIST]).diagnostics.filter((d) => d.params.kind === 'markup-too-deep').map((d) => [d.severity, d.line]);
		const brackets = `${'('.repeat(40)}slept${')'.repeat(40)}`;
		expect(deep(['The hive went quiet.', '蜂巢安静了。', `The bees ${brackets}.`, '蜜蜂睡了。'])).toEqual([['warning', 3]]);
		expect(deep([`${brackets} the bees did.`, '蜜蜂睡了。'])).toEqual([['warning', 1]]);
	});
});

describe('a unit’s markup', () => {
	it('is the tree of its English, built when read, listed with its fields, and can be set', () => {
		const u = unitOf(['The hive [went quiet] at dusk.', '蜂巢安静了。', ...LIST]);
		expect(u.markup).toEqual(parseMarkup(u.english).nodes);
		expect(u.markup).toBe(u.markup);
		expect(Object.keys(u).slice(0, 6)).toEqual(['n', 'start', 'end', 'english', 'markup', 'translation']);
		u.markup = [];
		expect(u.markup).toEqual([]);
	});
});
