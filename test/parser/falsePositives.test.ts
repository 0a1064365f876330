import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/core/parser/parseLesson';

const read = (path: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', path), 'utf8');

describe('notes that are not lessons', () => {
	it.each([
		['a Chinese maths error log with (1) items, 解析： and bold bullets', 'notes/maths-error-log.md'],
		['a poem study note with （1） lines and 解析：', 'notes/poem-study.md'],
		['Chinese podcast notes with (1) [12:30-13:10] items', 'notes/podcast-notes-zh.md'],
		['a prompt note holding a lesson in ``` and ~~~ fences', 'notes/lesson-prompt.md'],
		['a study plan with `## n. [time]` headings, 解析： and bold bullets', 'notes/numbered-headings.md'],
		['a maths error log with (1) items and `> [!tip] 解析` callouts', 'notes/maths-callouts.md'],
		['an English journal in `---` sections with 词汇： lists and no translation', 'notes/journal-sections.md'],
		['a textbook word list under `## Unit 1` headings: English titles and 重点词汇 lists, no translation', 'notes/textbook-word-list.md'],
		['an English to-do list numbered 1️⃣ 2️⃣ with a 词汇： list', 'notes/keycap-todo.md'],
		['a reading list with `## Part 1`, 1️⃣ items, `## 1 · Fiction`, dash bullets and a 词汇： list with no English before it', 'notes/reading-list.md'],
		['a meetup agenda with `## 🔹 Part 1 ｜ 09:00 - 09:45`, `**Unit 2** ⏱ …` and `### 第3段` times and bold bullets', 'notes/conference-agenda.md'],
		['a textbook exercise page: `(1) He ___ to London.` items with A. B. C. options, 答案： lines (before or after) and 解析： lists', 'notes/textbook-exercise.md'],
		['pasted SRT subtitles, each cue an English line and its Chinese line, with a 生词： list at the end', 'notes/subtitles-srt-zh.md'],
		['bilingual song lyrics, English and Chinese line by line, with a 生词： list and a remark below it', 'notes/song-lyrics-zh.md'],
		['an Anki export: a `| Front | Back | Example | Tags |` table of bold words, then a 解析： list', 'notes/anki-export-table.md'],
		['a Templater/Dataview lesson template: `{{english}}`, `<% tp.file.title %>` placeholders in every field', 'notes/lesson-template-placeholders.md'],
		['a meeting transcript: `**Alice** [00:00:05 - 00:00:21]` speaker lines, English then Chinese, bold action items', 'notes/meeting-transcript-speakers.md'],
		['meeting minutes: `(1) [00:00:05 - 00:00:21] **Alice**: …` items with Chinese lines and a 要点： list of bold names', 'notes/meeting-minutes-numbered.md'],
		['bilingual news: `(1)` English sentences with their Chinese, then, past a `---`, a 词汇： list of no unit', 'notes/news-parallel-zh.md'],
		['a vocabulary notebook: `- **word** /IPA/：动词，释义 🔥` lists under date headings, no passage', 'notes/vocab-notebook.md'],
		['an IELTS essay draft under `## 第1段` headings with 词汇： upgrade lists and no translation', 'notes/essay-draft-upgrades.md'],
		['pasted WEBVTT subtitles with `<v Professor>` cues, each with a Chinese line, and a `NOTE 生词` block', 'notes/vtt-lecture-zh.md'],
		['English podcast show notes: `[02:10-15:00] Interview …` chapters and a `Key words:` list in English, nothing translated', 'notes/podcast-show-notes-en.md'],
		['a Kindle highlights export: frontmatter, `- quote — location: [254](kindle://…) ^ref-1` bullets with a 笔记： sub-bullet, a `## 生词` list', 'notes/kindle-highlights-sync.md'],
		['a day log of `[09:00-10:00] **Deep work**: …` blocks, one of them an English practice block with a Chinese line and a 解析： list', 'notes/daily-time-blocks.md'],
		['a class timetable with `第1节 08:00-08:45 英语` lines, an English title and `octopus — 章鱼` lines under 词汇：', 'notes/class-timetable.md'],
		['an English errand list numbered `**1.**` with a 词汇： list and no translation', 'notes/bold-numbered-todo.md'],
	])('%s', (_, path) => {
		const l = parseLesson(read(path));
		expect(l.isLesson).toBe(false);
		expect(l.units).toEqual([]);
		expect(l.diagnostics).toEqual([]);
	});

	it('reads a lesson next to a fence, and only what is outside it', () => {
		const lesson = ['(1) [00:01-00:05] **Outside the fence we learn words.**', '', '围栏外面我们学单词。', '', '解析：', '* **fence**：围栏'].join('\n');
		const l = parseLesson(`${read('notes/lesson-prompt.md')}\n${lesson}\n`);
		expect(l.units.map((u) => [u.n, u.english])).toEqual([[1, 'Outside the fence we learn words.']]);
		expect(l.title).toBe('我的学习笔记提示词');
	});
});

describe('study notes a learner would call lessons: English to learn, its translation and glossed terms', () => {
	it('a grammar note whose `(1)` `(2)` example sentences each have a translation and a 解析： list, under topic headings, is a lesson of those sentences', () => {
		const l = parseLesson(read('lessons/grammar-subjunctive.md'));
		expect(l.units.map((u) => [u.n, u.english, u.translation, u.terms.map((t) => t.term)])).toEqual([
			[1, 'If I were you, I would take the job.', '如果我是你，我会接受这份工作。', ['were', 'would + 动词原形']],
			[2, 'If he had more time, he would learn to play the piano.', '如果他有更多时间，他会学弹钢琴。', ['had', 'would learn']],
			[3, "If she had left earlier, she wouldn't have missed the train.", '要是她早点出发，就不会错过火车了。', ['had left', "wouldn't have missed"]],
		]);
		expect([l.title, l.diagnostics]).toEqual(['语法笔记：虚拟语气（if 从句）', []]);
	});

	it('a close reading of a model IELTS essay, a paragraph, its translation and a 词汇： list under each `## 第一段` heading, is a lesson; the `题目：` line and `## 我的改写` are not', () => {
		const l = parseLesson(read('lessons/ielts-model-essay.md'));
		expect(l.units.map((u) => [u.n, u.english.slice(0, 24), u.translation.slice(0, 8), u.terms.map((t) => [t.term, t.pos, t.hot])])).toEqual([
			[1, 'Many cities are struggli', '很多城市都在与拥', [['congestion', '名词', true], ['remedy', '名词', false]]],
			[2, 'However, such investment', '然而，只有当人们', [['pay off', '短语动词', true]]],
		]);
		expect([l.summary, l.diagnostics]).toEqual([null, []]);
	});
});

describe('a lesson whose units have no header', () => {
	it('still reads a unit that gives two sentences each with its translation, a sentence at a time', () => {
		const unit = (english: string[], chinese: string[], term: string) =>
			[english[0], chinese[0], english[1], chinese[1], '', '解析：', `* **${term}**：词`, '', '---', ''].join('\n');
		const l = parseLesson(
			unit(['The tide goes out twice a day.', 'Pools stay behind in the rocks.'], ['潮水一天退两次。', '岩石间留下了水洼。'], 'tide') +
				unit(['Crabs hide under the weed.', 'Gulls wait above them.'], ['螃蟹躲在海藻下。', '海鸥在上面等着。'], 'weed'),
		);
		expect(l.units.map((u) => [u.english, u.translation, u.terms.map((t) => t.term)])).toEqual([
			['The tide goes out twice a day.\nPools stay behind in the rocks.', '潮水一天退两次。\n\n岩石间留下了水洼。', ['tide']],
			['Crabs hide under the weed.\nGulls wait above them.', '螃蟹躲在海藻下。\n\n海鸥在上面等着。', ['weed']],
		]);
	});
});

describe('a lesson below a meeting note with timed agenda items', () => {
	const text = read('lessons/standup-then-lesson.md');
	const l = parseLesson(text);

	it('takes only the units with analysis lists, and keeps the title and declared count', () => {
		expect(l.units.map((u) => [u.n, u.start, u.terms.length])).toEqual([
			[1, '00:12', 2],
			[2, '00:30', 2],
		]);
		expect(l.title).toBe('Bike commuting in the rain 英语段落翻译');
		expect(l.declaredUnits).toBe(2);
		expect(l.diagnostics).toEqual([]);
	});

	it('ends the units at the summary: its numbered points are not units', () => {
		expect(l.summary?.text).toBe('(1) 装挡泥板；(2) 雨天留足刹车距离。');
		expect(l.units[1].endLine).toBe(text.split('\n').indexOf('* **rim**：名词，轮圈'));
	});
});
