// Lessons written the way other generators write them: fresh topics, each read exactly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lesson, Unit } from '../../src/core/model';
import { parseLesson } from '../../src/core/parser/parseLesson';

const read = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'lessons', name), 'utf8');
const terms = (l: Lesson) => l.units.flatMap((u) => u.terms);
const located = (u: Unit) => u.terms.map((t) => (t.span ? u.english.slice(t.span.start, t.span.end) : null));
const fields = (u: Unit) => u.terms.map((t) => [t.term, t.ipa, t.pos, t.meaning, t.hot]);

describe('bold headers, blockquoted English, translation with no blank line, numbered term lists (sourdough-starter)', () => {
	const l = parseLesson(read('sourdough-starter.md'));

	it('finds every unit, term, ⭐ and table row', () => {
		expect(l.units.map((u) => [u.n, u.start, u.end])).toEqual([
			[1, '00:12', '00:30'],
			[2, '00:30', '00:58'],
			[3, '00:58', '01:20'],
		]);
		expect(terms(l)).toHaveLength(7);
		expect(terms(l).filter((t) => t.hot)).toHaveLength(4);
		expect(l.declaredUnits).toBe(3);
		expect(l.diagnostics).toEqual([]);
	});

	it('splits the English from the translation under it by script, and takes the English out of the blockquote', () => {
		const u = l.units[0];
		expect(u.english).toBe('Feed the starter twice a day, and it will reward you with a loaf that rises all by itself.');
		expect(u.translation).toBe('每天喂两次酵种，它就会回报你一个自己就能发起来的面包。');
		expect([u.englishLines, u.translationLines]).toEqual([
			[8, 8],
			[9, 9],
		]);
	});

	it('reads `1. **term** [IPA] (n.) meaning ⭐`, and attaches 例句 sub-bullets to their term', () => {
		expect(fields(l.units[0])).toEqual([
			['starter', 'ˈstɑːtə', 'n.', '酵种，发酵用的老面', true],
			['reward', null, 'v.', '回报、奖赏', false],
			['rise', null, '动词', '（面团）发起来', true],
		]);
		expect(l.units[0].terms[0].examples).toEqual(['例句：My starter smells like green apples.']);
		expect(l.units[1].terms[1].examples).toEqual(['例句：Don\'t throw out the discard; make pancakes.', '例句：She threw out the old flour.']);
		expect(located(l.units[1])).toEqual(['sluggish', 'throwing it out']);
	});

	it('maps a four-column vocabulary table by its headers', () => {
		expect(l.vocabulary.map((r) => [r.term, r.ipa, r.pos, r.meaning, r.extra])).toEqual([
			['starter', 'ˈstɑːtə', 'n.', '酵种', []],
			['sluggish', 'ˈslʌɡɪʃ', 'adj.', '迟缓的', []],
			['overnight', 'ˌəʊvəˈnaɪt', 'adv.', '一夜之间', []],
		]);
	});
});

describe('【n】, heading and bare-time headers, 原文/译文 labels, other analysis labels (tide-pools)', () => {
	const l = parseLesson(read('tide-pools.md'));

	it('finds every unit and term, times read and not left in the English', () => {
		expect(l.units.map((u) => [u.n, u.start, u.end, u.english])).toEqual([
			[1, '03:05', '03:21', 'Low tide leaves behind pools that are whole worlds for an afternoon.'],
			[2, '03:21', '03:40', 'Step only on bare rock, because the green patches are alive.'],
			[3, '03:40', '04:02', 'Anemones close up when a shadow passes over them.'],
			[4, '04:02', '04:30', 'Turn every stone back the way you found it.'],
		]);
		expect(terms(l)).toHaveLength(10);
		expect(terms(l).filter((t) => t.hot)).toHaveLength(4);
		expect(l.units.map((u) => u.translation)).toEqual(['退潮后留下的水洼，在一个下午里就是一个完整的世界。', '只踩裸露的岩石，因为那些绿色的斑块是活的。', '海葵在有影子掠过时会合拢。', '每块石头都要照原样翻回去。']);
		expect(l.summary?.text).toBe('潮水退去后，观察要轻手轻脚。');
		expect(l.diagnostics).toEqual([]);
	});

	it('reads `**term：**`, `**term**（名词）`, IPA after the colon, and slashes in a meaning as no IPA', () => {
		expect(fields(l.units[0])).toEqual([
			['low tide', null, null, '低潮、退潮', false],
			['leave behind', null, '动词短语', '留下', false],
			['pool', 'puːl', '名词', '水洼', true],
		]);
		expect(fields(l.units[1])).toEqual([
			['bare', 'beə', '形容词', '裸露的', true],
			['patch', null, '名词', '一小块、斑块', false],
			['goal line', null, null, '球门线 / 底线 / 端线', false],
		]);
		expect(located(l.units[0])).toEqual(['Low tide', 'leaves behind', 'pools']);
	});
});

describe('time-only headers, interleaved sentences, a term table under the label (night-market)', () => {
	const l = parseLesson(read('night-market.md'));

	it('numbers headers without numbers in turn', () => {
		expect(l.units.map((u) => [u.n, u.start, u.end])).toEqual([
			[1, '02:10', '02:34'],
			[2, '02:34', '02:51'],
			[3, '02:51', '03:10'],
		]);
		expect(terms(l)).toHaveLength(5);
		expect(terms(l).filter((t) => t.hot)).toHaveLength(2);
		expect(l.diagnostics).toEqual([]);
	});

	it('reads English and Chinese interleaved sentence by sentence, and on one line', () => {
		expect(l.units[0].english).toBe("How much is the grilled squid?\nIt's sixty a skewer, but two come cheaper.");
		expect(l.units[0].translation).toBe('烤鱿鱼多少钱？\n\n一串六十，两串更便宜。');
		expect([l.units[1].english, l.units[1].translation]).toEqual(['Could you make it less spicy?', '能做得不那么辣吗？']);
	});

	it('reads a translation that opens with English words as Chinese, by its whole script mix', () => {
		expect(l.units[2].english).toBe('Continuous cooking keeps the stall busy all night.');
		expect(l.units[2].translation).toMatch(/^\*\*Continuous cooking\*\*（连续烹饪）让摊位/);
	});

	it('takes a table under `Vocabulary:` as the term list, columns by header', () => {
		expect(fields(l.units[0])).toEqual([
			['grilled squid', 'ɡrɪld skwɪd', null, '烤鱿鱼', false],
			['skewer', 'ˈskjuːə', null, '一串、烤串', true],
		]);
		expect(located(l.units[0])).toEqual(['grilled squid', 'skewer']);
	});
});

