import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/core/parser/parseLesson';

/** A small lesson built from the given unit bodies, in the fixtures' layout. */
const lesson = (...units: string[]) => ['# 🎯 Demo lesson', '', ...units.flatMap((u) => [u, '', '---', ''])].join('\n');

const UNIT_A = ['(1) [15:09-15:22] **We tackle the latency first.**', '', '我们先解决延迟问题。', '', '解析：', '* **tackle** /ˈtækəl/：动词，处理 🔥', '* **latency**：名词，延迟'].join('\n');

describe('what the parser must also accept', () => {
	it('reads CRLF line endings the same as LF', () => {
		const lf = parseLesson(lesson(UNIT_A));
		const crlf = parseLesson(lesson(UNIT_A).replace(/\n/g, '\r\n'));
		expect(crlf).toEqual(lf);
		expect(lf.units[0].terms.map((t) => t.term)).toEqual(['tackle', 'latency']);
	});

	it('reads h:mm:ss times, full-width numbers and headers without times', () => {
		const l = parseLesson(
			lesson(
				UNIT_A.replace('(1) [15:09-15:22]', '（１） [1:02:03-1:02:30]'),
				UNIT_A.replace('(1) [15:09-15:22]', '(2)'),
			),
		);
		expect(l.units.map((u) => [u.n, u.start, u.end])).toEqual([
			[1, '1:02:03', '1:02:30'],
			[2, null, null],
		]);
	});

	it('reads word classes joined by / or 、 as the part of speech, and a slash in anything else as meaning', () => {
		const bullets = ['* **record** /ˈrekɔːrd/：名词/动词，记录', '* **run**：n. / v.，运行', '* **fine**：形容词、副词，好的', '* **P50 / P90**：延迟/分位，中位数和尾部'];
		const l = parseLesson(lesson(['(1) **We record every fine run at P50 / P90.**', '', '我们记录每次运行。', '', '解析：', ...bullets].join('\n')));
		expect(l.units[0].terms.map((t) => [t.term, t.pos, t.meaning])).toEqual([
			['record', '名词/动词', '记录'],
			['run', 'n. / v.', '运行'],
			['fine', '形容词、副词', '好的'],
			['P50 / P90', null, '延迟/分位，中位数和尾部'],
		]);
	});

	it('reads a plain term up to its colon or a spaced dash, whichever is first, and `n. ` / `adj. ` as the part of speech', () => {
		const bullets = ['- budget cut — 削减预算', '- ratio – 比率：两数之比', '- well-known - 众所周知的', '- jar: n. 罐子', '- cite - vt. 援引', '- **hike** 🔥：adj. 远足（误标）', '- cutback no separator'];
		const u = parseLesson(lesson(['(1) [00:01-00:05] **A budget cut changed the ratio of well-known jars we cite on a hike.**', '', '译文。', '', '解析：', ...bullets].join('\n'))).units[0];
		expect(u.terms.map((t) => [t.term, t.pos, t.meaning])).toEqual([
			['budget cut', null, '削减预算'],
			['ratio', null, '比率：两数之比'],
			['well-known', null, '众所周知的'],
			['jar', 'n.', '罐子'],
			['cite', 'vt.', '援引'],
			['hike', 'adj.', '远足（误标）'],
		]);
		expect(u.unreadBullets.map((b) => b.text)).toEqual(['cutback no separator']);
	});

	it('accepts ASCII colons, bold labels, extra labels and -/+ bullets', () => {
		const body = (label: string) =>
			['(1) [00:01-00:05] **They move the needle.**', '', '他们推动了进展。', '', label, '- **move the needle** 🔥: 短语, 产生显著影响', '+ **needle**：针'].join('\n');
		for (const label of ['解析:', '**解析：**', '**解析**：', '#### 解析', '#### 重点词汇', '##### Vocabulary']) {
			const u = parseLesson(lesson(body(label))).units[0];
			expect(u.terms.map((t) => [t.term, t.pos, t.meaning, t.hot])).toEqual([
				['move the needle', '短语', '产生显著影响', true],
				['needle', null, '针', false],
			]);
			expect(u.english.slice(u.terms[0].span?.start, u.terms[0].span?.end)).toBe('move the needle');
		}
		expect(parseLesson(lesson(body('Notes:'))).isLesson).toBe(false);
		// Above level 4 a vocabulary heading is the lesson's own section, not a unit's label.
		expect(parseLesson(lesson(body('### 重点词汇'))).isLesson).toBe(false);
		expect(parseLesson(lesson(body('Notes:')), { analysisLabels: ['Notes'] }).units[0].terms).toHaveLength(2);
		expect(parseLesson(lesson(body('notes：')), { analysisLabels: [' NOTES '] }).units[0].terms).toHaveLength(2); // any case, spaces around ignored
	});

	it('reads labelled English and translation lines, the colon inside or after the bold, and drops the labels, however short the English', () => {
		const unit = (en: string, zh: string) => ['(1) [00:01-00:05]', en, zh, '', '解析：', '* **hive**：名词，蜂巢'].join('\n');
		for (const [en, zh] of [
			['**英文原文：** The hive went quiet at dusk.', '**中文翻译：** 黄昏时蜂巢安静了下来。'],
			['**原文**：The hive went quiet at dusk.', '**译文**: 黄昏时蜂巢安静了下来。'],
			['English: The hive went quiet at dusk.', 'Translation：黄昏时蜂巢安静了下来。'],
			['**EN:** The hive went quiet at dusk.', '**ZH:** 黄昏时蜂巢安静了下来。'],
			['EN：The hive went quiet at dusk.', 'CN：黄昏时蜂巢安静了下来。'],
			['**English:** The hive went quiet at dusk.', '**Chinese:** 黄昏时蜂巢安静了下来。'],
			['🇬🇧 The hive went quiet at dusk.', '🇨🇳 黄昏时蜂巢安静了下来。'],
			['🇺🇸 English: The hive went quiet at dusk.', '🇹🇼黄昏时蜂巢安静了下来。'],
		]) {
			const u = parseLesson(lesson(unit(en, zh))).units[0];
			expect([u.english, u.translation]).toEqual(['The hive went quiet at dusk.', '黄昏时蜂巢安静了下来。']);
			expect(u.terms[0].span).toEqual({ start: 4, end: 8 });
		}
	});

	it('reads units whose headers are a time range in parentheses, numbered in turn', () => {
		const unit = (time: string, en: string) => [`${time} **${en}**`, '', '潮水退了。', '', '解析：', '* **tide**：名词，潮水'].join('\n');
		const l = parseLesson(lesson(unit('(00:10-00:24)', 'The tide went out.'), unit('(00:24-00:31)', 'The tide came back.')));
		expect(l.units.map((u) => [u.n, u.start, u.end, u.english])).toEqual([
			[1, '00:10', '00:24', 'The tide went out.'],
			[2, '00:24', '00:31', 'The tide came back.'],
		]);
		expect(l.diagnostics).toEqual([]);
	});

	it('keeps a flag that names neither English nor Chinese as written', () => {
		const u = parseLesson(lesson(['(1) [00:01-00:05]', '🇫🇷 The hive went quiet at dusk.', '', '黄昏时蜂巢安静了下来。', '', '解析：', '* **hive**：名词，蜂巢'].join('\n'))).units[0];
		expect([u.english, u.translation]).toEqual(['🇫🇷 The hive went quiet at dusk.', '黄昏时蜂巢安静了下来。']);
	});

	it('takes 🔥 before or after the colon or at the end, several per line', () => {
		const bullets = ['* **a b** 🔥：名词，甲', '* **c d**：🔥名词，乙', '* **e f**：名词，丙 🔥🔥', '* **g h** /ɡ/ 🔥：丁'];
		const text = lesson(['(1) [00:01-00:05] **We saw a b c d e f g h today.**', '', '译文。', '', '解析：', ...bullets].join('\n'));
		const terms = parseLesson(text).units[0].terms;
		expect(terms.map((t) => [t.term, t.hot, t.pos, t.meaning, t.ipa])).toEqual([
			['a b', true, '名词', '甲', null],
			['c d', true, '名词', '乙', null],
			['e f', true, '名词', '丙', null],
			['g h', true, null, '丁', 'ɡ'],
		]);
	});

	it('takes plain and multi-paragraph English, and translations with bold names', () => {
		const text = lesson(['(1) [00:01-00:05]', '', 'First paragraph of English.', '', 'Second paragraph, still English.', '', '**Zach** 说的第一段。', '', '第二段翻译。', '', '解析：', '* **paragraph**：段落'].join('\n'));
		const u = parseLesson(text).units[0];
		expect(u.english).toBe('First paragraph of English.\nSecond paragraph, still English.');
		expect(u.translation).toBe('**Zach** 说的第一段。\n\n第二段翻译。');
		expect(u.englishLines).toEqual([4, 6]);
		expect(u.translationLines).toEqual([8, 10]);
	});

	it.each(['---', '...'])('skips frontmatter (closed by %s) and finds a lesson below other content', (close) => {
		const text = ['---', 'tags: [english]', close, '# My notes', '', '(1) buy milk', '', 'Some prose.', '', lesson(UNIT_A)].join('\n');
		const l = parseLesson(text);
		expect(l.isLesson).toBe(true);
		expect(l.title).toBe('Demo lesson');
		expect(l.units.map((u) => u.n)).toEqual([1]);
		expect(l.units[0].line).toBe(11);
	});

	it('is a lesson when the first bullet of the only list is unreadable but a later one reads', () => {
		const text = lesson(['(1) [00:01-00:05] **Hello world.**', '', '你好，世界。', '', '解析：', '* a bullet without a colon', '* **world**：世界'].join('\n'));
		const l = parseLesson(text);
		expect(l.isLesson).toBe(true);
		expect(l.units[0].terms.map((t) => t.term)).toEqual(['world']);
		expect(l.diagnostics.map((d) => d.code)).toEqual(['bad-bullet']);
	});

	it('splits units on headers when separators are missing', () => {
		const text = lesson([UNIT_A, '', UNIT_A.replace('(1)', '(2)')].join('\n'));
		expect(parseLesson(text).units.map((u) => [u.n, u.terms.length])).toEqual([
			[1, 2],
			[2, 2],
		]);
	});

	it('reads the English of a header line bold from its number to its end as if the English alone were bold', () => {
		const u = parseLesson(lesson(UNIT_A.replace('(1) [15:09-15:22] **We tackle the latency first.**', '**(1) [15:09-15:22] We tackle the latency first.**'))).units[0];
		expect([u.n, u.start, u.end, u.english]).toEqual([1, '15:09', '15:22', 'We tackle the latency first.']);
	});

	it('reads a block id on the header line without putting it into the English', () => {
		const u = parseLesson(lesson(UNIT_A.replace('first.**', 'first.** ^unit-1'))).units[0];
		expect(u.blockId).toBe('unit-1');
		expect(u.english).toBe('We tackle the latency first.');
		const b = parseLesson(lesson(['(1) [00:01-00:05] ^unit-1', '', '**{Hello [world].}**', '', '你好。', '', '解析：', '* **world**：世界'].join('\n'))).units[0];
		expect([b.blockId, b.english]).toEqual(['unit-1', '{Hello [world].}']);
	});

	it('reads a unit whose header is a heading naming a summary or vocabulary as a unit, not as the section', () => {
		const unit = (n: number, english: string) => [`### (${n}) [00:0${n}-00:1${n}] **${english}**`, '', '蜂巢很忙。', '', '解析：', '* **bees**：名词，蜜蜂'].join('\n');
		const text = [
			lesson(unit(1, 'A summary of what bees do.'), unit(2, 'The vocabulary of bees is small.'), unit(3, 'Bees keep a glossary of 小结 and 词汇.')),
			'## 小结',
			'',
			'Bees are busy.',
		].join('\n');
		const l = parseLesson(text);
		expect(l.units.map((u) => u.n)).toEqual([1, 2, 3]);
		expect(l.summary).toMatchObject({ heading: '小结', text: 'Bees are busy.' });
		expect(l.vocabularyLine).toBeNull();
	});

	it('accepts a vocabulary table with extra columns and a Summary heading', () => {
		const text = [lesson(UNIT_A), '## Summary', '', 'We learned things.', '', '### 🔥 Vocabulary', '', '| Term | Meaning | Note |', '|---|---|---|', '| **tackle** | 处理 | verb |'].join('\n');
		const l = parseLesson(text);
		expect(l.summary).toMatchObject({ heading: 'Summary', text: 'We learned things.' });
		const line = text.split('\n').indexOf('| **tackle** | 处理 | verb |');
		expect(l.vocabulary).toEqual([{ term: 'tackle', meaning: '处理', ipa: null, pos: null, extra: ['verb'], line }]);
	});
});

