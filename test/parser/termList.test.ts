// A unit's term list under its analysis label: bullets, their examples, tables, and the lines that are no term.
import { describe, expect, it } from 'vitest';
import { readTermList } from '../../src/core/parser/termList';

const ENGLISH = 'The hive went quiet at dusk, and the swarm slept.';

/** The list read from all of `lines`. */
const listOf = (lines: string[]) => readTermList(lines, 0, lines.length - 1, ENGLISH);

/** Each term as its text, line, 🔥 and examples. */
const terms = (lines: string[]) => listOf(lines).terms.map((t) => [t.term, t.line, t.hot, t.examples ?? null]);

describe('a term list', () => {
	it('reads bullets of every mark, quoted or not, each term with its line', () => {
		expect(terms(['* **hive**：蜂巢', '- **dusk**：黄昏', '> + **swarm**：蜂群 🔥', '1. **quiet**：安静'])).toEqual([
			['hive', 0, false, null],
			['dusk', 1, false, null],
			['swarm', 2, true, null],
			['quiet', 3, false, null],
		]);
	});

	it('takes lines indented under a term as its examples, bullets or not, and not the lines at its indent', () => {
		expect(terms(['* **hive**：蜂巢', '  * 例句：The hive hums.', '    and more words', '* **dusk**：黄昏', '  例句：At dusk.'])).toEqual([
			['hive', 0, false, ['例句：The hive hums.', 'and more words']],
			['dusk', 3, false, ['例句：At dusk.']],
		]);
	});

	it('takes no example under a line that is no term, nor under a table row', () => {
		const list = listOf(['* **hive**：蜂巢', '| 单词 | 释义 |', '| --- | --- |', '| **dusk** | 黄昏 |', '  later words', '* **swarm**：蜂群', '* just a note', '  more words']);
		expect(list.terms.map((t) => [t.term, t.examples ?? null])).toEqual([
			['hive', null],
			['dusk', null],
			['swarm', null],
		]);
		expect(list.unread).toEqual([
			{ line: 4, text: 'later words' },
			{ line: 6, text: 'just a note' },
			{ line: 7, text: 'more words' },
		]);
	});

	it('reads a table by the columns of its header row, a 🔥 anywhere in a row making its term 🔥', () => {
		const list = listOf(['| 释义 | 单词 | 音标 | 词性 |', '|:--|--|--|--|', '| 蜂巢 | **hive** | /haɪv/ | 名词 |', '| 黄昏 🔥 | dusk | | |']);
		expect(list.terms.map((t) => [t.term, t.ipa, t.pos, t.meaning, t.hot, t.line])).toEqual([
			['hive', 'haɪv', '名词', '蜂巢', false, 2],
			['dusk', null, null, '黄昏', true, 3],
		]);
	});

	it('keeps a table row without a term, as written, among the lines it could not read', () => {
		expect(listOf(['| 单词 | 释义 |', '| --- | --- |', '  |  | 黄昏 |  ']).unread).toEqual([{ line: 2, text: '|  | 黄昏 |' }]);
	});

	it('ends at its last line that is not blank, and at 0 when it has none', () => {
		expect(listOf(['* **hive**：蜂巢', '', '* note', '', '  ']).lastLine).toBe(2);
		expect(listOf(['', '>', '']).lastLine).toBe(0);
		expect(readTermList(['* **hive**：蜂巢', '* **dusk**：黄昏', '* **swarm**：蜂群'], 1, 1, ENGLISH).terms.map((t) => t.term)).toEqual(['dusk']);
	});

	it('locates each term in the English', () => {
		const [hive, swarm] = listOf(['* **hive**：蜂巢', '* **swarm**：蜂群']).terms;
		expect([ENGLISH.slice(hive.span?.start, hive.span?.end), ENGLISH.slice(swarm.span?.start, swarm.span?.end)]).toEqual(['hive', 'swarm']);
	});
});