describe('other ways a lesson arrives', () => {
	it('keeps the title behind a byte order mark with no frontmatter', () => {
		const l = parseLesson(read('bom-lesson.md'));
		expect([l.title, l.titleLine, l.units.length, l.diagnostics]).toEqual(['Rainy day reading list', 0, 1, []]);
	});

	it('is a lesson with bad-bullet diagnostics when it has units and lists but no readable bullet', () => {
		const l = parseLesson(read('unreadable-lesson.md'));
		expect(l.isLesson).toBe(true);
		expect(l.units.map((u) => [u.n, u.terms.length, u.unreadBullets.length])).toEqual([
			[1, 0, 2],
			[2, 0, 1],
		]);
		expect(l.diagnostics.map((d) => [d.code, d.line])).toEqual([
			['bad-bullet', 7],
			['bad-bullet', 8],
			['bad-bullet', 15],
		]);
	});
});

describe('units as numbered headings with a time range, plain English, ordered term lists (volcano-heading-units)', () => {
	const l = parseLesson(read('volcano-heading-units.md'));

	it('reads each `## n. [time]` heading as a unit, the plain paragraph under it as its English', () => {
		expect(l.title).toBe('火山学入门 · 英文精读');
		expect(l.declaredUnits).toBe(3);
		expect(l.units.map((u) => [u.n, u.start, u.end, u.englishLines, u.translationLines])).toEqual([
			[1, '02:10', '02:25', [6, 6], [8, 8]],
			[2, '02:25', '02:41', [16, 16], [18, 18]],
			[3, '02:41', '03:02', [26, 26], [28, 28]],
		]);
		expect(l.units[2].english).toBe('What follows is not one eruption but a sequence of them, each one weaker than the last.');
		expect(l.units[2].translation).toBe('随之而来的不是一次喷发，而是一连串的喷发，一次比一次弱。');
		expect(l.diagnostics).toEqual([]);
	});

	it('reads `1. **term** /IPA/：POS，meaning 🔥` and locates the terms the English uses', () => {
		expect(terms(l)).toHaveLength(6);
		expect(terms(l).filter((t) => t.hot).map((t) => t.term)).toEqual(['magma chamber', 'exceed', 'give way', 'weaker than the last']);
		expect(fields(l.units[1])).toEqual([
			['exceed', 'ɪkˈsiːd', '动词', '超过', true],
			['give way', null, '短语', '坍塌、让步', true],
		]);
		// "a chamber of magma" is not "magma chamber": left unlocated rather than guessed.
		expect(located(l.units[0])).toEqual([null, 'inflated']);
		expect(located(l.units[1])).toEqual(['exceeds', 'gives way']);
	});
});

describe('frontmatter, `### （n）[h:mm:ss–h:mm:ss]`, `**解析:**`, ` : ` and ` — ` separators, a three-column table (public-libraries)', () => {
	const l = parseLesson(read('public-libraries.md'));

	it('finds every unit with its times, and the summary and table after them', () => {
		expect(l.units.map((u) => [u.n, u.start, u.end])).toEqual([
			[1, '0:00:12', '0:00:31'],
			[2, '0:00:31', '0:00:58'],
			[3, '0:00:58', '0:01:20'],
			[4, '0:01:20', '0:01:41'],
		]);
		expect(l.declaredUnits).toBe(4);
		expect(l.summary?.text).toBe('本课讨论了公共图书馆的经济学。');
		expect(l.vocabulary.map((r) => [r.term, r.meaning, r.extra])).toEqual([
			['non-rival good', '非竞争性物品', ['Economists call this a non-rival good.']],
			['anything but', '根本不', ['anything but quiet']],
			['foot traffic', '客流量', ['foot traffic drops off']],
		]);
		expect(l.diagnostics).toEqual([]);
	});

	it('reads terms whatever separates them from their meaning', () => {
		expect(terms(l)).toHaveLength(10);
		expect(fields(l.units[0])).toEqual([
			['in a sense', null, '短语', '在某种意义上', false],
			['sit all day', null, null, '坐一整天', false],
			['the last place', null, null, '最后一个（还能……的）地方', true],
		]);
		expect(fields(l.units[1])[0]).toEqual(['non-rival good', 'nɒn ˈraɪvəl ɡʊd', '名词', '非竞争性物品', true]);
		expect(located(l.units[3])).toEqual(['foot traffic', 'drops off']);
	});
});

describe('the analysis in an Obsidian callout: `> [!note]- 解析` then `> - **term**：…` (sleep-callouts)', () => {
	const l = parseLesson(read('sleep-callouts.md'));

	it('reads every unit, its English and translation, and the callout as its analysis', () => {
		expect(l.declaredUnits).toBe(3);
		expect(l.units.map((u) => [u.n, u.analysisLine, u.endLine])).toEqual([
			[1, 12, 14],
			[2, 24, 26],
			[3, 36, 38],
		]);
		expect(l.units[1].english).toBe('{This replay is thought to strengthen the connections [between neurons]} {that encode a memory.}');
		expect(l.units[1].translation).toBe('这种回放被认为能够加强编码记忆的神经元之间的连接。');
		expect(l.diagnostics).toEqual([]);
	});

	it('reads the quoted bullets as terms, each on its own line, and locates them', () => {
		expect(terms(l).map((t) => [t.term, t.line, t.hot])).toEqual([
			['deep sleep', 13, true],
			['replay', 14, false],
			['strengthen', 25, true],
			['encode', 26, false],
			['a good chunk of', 37, true],
			['skip', 38, false],
		]);
		expect(fields(l.units[0])[0]).toEqual(['deep sleep', 'diːp sliːp', '名词', '深度睡眠', true]);
		expect(located(l.units[2])).toEqual(['a good chunk of', 'Skip']);
		expect(l.units.flatMap((u) => u.unreadBullets)).toEqual([]);
	});
});