describe('term location edge cases', () => {
	it('finds a term the English inflects with -ing, -ies or -ied', () => {
		const bullets = ['* **schedule**：动词，安排', '* **carry**：动词，携带', '* **tidy**：动词，整理'];
		const text = lesson(['(1) [00:01-00:05] **While scheduling the launch she carries the notes and tidied the desk.**', '', '译文。', '', '解析：', ...bullets].join('\n'));
		const u = parseLesson(text).units[0];
		expect(u.terms.map((t) => t.span && u.english.slice(t.span.start, t.span.end))).toEqual(['scheduling', 'carries', 'tidied']);
	});

	it.each([['short', ''], ['long (indexed)', ' And so on.'.repeat(400)]])('takes the first place of a term the %s English writes in several forms', (_, filler) => {
		const english = `Deployed early, we kept deploying the fix, and then deployed the fix again.${filler}`;
		const text = lesson([`(1) [00:01-00:05] **${english}**`, '', '译文。', '', '解析：', '* **deploy the fix**：短语，部署修复'].join('\n'));
		const u = parseLesson(text).units[0];
		expect(u.english.length > 4096).toBe(filler !== '');
		const span = u.terms[0].span;
		expect(span && u.english.slice(span.start, span.end)).toBe('deploying the fix');
	});

	it('reads `doing` after a term\'s first word as any -ing form: `stop sb from doing` ↔ "stops the kids from eating"', () => {
		const bullets = ['* **stop sb from doing**：短语，阻止某人做某事', '* **look forward to doing**：短语，期待做某事', '* **doing well**：短语，进展顺利'];
		const text = lesson(['(1) [00:01-00:05] **Fences stop the goats from eating the roses, and we look forward to seeing them bloom while things are going well.**', '', '译文。', '', '解析：', ...bullets].join('\n'));
		const u = parseLesson(text).units[0];
		// A leading `doing` is the word itself: "going well" is not `doing well`.
		expect(u.terms.map((t) => t.span && u.english.slice(t.span.start, t.span.end))).toEqual(['stop the goats from eating', 'look forward to seeing', null]);
	});

	it.each([['short', ''], ['long (indexed)', ' And so on.'.repeat(400)]])('takes a term the %s English writes as glossed there, not an inflected form before it', (_, filler) => {
		const english = `The bees are swarming now, and a Swarm is a colony on the move.${filler}`;
		const text = lesson([`(1) [00:01-00:05] **${english}**`, '', '译文。', '', '解析：', '* **swarm**：名词，蜂群'].join('\n'));
		const u = parseLesson(text).units[0];
		expect(u.english.length > 4096).toBe(filler !== '');
		expect(u.terms[0].span).toEqual({ start: english.indexOf('Swarm'), end: english.indexOf('Swarm') + 5 });
	});

	it('keeps offsets right when lower-casing would change the length of the English', () => {
		const text = ['(1) [00:01-00:05] **İstanbul has great latency today.**', '', '伊斯坦布尔今天延迟很高。', '', '解析：', '* **Latency**：延迟'].join('\n');
		const u = parseLesson(text).units[0];
		const span = u.terms[0].span;
		expect(span && u.english.slice(span.start, span.end)).toBe('latency');
	});
});