describe('units named in a heading or bold line with a time range: `## 🔹 Unit 1 ｜ 00:08 - 00:26` (tidepools-named-units)', () => {
	const l = parseLesson(read('tidepools-named-units.md'));

	it('reads each named unit with its times, the quoted English and the 📌 解析 list', () => {
		expect(l.title).toBe('Tide pools: life between the waves｜英语精读');
		expect(l.units.map((u) => [u.n, u.start, u.end, u.englishLines, u.translationLines])).toEqual([
			[1, '00:08', '00:26', [6, 6], [8, 8]],
			[2, '00:26', '00:49', [17, 17], [19, 19]],
			[3, '00:49', '01:12', [28, 28], [30, 30]],
		]);
		expect(l.units[2].english).toBe("So a sea star clinging to the rock isn't resting; it's holding on for dear life.");
		expect(l.summary?.text).toBe('潮池生物要同时应对干燥、高温和海浪三种压力。');
		expect(l.diagnostics).toEqual([]);
	});

	it('locates every term, inflected or not', () => {
		expect(terms(l)).toHaveLength(8);
		expect(terms(l).filter((t) => t.hot).map((t) => t.term)).toEqual(['pull back', 'batter', 'cling to', 'for dear life']);
		expect(located(l.units[1])).toEqual(['baked', 'battered', 'surf']);
		expect(located(l.units[2])).toEqual(['clinging to', 'for dear life']);
	});
});

describe('units as `**Unit 1** ⏱ 00:00:05 – 00:00:21` or `**第3段** ⏱ …`, labelled English and a term table per unit (glaciers-bold-units)', () => {
	const l = parseLesson(read('glaciers-bold-units.md'));

	it('reads every unit, whichever way it is named, with its labelled English and translation', () => {
		expect(l.units.map((u) => [u.n, u.start, u.end, u.englishLines, u.translationLines])).toEqual([
			[1, '00:00:05', '00:00:21', [4, 4], [6, 6]],
			[2, '00:00:21', '00:00:43', [17, 17], [19, 19]],
			[3, '00:00:43', '00:01:02', [31, 31], [33, 33]],
		]);
		expect(l.units[0].english).toBe('A glacier looks frozen in place, but it is really a river of ice flowing downhill.');
		expect(l.units[0].translation).toBe('冰川看起来冻结不动，但它其实是一条向下坡流动的冰河。');
		expect(l.diagnostics).toEqual([]);
	});

	it('reads the table rows as terms with their IPA', () => {
		expect(terms(l)).toHaveLength(6);
		expect(fields(l.units[1])).toEqual([
			['under its own weight', 'ˈʌndər ɪts əʊn weɪt', null, '在自身重量作用下', true],
			['deform', 'dɪˈfɔːm', null, '变形', false],
			['meltwater', 'ˈmeltˌwɔːtə', null, '融水', false],
		]);
		expect(located(l.units[1])).toEqual(['Under its own weight', 'deforms', 'meltwater']);
	});
});

describe('keycap-numbered units (`1️⃣ **…**`), 词汇： with dash-separated plain terms (rates-keycaps)', () => {
	const l = parseLesson(read('rates-keycaps.md'));

	it('reads each keycap as a unit number, and says the numbers skip from 2 to 🔟', () => {
		expect(l.units.map((u) => [u.n, u.englishLines, u.translationLines])).toEqual([
			[1, [2, 2], [4, 4]],
			[2, [10, 10], [12, 12]],
			[10, [19, 19], [21, 21]],
		]);
		expect(l.diagnostics.map((d) => [d.code, d.line])).toEqual([['number-skipped', 19]]);
	});

	it('reads `term — meaning`, `term – meaning`, `term - meaning` and `term: meaning` as terms', () => {
		expect(l.units.map((u) => u.terms.map((t) => [t.term, t.meaning, t.hot]))).toEqual([
			[['hold rates steady', '维持利率不变', true], ['surprise markets', '出乎市场意料', false]],
			[['quarter-point', '25个基点（0.25个百分点）', true], ['cite', '援引，以……为理由', false], ['cooling inflation', '通胀降温', false]],
			[['bond yield', '债券收益率', true]],
		]);
		expect(located(l.units[1])).toEqual(['quarter-point', 'citing', 'cooling inflation']);
	});
});

describe('units as `## Sentence n` or `## 第n句` with no time, bold English (stress-sentences)', () => {
	const l = parseLesson(read('stress-sentences.md'));

	it('reads the named units; a named heading with words after it ends the last unit', () => {
		expect(l.units.map((u) => [u.n, u.start, u.englishLines, u.translationLines, u.endLine])).toEqual([
			[1, null, [4, 4], [6, 6], 10],
			[2, null, [14, 14], [16, 16], 20],
			[3, null, [24, 24], [26, 26], 29],
		]);
		expect(l.diagnostics).toEqual([]);
	});

	it('locates the terms with their placeholders', () => {
		expect(located(l.units[0])).toEqual(['makes you sick', 'For years']);
		expect(located(l.units[2])).toEqual(['turned stress into']);
	});
});

describe('frontmatter, `## 1 · 00:00:12 → 00:00:30`, **EN:** / **ZH:** labels, `n. 罐子` word classes (choice-en-zh)', () => {
	const l = parseLesson(read('choice-en-zh.md'));

	it('reads each unit with its times and its labelled English and translation', () => {
		expect(l.units.map((u) => [u.n, u.start, u.end, u.englishLines, u.translationLines])).toEqual([
			[1, '00:00:12', '00:00:30', [9, 9], [11, 11]],
			[2, '00:00:30', '00:00:47', [19, 19], [21, 21]],
		]);
		expect(l.units[1].english).toBe('Choosing a jam from twenty-four jars is harder than choosing from six.');
		expect(l.units[1].translation).toBe('从二十四罐果酱中挑选比从六罐中挑选更难。');
		expect(l.diagnostics).toEqual([]);
	});

	it('reads ordered bold bullets with an IPA and an abbreviated word class', () => {
		expect(l.units.map(fields)).toEqual([
			[['past a certain point', null, null, '超过某个临界点', true], ['miserable', 'ˈmɪzrəbl', 'adj.', '痛苦的', false]],
			[['jar', 'dʒɑː', 'n.', '罐子', false], ['harder than', null, null, '比……更难', true]],
		]);
	});
});

describe('the English and its translation side by side in a table, `**(n) time**` headers (maps-side-by-side)', () => {
	const l = parseLesson(read('maps-side-by-side.md'));

	it('reads the row\'s cells as the English and the translation, skipping the header and `---` rows', () => {
		expect(l.units.map((u) => [u.n, u.start, u.end, u.englishLines, u.translationLines, u.analysisLine])).toEqual([
			[1, '00:00', '00:14', [6, 6], [6, 6], 8],
			[2, '00:14', '00:31', [16, 16], [16, 16], 18],
		]);
		expect(l.units[1].english).toBe('They were statements of power, showing who owned what.');
		expect(l.units[1].translation).toBe('它们是权力的宣示，显示谁拥有什么。');
		expect(located(l.units[0])).toEqual(['get anywhere', 'drawn']);
		expect(l.diagnostics).toEqual([]);
	});

	it('still reads the lesson\'s own vocabulary table after the summary', () => {
		expect(l.summary?.text).toBe('Maps were first about ownership, then about travel.');
		expect(l.vocabulary.map((r) => [r.term, r.meaning])).toEqual([['get anywhere', '到达任何地方']]);
	});
});

describe('`#### 重点词汇` headings as each unit\'s analysis label, `***` between units (caffeine-vocab-headings)', () => {
	const l = parseLesson(read('caffeine-vocab-headings.md'));

	it('reads the list under each heading as the unit\'s terms', () => {
		expect(l.units.map((u) => [u.n, u.analysisLine, u.endLine, u.terms.map((t) => t.term)])).toEqual([
			[1, 8, 10, ['block the signal', 'caffeine']],
			[2, 20, 22, ['wear off', 'crash']],
		]);
		expect(located(l.units[1])).toEqual(['wears off', 'crash']);
		expect(l.diagnostics).toEqual([]);
	});
});

describe('units with no header, only `---` between them (night-noise-unheaded)', () => {
	const l = parseLesson(read('night-noise-unheaded.md'));

	it('opens a unit at each stretch\'s first English line, numbered in turn, title and intro kept apart', () => {
		expect(l.title).toBe('精读 · Why cities are louder at night');
		expect(l.intro).toBe('来源：一期城市声学播客。');
		expect(l.units.map((u) => [u.n, u.line, u.start, u.englishLines, u.translationLines, u.analysisLine, u.endLine])).toEqual([
			[1, 4, null, [4, 4], [6, 6], 8, 10],
			[2, 14, null, [14, 14], [16, 16], 18, 20],
		]);
		expect(l.units[1].english).toBe('Trucks make deliveries after midnight because the roads are finally clear.');
		expect(located(l.units[0])).toEqual(['drowning it out', 'get louder']);
		expect(l.summary?.text).toBe('夜晚的城市噪音主要来自货运和低频的机器声。');
		expect(l.diagnostics).toEqual([]);
	});
});

describe('bold headers with spaced en-dash times, `[IPA] *n.* meaning` bullets (urban-beekeeping-italic-pos)', () => {
	const l = parseLesson(read('urban-beekeeping-italic-pos.md'));

	it('finds every unit, term and table row, with nothing to diagnose', () => {
		expect(l.units.map((u) => [u.n, u.start, u.end])).toEqual([
			[1, '00:03', '00:15'],
			[2, '00:15', '00:31'],
			[3, '00:31', '00:48'],
			[4, '00:48', '01:02'],
		]);
		expect(terms(l)).toHaveLength(11);
		expect(terms(l).filter((t) => t.hot).map((t) => t.term)).toEqual(['rooftop', 'colony', 'make sure', 'yield', 'crowd out']);
		expect(l.vocabulary).toHaveLength(5);
		expect(l.declaredUnits).toBe(4);
		expect(l.diagnostics).toEqual([]);
	});

	it('reads a word class in italics, or abbreviated, as the part of speech', () => {
		expect(fields(l.units[0])).toEqual([
			['rooftop', 'ˈruːftɒp', 'n.', '屋顶', true],
			['for decades', null, null, '几十年来', false],
			['fashionable', 'ˈfæʃnəbl', 'adj.', '时髦的，流行的', false],
		]);
		expect(located(l.units[1])).toEqual(['colonies', 'within a few kilometres', 'making sure']);
	});
});

describe('`## 第 1 段 [h:mm:ss - h:mm:ss]` headings, a bold 词汇解析 label, `1. **term** — phr. v. meaning` (home-fermenting-segments)', () => {
	const l = parseLesson(read('home-fermenting-segments.md'));

	it('finds every unit and term under its properties, with nothing to diagnose', () => {
		expect(l.title).toBe('Fermenting at Home｜英语听力精讲');
		expect(l.units.map((u) => [u.n, u.start, u.end])).toEqual([
			[1, '00:00:05', '00:00:19'],
			[2, '00:00:19', '00:00:36'],
			[3, '00:00:36', '00:00:52'],
		]);
		expect(terms(l)).toHaveLength(9);
		expect(terms(l).filter((t) => t.hot)).toHaveLength(5);
		expect(l.summary).not.toBeNull();
		expect(l.diagnostics).toEqual([]);
	});

	it('reads two abbreviations as one part of speech, and finds `keep ... at bay` around its object', () => {
		expect(fields(l.units[2])).toEqual([
			['nail polish', null, 'n.', '指甲油', false],
			['skim off', null, 'phr. v.', '撇去', true],
			['panic', null, 'v.', '惊慌', false],
		]);
		expect(located(l.units[1])).toEqual(['does most of the heavy lifting', 'keeps the harmful bacteria at bay', 'thrive']);
	});
});

describe('`### Unit 1 ⏱ 00:12–00:27` headings, 🇬🇧 / 🇨🇳 lines, `🔑 Key words:` lists with `(phr. v.)` (deep-sea-flags)', () => {
	const l = parseLesson(read('deep-sea-flags.md'));

	it('finds every unit and term, with nothing to diagnose', () => {
		expect(l.units.map((u) => [u.n, u.start, u.end])).toEqual([
			[1, '00:12', '00:27'],
			[2, '00:27', '00:41'],
			[3, '00:41', '00:58'],
		]);
		expect(terms(l)).toHaveLength(6);
		expect(terms(l).filter((t) => t.hot).map((t) => t.term)).toEqual(['scrape', 'barely', 'strip away']);
		expect(l.diagnostics).toEqual([]);
	});

	it('takes the flags off the English and the translation, which stand on their own lines', () => {
		const u = l.units[2];
		expect(u.english).toBe('Once a habitat is stripped away, it may take centuries to recover, if it ever does.');
		expect(u.translation).toBe('一旦栖息地被剥离，它可能需要几个世纪才能恢复——如果它还能恢复的话。');
		expect([u.englishLines, u.translationLines]).toEqual([
			[21, 21],
			[22, 22],
		]);
		expect(fields(u)[0]).toEqual(['strip away', null, 'phr. v.', '剥去', true]);
		expect(located(u)).toEqual(['stripped away', 'recover']);
	});
});

describe('units with no header under `### 1. word` headings, 🇬🇧 / 🇨🇳 lines, a `#### 词汇` heading label (word-cards-headings)', () => {
	const l = parseLesson(read('word-cards-headings.md'));

	it('opens a unit at the first English line under each heading, as between separators', () => {
		expect(l.units.map((u) => [u.n, u.line, u.englishLines, u.translationLines, u.analysisLine, u.endLine])).toEqual([
			[1, 3, [3, 3], [4, 4], 6, 8],
			[2, 11, [11, 11], [12, 12], 14, 16],
			[3, 19, [19, 19], [20, 20], 22, 24],
		]);
		expect(l.units[1].english).toBe('Phones are ubiquitous now, even on mountain trails.');
		expect(l.units[1].translation).toBe('如今手机无处不在，连山间小路上都有。');
		expect(fields(l.units[1])).toEqual([
			['ubiquitous', 'juːˈbɪkwɪtəs', 'adj.', '无处不在的', true],
			['trail', null, 'n.', '小路', false],
		]);
		expect(located(l.units[2])).toEqual(['procrastinate', 'right away']);
		expect(l.summary?.text).toBe('三个词都和日常习惯有关。');
		expect(l.diagnostics).toEqual([]);
	});
});

describe('`## Segment 01 · 00:12` headings, English and translation on two `>` lines, `**term** 🔥 meaning` with no colon (tea-ceremony-segments)', () => {
	const l = parseLesson(read('tea-ceremony-segments.md'));

	it('reads each heading as a unit with its start time, the quote\'s English line apart from its Chinese one', () => {
		expect(l.title).toBe('The Japanese Tea Ceremony | 英语精听笔记');
		expect(l.intro).toBe('来源：一期关于日本茶道的播客，主持人采访了一位京都的茶道老师。');
		expect(l.units.map((u) => [u.n, u.start, u.end, u.line, u.englishLines, u.translationLines, u.analysisLine, u.endLine])).toEqual([
			[1, '00:12', null, 4, [6, 6], [7, 7], 9, 11],
			[2, '00:27', null, 13, [15, 15], [16, 16], 18, 21],
			[3, '00:41', null, 23, [25, 25], [26, 26], 28, 30],
		]);
		expect(l.units[1].english).toBe('Every movement, from folding the cloth to turning the bowl, is done in a fixed order.');
		expect(l.units[1].translation).toBe('每一个动作，从折叠茶巾到转动茶碗，都按固定的顺序完成。');
		expect(l.diagnostics).toEqual([]);
	});

	it('reads a 🔥 right after the bold term as what parts it from its meaning, and `/IPA/ v. meaning` with no colon', () => {
		expect(terms(l)).toHaveLength(7);
		expect(terms(l).filter((t) => t.hot).map((t) => t.term)).toEqual(['less about … than about', 'in a fixed order', 'be expected to']);
		expect(fields(l.units[0])).toEqual([
			['less about … than about', null, null, '与其说……不如说……', true],
			['pay attention', 'peɪ əˈtenʃn', 'v.', '专注，留意', false],
		]);
		expect(located(l.units[0])).toEqual(['less about drinking tea than about', 'paying attention']);
		expect(located(l.units[2])).toEqual(['are expected to', 'admire']);
		expect(l.units.flatMap((u) => u.unreadBullets)).toEqual([]);
	});
});

describe('a chat answer: `**Sentence 1** (00:05–00:17)`, `**English:**` / `**Translation:**` labels, `**term** (n.) — meaning` (marathon-chat)', () => {
	const l = parseLesson(read('marathon-chat.md'));

	it('reads each sentence with its times and its labelled English and translation, not the chat around them', () => {
		expect(l.title).toBeNull();
		expect(l.units.map((u) => [u.n, u.start, u.end, u.englishLines, u.translationLines, u.analysisLine, u.endLine])).toEqual([
			[1, '00:05', '00:17', [4, 4], [6, 6], 8, 11],
			[2, '00:17', '00:31', [15, 15], [17, 17], 19, 21],
			[3, '00:31', '00:46', [25, 25], [27, 27], 29, 32],
		]);
		expect(l.units[2].english).toBe('Your heart adapts in weeks, but your tendons can take months to catch up.');
		expect(l.units[2].translation).toBe('你的心脏几周就能适应，但肌腱可能需要几个月才能跟上。');
		expect(l.summary).toBeNull();
		expect(l.diagnostics).toEqual([]);
	});

	it('reads the word class in parentheses before the dash, and locates every term', () => {
		expect(terms(l)).toHaveLength(8);
		expect(terms(l).filter((t) => t.hot).map((t) => t.term)).toEqual(['get hurt', 'no more than', 'tendon', 'catch up']);
		expect(fields(l.units[2])).toEqual([
			['adapt', null, 'v.', '适应', false],
			['tendon', null, 'n.', '肌腱', true],
			['catch up', null, 'phr. v.', '赶上，跟上', true],
		]);
		expect(fields(l.units[0])[2]).toEqual(['add miles', null, null, '增加跑量', false]);
		expect(located(l.units[0])).toEqual(['marathoners', 'get hurt', 'add miles']);
		expect(located(l.units[2])).toEqual(['adapts', 'tendons', 'catch up']);
	});
});

describe('CRLF lines, `（１）［00:03－00:18］` in full-width forms, `1)` term lists, a no-break space before an IPA (tax-returns-crlf)', () => {
	const text = read('tax-returns-crlf.md');
	const l = parseLesson(text);

	it('reads the full-width brackets and dash as the time range, kept out of the translation', () => {
		expect(text.includes('\r\n')).toBe(true);
		expect(l.title).toBe('个人报税 Tax Returns 听力精读');
		expect(l.declaredUnits).toBe(3);
		expect(l.units.map((u) => [u.n, u.start, u.end, u.englishLines, u.translationLines, u.analysisLine, u.endLine])).toEqual([
			[1, '00:03', '00:18', [8, 8], [10, 10], 12, 14],
			[2, '00:18', '00:35', [20, 20], [22, 22], 24, 26],
			[3, '00:35', '00:52', [32, 32], [34, 34], 36, 39],
		]);
		expect(l.units[0].translation).toBe('早点报税不只是为了早点了事，还能保护你免遭身份盗用。');
		expect(l.units[2].english).toBe('Keep your receipts for at least three years, in case you are audited.');
		expect(l.diagnostics).toEqual([]);
	});

	it('reads an IPA after a no-break space and `连词短语` as a word class', () => {
		expect(terms(l)).toHaveLength(7);
		expect(terms(l).filter((t) => t.hot).map((t) => t.term)).toEqual(['get it over with', 'identity theft', 'deduction', 'audit']);
		expect(fields(l.units[0])[1]).toEqual(['identity theft', 'aɪˈdentəti θeft', '名词', '身份盗用', true]);
		expect(fields(l.units[2])[1]).toEqual(['in case', null, '连词短语', '以防', false]);
		expect(located(l.units[2])).toEqual(['receipts', 'in case', 'audited']);
	});

	it('does not find `tax credit` across a comma in "taxed on, while a credit"', () => {
		expect(located(l.units[1])).toEqual(['deduction', null]);
	});
});

describe('plain `第1句 [00:03-00:14]` lines as headers, no blank lines, `term — meaning` lines with no bullet under 重点词汇 (jazz-history-zh-headers)', () => {
	const l = parseLesson(read('jazz-history-zh-headers.md'));

	it('reads each `第n句` line with its time range as a unit, the lines under it as English, translation and label', () => {
		expect(l.title).toBe('爵士乐简史 · 英语精读');
		expect(l.units.map((u) => [u.n, u.start, u.end, u.line, u.englishLines, u.translationLines, u.analysisLine, u.endLine])).toEqual([
			[1, '00:03', '00:14', 2, [3, 3], [4, 4], 6, 9],
			[2, '00:14', '00:29', 11, [12, 12], [13, 13], 15, 17],
			[3, '00:29', '00:45', 19, [20, 20], [21, 21], 23, 25],
		]);
		expect(l.units[2].english).toBe('By the 1930s, swing had turned jazz into the dance music of an entire generation.');
		expect(l.units[2].translation).toBe('到了20世纪30年代，摇摆乐已让爵士乐成为整整一代人的舞曲。');
		expect(l.diagnostics).toEqual([]);
	});

	it('reads each term line with no bullet as a term, 🔥 at its end', () => {
		expect(terms(l)).toHaveLength(7);
		expect(terms(l).filter((t) => t.hot).map((t) => t.term)).toEqual(['grow out of', 'improvise', 'an entire generation']);
		expect(fields(l.units[0])).toEqual([
			['grow out of', null, null, '起源于，由……发展而来', true],
			['brass band', null, null, '铜管乐队', false],
			['alike', null, null, '同样地，都', false],
		]);
		expect(located(l.units[0])).toEqual(['grew out of', 'brass bands', 'alike']);
		expect(located(l.units[1])).toEqual(['improvised', 'score']);
	});
});

describe('a Notion export: `<aside>`, `- [ ]` to-dos, `### 1. [00:10 - 00:25]`, terms as a definition list `term` then `: meaning` (birdwatching-notion)', () => {
	const text = read('birdwatching-notion.md');
	const l = parseLesson(text);

	it('reads every unit, and passes over the to-do items before and after them', () => {
		expect(l.title).toBe('Birdwatching at Dawn 清晨观鸟');
		expect(l.units.map((u) => [u.n, u.start, u.end, u.englishLines, u.translationLines, u.analysisLine, u.endLine])).toEqual([
			[1, '00:10', '00:25', [12, 12], [14, 14], 16, 22],
			[2, '00:25', '00:41', [26, 26], [28, 28], 30, 36],
			[3, '00:41', '00:58', [40, 40], [42, 42], 44, 47],
		]);
		expect(l.units[0].english).toBe('The dawn chorus is loudest in the hour before sunrise, when males sing to defend their territory.');
		expect(l.units.flatMap((u) => u.unreadBullets)).toEqual([]);
		expect(l.diagnostics).toEqual([]);
	});

	it('reads each term line and the `: meaning` under it as one term, on the term\'s line, IPA and 🔥 on either', () => {
		expect(terms(l).map((t) => [t.term, t.line, t.hot])).toEqual([
			['dawn chorus', 18, true],
			['territory', 21, false],
			['a handful of', 32, false],
			['binoculars', 35, true],
			['stay still', 46, true],
		]);
		expect(fields(l.units[1])).toEqual([
			['a handful of', null, null, '少量的，几个', false],
			['binoculars', 'bɪˈnɒkjələz', 'n.', '双筒望远镜', true],
		]);
		expect(located(l.units[1])).toEqual(['a handful of', 'binoculars']);
	});

	it('reads the same units without the to-dos: a definition list alone shows a unit teaches', () => {
		const bare = parseLesson(text.replace(/^- \[ \] .*\n/gm, ''));
		expect(bare.units.map((u) => [u.n, u.terms.map((t) => t.term)])).toEqual([
			[1, ['dawn chorus', 'territory']],
			[2, ['a handful of', 'binoculars']],
			[3, ['stay still']],
		]);
	});
});

describe('frontmatter with tags and aliases, each unit a callout titled `> [!example] 句子 1 · 00:00:04 – 00:00:19` (chip-design-callouts)', () => {
	const l = parseLesson(read('chip-design-callouts.md'));

	it('reads each callout\'s title as its unit\'s header, and its quoted lines as the unit, `>` lines between them blank', () => {
		expect(l.title).toBe('How chips are designed 芯片是怎样设计出来的');
		expect(l.declaredUnits).toBe(3);
		expect(l.intro).toBeNull();
		expect(l.units.map((u) => [u.n, u.start, u.end, u.line, u.englishLines, u.translationLines, u.analysisLine, u.endLine])).toEqual([
			[1, '00:00:04', '00:00:19', 14, [15, 15], [17, 17], 19, 21],
			[2, '00:00:19', '00:00:36', 23, [24, 24], [26, 26], 28, 30],
			[3, '00:00:36', '00:00:52', 32, [33, 33], [35, 35], 37, 39],
		]);
		expect(l.units[1].english).toBe('Engineers describe what the circuit should do, and tools work out where each part goes.');
		expect(l.units[1].translation).toBe('工程师描述电路应该做什么，由工具算出每个部件放在哪里。');
		expect(l.diagnostics).toEqual([]);
	});

	it('reads the quoted term bullets of every unit, not only the first', () => {
		expect(terms(l)).toHaveLength(6);
		expect(terms(l).filter((t) => t.hot).map((t) => t.term)).toEqual(['transistor', 'work out', 'keep … from']);
		expect(fields(l.units[2])).toEqual([
			['keep … from', null, '短语', '防止……', true],
			['overheat', 'ˌəʊvəˈhiːt', '动词', '过热', false],
		]);
		expect(located(l.units[2])).toEqual(['keeping the wires from', 'overheating']);
		expect(l.units.flatMap((u) => u.unreadBullets)).toEqual([]);
	});
});

describe('`## Sentence 1 / 句子 1` headings, the translation before the English (`**中文：**` then `**English:**`), `**term** 中文` with no colon (coffee-translation-first)', () => {
	const l = parseLesson(read('coffee-translation-first.md'));

	it('reads a heading that names its unit in both languages, and each labelled part whichever comes first', () => {
		expect(l.title).toBe('咖啡烘焙 Coffee Roasting｜中英对照精读');
		expect(l.units.map((u) => [u.n, u.start, u.line, u.englishLines, u.translationLines, u.analysisLine, u.endLine])).toEqual([
			[1, null, 2, [6, 6], [4, 4], 8, 11],
			[2, null, 13, [17, 17], [15, 15], 19, 21],
		]);
		expect(l.units[0].english).toBe('Roasters listen closely for the first crack, because the next minute decides the flavour.');
		expect(l.units[0].translation).toBe('烘焙师在第一声爆裂时仔细听，因为接下来的一分钟决定了风味。');
		expect(l.diagnostics).toEqual([]);
	});

	it('reads `*n.*` word classes and a Chinese meaning right after a bold term', () => {
		expect(terms(l)).toHaveLength(5);
		expect(terms(l).filter((t) => t.hot).map((t) => t.term)).toEqual(['first crack', 'grassy']);
		expect(fields(l.units[1])).toEqual([
			['grassy', 'ˈɡrɑːsi', 'adj.', '有青草味的', true],
			['all you get is', null, null, '你得到的只有……', false],
		]);
		expect(located(l.units[0])).toEqual(['Roasters', 'first crack', 'decides']);
		expect(located(l.units[1])).toEqual(['grassy', 'all you get is']);
	});
});

describe('`### Segment 01 · 00:12` headings with a start time alone, between `---` (rowing-segments-single-time)', () => {
	const l = parseLesson(read('rowing-segments-single-time.md'));

	it('reads each heading as its unit\'s header, the start time read and no end', () => {
		expect(l.declaredUnits).toBe(3);
		expect(l.units.map((u) => [u.n, u.start, u.end, u.line, u.englishLines, u.translationLines, u.analysisLine, u.endLine])).toEqual([
			[1, '00:12', null, 6, [8, 8], [10, 10], 12, 14],
			[2, '00:27', null, 18, [20, 20], [22, 22], 24, 26],
			[3, '00:45', null, 30, [32, 32], [34, 34], 36, 38],
		]);
		expect(l.units[1].english).toBe('Beginners tend to rush the slide forward and lose their balance.');
		expect(l.diagnostics).toEqual([]);
	});

	it('reads and locates every term', () => {
		expect(terms(l)).toHaveLength(6);
		expect(terms(l).filter((t) => t.hot).map((t) => t.term)).toEqual(['stroke', 'tend to', 'as one']);
		expect(located(l.units[1])).toEqual(['tend to', 'lose their balance']);
	});
});

describe('`**1.** English` lines as units, the translation right under them, an italic `*重点词汇*：` label, `**term** v. meaning` (glass-numbered-bold)', () => {
	const l = parseLesson(read('glass-numbered-bold.md'));

	it('reads each bold number as a unit header with its English on the line', () => {
		expect(l.title).toBe('Glassblowing 吹玻璃 · 逐句精讲');
		expect(l.intro).toBe('视频来源：一位玻璃艺人的工作室参观。');
		expect(l.units.map((u) => [u.n, u.line, u.englishLines, u.translationLines, u.analysisLine, u.endLine])).toEqual([
			[1, 4, [4, 4], [5, 5], 7, 9],
			[2, 11, [11, 11], [12, 12], 14, 17],
			[3, 19, [19, 19], [20, 20], 22, 24],
		]);
		expect(l.units[1].english).toBe('The furnace never goes out; it runs day and night for months at a time.');
		expect(l.units[1].translation).toBe('熔炉从不熄灭，一次连续运转好几个月。');
		expect(l.diagnostics).toEqual([]);
	});

	it('reads a dictionary word class after the bold term as what parts it from its meaning', () => {
		expect(terms(l)).toHaveLength(7);
		expect(terms(l).filter((t) => t.hot).map((t) => t.term)).toEqual(['molten', 'go out', 'crack']);
		expect(fields(l.units[1])).toEqual([
			['furnace', 'ˈfɜːnɪs', 'n.', '熔炉', false],
			['go out', null, 'phr. v.', '（火）熄灭', true],
			['at a time', null, null, '一次，每次', false],
		]);
		expect(located(l.units[0])).toEqual(['Molten', 'sags']);
		expect(located(l.units[1])).toEqual(['furnace', 'goes out', 'at a time']);
	});
});

describe('a no-break space between `(1)` and its time, tabs and trailing spaces, a full-width space after `解析：`, a `【重点词汇】` label, 🔥 before the term (hot-springs-messy)', () => {
	const l = parseLesson(read('hot-springs-messy.md'));

	it('reads each header\'s time whatever space stands before it, kept out of the English', () => {
		expect(l.title).toBe('Iceland Hot Springs 冰岛温泉 听力精读');
		expect(l.declaredUnits).toBe(2);
		expect(l.units.map((u) => [u.n, u.start, u.end, u.line, u.englishLines, u.translationLines, u.analysisLine, u.endLine])).toEqual([
			[1, '00:04', '00:16', 4, [6, 6], [8, 8], 10, 12],
			[2, '00:16', '00:31', 16, [18, 18], [20, 20], 22, 24],
		]);
		expect(l.units[0].english).toBe('Iceland sits on top of two plates that are slowly pulling apart.');
		expect(l.units[1].translation).toBe('这就是为什么几乎在任何地方挖下去都会冒出热水。');
		expect(l.diagnostics).toEqual([]);
	});

	it('reads the list under `【重点词汇】` as the unit\'s terms, and a 🔥 before the term', () => {
		expect(l.units.map(fields)).toEqual([
			[['plate', 'pleɪt', '名词', '（地质）板块', true], ['pull apart', null, '动词短语', '分开、分离', true]],
			[['that is why', null, '短语', '这就是为什么', false], ['dig', 'dɪɡ', '动词', '挖', false]],
		]);
		expect(located(l.units[0])).toEqual(['plates', 'pulling apart']);
		expect(located(l.units[1])).toEqual(['That is why', 'dig']);
	});
});

describe('`## (1) 00:03 - 00:17` headings, `📖 原文：` / `🈯 译文：` labels after an emoji, a `Key phrases:` label, `**term** – n. meaning` (ski-key-phrases)', () => {
	const l = parseLesson(read('ski-key-phrases.md'));

	it('takes the emoji and the label off the English and the translation', () => {
		expect(l.units.map((u) => [u.n, u.start, u.end, u.englishLines, u.translationLines, u.analysisLine, u.endLine])).toEqual([
			[1, '00:03', '00:17', [4, 4], [6, 6], 8, 11],
			[2, '00:17', '00:35', [15, 15], [17, 17], 19, 22],
		]);
		expect(l.units[0].english).toBe('Every winter, resort towns hire thousands of seasonal workers to run the lifts.');
		expect(l.units[0].translation).toBe('每年冬天，度假小镇都会雇用数千名季节工来操作缆车。');
		expect(l.diagnostics).toEqual([]);
	});

	it('reads the list under `Key phrases:` as the unit\'s terms', () => {
		expect(terms(l)).toHaveLength(6);
		expect(terms(l).filter((t) => t.hot).map((t) => t.term)).toEqual(['seasonal worker', 'modest']);
		expect(fields(l.units[1])).toEqual([
			['modest', null, 'adj.', '不多的，适度的', true],
			['lift pass', null, 'n.', '缆车通行证', false],
			['come for', null, 'phr. v.', '为……而来', false],
		]);
		expect(located(l.units[0])).toEqual(['resort towns', 'seasonal workers', 'run the lifts']);
	});
});

describe('`==highlighted==` English, an `*italic*` translation, the analysis in `<details>` with `<summary>解析</summary>` (bees-details)', () => {
	const l = parseLesson(read('bees-details.md'));

	it('reads each unit without the marks wrapped round its English and translation, and no HTML tag in it', () => {
		expect(l.declaredUnits).toBe(2);
		expect(l.units.map((u) => [u.n, u.start, u.end, u.englishLines, u.translationLines, u.analysisLine, u.endLine])).toEqual([
			[1, '00:05', '00:19', [6, 6], [8, 8], 11, 14],
			[2, '00:19', '00:36', [20, 20], [22, 22], 25, 28],
		]);
		expect(l.units[0].english).toBe('A forager returns to the hive and dances to tell the others where the flowers are.');
		expect(l.units[0].translation).toBe('一只采蜜蜂回到蜂巢，用舞蹈告诉同伴花在哪里。');
		expect(l.diagnostics).toEqual([]);
	});

	it('reads the list in the `<details>` block as the unit\'s terms', () => {
		expect(l.units.map(fields)).toEqual([
			[['forager', 'ˈfɒrɪdʒə', '名词', '觅食者、采集蜂', true], ['hive', 'haɪv', '名词', '蜂巢', false]],
			[['angle', 'ˈæŋɡl', '名词', '角度', false], ['direction', null, '名词', '方向', true]],
		]);
		expect(located(l.units[0])).toEqual(['forager', 'hive']);
		expect(l.units.flatMap((u) => u.unreadBullets)).toEqual([]);
	});
});

describe('`#### Sentence 1 (00:41)` headings, bold English that repeats the unit\'s number (`**1. The kite …**`), `**term** (/IPA/) phr. meaning` (kite-mixed)', () => {
	const l = parseLesson(read('kite-mixed.md'));

	it('reads each unit with its start time, the English without its repeated number', () => {
		expect(l.units.map((u) => [u.n, u.start, u.end, u.line, u.englishLines, u.translationLines, u.analysisLine, u.endLine])).toEqual([
			[1, '00:41', null, 2, [4, 4], [6, 6], 8, 10],
			[2, '00:58', null, 12, [14, 14], [16, 16], 18, 20],
		]);
		expect(l.units.map((u) => u.english)).toEqual([
			'The kite does the pulling, so your arms should stay almost straight.',
			'Steer with small movements; big ones send you flying.',
		]);
		expect(l.diagnostics).toEqual([]);
	});

	it('reads an IPA in slashes inside parentheses, and the word class after it', () => {
		expect(l.units.map(fields)).toEqual([
			[['do the pulling', 'duː ðə ˈpʊlɪŋ', 'phr.', '负责拉', false], ['straight', 'streɪt', 'adj.', '直的', true]],
			[['steer', 'stɪə', 'v.', '操控，驾驶', true], ['send sb flying', null, 'phr.', '使某人飞出去', false]],
		]);
		expect(located(l.units[0])).toEqual(['does the pulling', 'straight']);
		expect(located(l.units[1])).toEqual(['Steer', 'send you flying']);
	});
});

describe('a chat paste: `**(1) [00:02-00:15]**`, `**Original:**` / `**中文：**` lines with no blank line, `•` bullets (bread-chat-bullets)', () => {
	const l = parseLesson(read('bread-chat-bullets.md'));

	it('reads every unit with its labelled English and translation', () => {
		expect(l.units.map((u) => [u.n, u.start, u.end, u.englishLines, u.translationLines, u.analysisLine, u.endLine])).toEqual([
			[1, '00:02', '00:15', [3, 3], [4, 4], 6, 9],
			[2, '00:15', '00:31', [12, 12], [13, 13], 15, 17],
		]);
		expect(l.units[1].english).toBe('Knead the dough until it springs back when you poke it.');
		expect(l.units[1].translation).toBe('揉面团，直到你戳它时它会弹回来。');
		expect(l.diagnostics).toEqual([]);
	});

	it('reads `•` bullets as term bullets', () => {
		expect(terms(l)).toHaveLength(5);
		expect(terms(l).filter((t) => t.hot).map((t) => t.term)).toEqual(['loaf', 'knead']);
		expect(fields(l.units[1])).toEqual([
			['knead', 'niːd', 'v.', '揉（面）', true],
			['spring back', null, 'phr. v.', '弹回', false],
		]);
		expect(located(l.units[1])).toEqual(['Knead', 'springs back']);
	});
});
