import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../src/core/glossary/csv';
import { ankiCards, ankiTsv, csvRows, glossaryCsv, parseAnkiTsv, withoutEmphasis } from '../../src/core/glossary/exportFormats';
import { detailedEntries } from '../../src/core/glossary/details';
import { GlossaryIndex } from '../../src/core/glossary/GlossaryIndex';
import type { Lesson } from '../../src/core/model';
import { parsedLesson } from '../lessonBuilder';

/** The index's entries with their sentences, read from the lessons given by path (as an export reads them). */
function detailed(index: GlossaryIndex, lessons: Record<string, Lesson>) {
	return detailedEntries(index.entries(), async (path) => lessons[path] ?? null);
}

async function entries() {
	const index = new GlossaryIndex();
	const tricky = { n: 1, english: 'He said "cut it", then left,\nquickly.', terms: [
		{ term: 'cut it', meaning: '算了, "停下"', ipa: 'kʌt ɪt', pos: '短语', hot: true },
		{ term: 'a<b & c', meaning: '比较\t符号' },
	] };
	const a = parsedLesson([{ ...tricky, translation: '他说"算了"，\n\n然后走了。' }], 'A');
	index.setLesson('a.md', a, 1);
	return detailed(index, { 'a.md': a });
}

describe('CSV', () => {
	it('round-trips commas, quotes and line breaks', () => {
		const rows = [['a,b', 'say "hi"', 'line\r\nbreak\nand\rmore'], ['', '中文', 'plain']];
		expect(parseCsv(toCsv(rows))).toEqual(rows);
	});

	it('exports the glossary with a BOM and reads back the same rows', async () => {
		const csv = glossaryCsv(await entries(), 'en');
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const parsed = parseCsv(csv);
		expect(parsed[0]).toEqual(['Term', 'IPA', 'Part of speech', 'Meaning', 'Hot', 'Lessons', 'Lesson files', 'Example', 'Translation']);
		expect(parsed.slice(1)).toEqual(csvRows(await entries(), 'en'));
		const cut = parsed.find((row) => row[0] === 'cut it');
		expect(cut).toEqual(['cut it', '/kʌt ɪt/', '短语', '算了, "停下"', 'yes', '1', 'a.md', 'He said "cut it", then left,\nquickly.', '他说"算了"，\n\n然后走了。']);
	});

	it.each([
		['zh', ['词条', '音标', '词性', '释义', '重点', '课文数', '课文文件', '例句', '译文']],
		['zh-TW', ['詞條', '音標', '詞性', '釋義', '重點', '課文數', '課文檔案', '例句', '譯文']],
	] as const)('names the columns and marks a 🔥 term in the notes language %s, the cells as they are', async (language, header) => {
		const parsed = parseCsv(glossaryCsv(await entries(), language));
		expect(parsed[0]).toEqual(header);
		expect(parsed.find((row) => row[0] === 'cut it')).toEqual(['cut it', '/kʌt ɪt/', '短语', '算了, "停下"', '是', '1', 'a.md', 'He said "cut it", then left,\nquickly.', '他说"算了"，\n\n然后走了。']);
		const withoutHot = (rows: string[][]) => rows.slice(1).map((row) => [...row.slice(0, 4), ...row.slice(5)]);
		expect(withoutHot(parsed)).toEqual(withoutHot(parseCsv(glossaryCsv(await entries(), 'en'))));
	});

	it('writes a cell a spreadsheet would run as a formula as quoted text with a leading quote (OWASP)', () => {
		const cells = ['=HYPERLINK("http://x","y")', '+1', '-ing', '@SUM(A1)', '\tTab', '\rCR', 'plain', 'a=b', "'kept"];
		const csv = toCsv([cells]);
		expect(csv).toBe('"\'=HYPERLINK(""http://x"",""y"")","\'+1","\'-ing","\'@SUM(A1)","\'\tTab","\'\rCR",plain,a=b,\'kept\r\n');
		expect(parseCsv(csv)).toEqual([cells.map((c, i) => (i < 6 ? `'${c}` : c))]);
	});

	it('neutralises formulas in the glossary export', async () => {
		const index = new GlossaryIndex();
		const f = parsedLesson([{ n: 1, english: 'Use -ing forms.', terms: [{ term: '-ing', meaning: '=动名词' }] }], 'F');
		index.setLesson('f.md', f, 1);
		const row = parseCsv(glossaryCsv(await detailed(index, { 'f.md': f }), 'en'))[1];
		expect(row.slice(0, 4)).toEqual(["'-ing", '', '', "'=动名词"]);
	});

	it('reads malformed CSV without throwing', () => {
		expect(parseCsv('a,"unterminated\nb')).toEqual([['a', 'unterminated\nb']]);
		expect(parseCsv('x"y,z')).toEqual([['x"y', 'z']]);
		expect(parseCsv('')).toEqual([]);
	});
});

describe('Anki TSV', () => {
	it('puts term and IPA in front, meaning and example on the back, escaped as HTML', async () => {
		const [sign, cut] = ankiCards(await entries()); // A–Z: "a<b & c" before "cut it"
		expect(cut.front).toBe('cut it<br>/kʌt ɪt/');
		expect(cut.back).toBe('算了, &quot;停下&quot;<br><br><i>He said &quot;cut it&quot;, then left,<br>quickly.</i><br><br>他说&quot;算了&quot;，<br><br>然后走了。');
		expect(sign.front).toBe('a&lt;b &amp; c');
		expect(sign.back.startsWith('比较 符号')).toBe(true);
	});

	it('takes as the example the first sentence that holds the term, not a first one that does not', async () => {
		const index = new GlossaryIndex();
		const term = { term: 'glaze over', meaning: '变得呆滞' };
		const a = parsedLesson([{ n: 1, english: 'His eyes went blank at the numbers.', translation: '他一看到数字眼神就空了。', terms: [term] }], 'A');
		const b = parsedLesson([{ n: 1, english: 'Their eyes glaze over when the budget comes up.', translation: '一提到预算，他们的眼神就呆滞了。', terms: [term] }], 'B');
		index.setLesson('a.md', a, 1);
		index.setLesson('b.md', b, 1);
		const [card] = ankiCards(await detailed(index, { 'a.md': a, 'b.md': b }));
		expect(card.back).toBe('变得呆滞<br><br><i>Their eyes glaze over when the budget comes up.</i><br><br>一提到预算，他们的眼神就呆滞了。');
	});

	it('escapes a field starting with a quote or # so that Anki reads every card whole', () => {
		const cards = [
			{ front: '"air quotes"', back: 'say "so-called"' },
			{ front: '#hashtag', back: '#1 标签' },
			{ front: 'plain', back: 'x' },
		];
		const tsv = ankiTsv(cards);
		expect(tsv.split('\n').slice(3, 6)).toEqual(['&quot;air quotes&quot;\tsay &quot;so-called&quot;', '&#35;hashtag\t&#35;1 标签', 'plain\tx']);
		expect(parseAnkiTsv(tsv)).toEqual([
			{ front: '&quot;air quotes&quot;', back: 'say &quot;so-called&quot;' },
			{ front: '&#35;hashtag', back: '&#35;1 标签' },
			{ front: 'plain', back: 'x' },
		]);
		// Unescaped, Anki's reader drops the `#` card as a comment and takes the quotes for CSV quoting.
		expect(parseAnkiTsv('"air quotes"\tb\n#hashtag\tc\n')).toEqual([{ front: 'air quotes', back: 'b' }]);
	});

	it('reads back the same cards, one per line after the headers', async () => {
		const cards = ankiCards(await entries());
		const tsv = ankiTsv(cards);
		expect(tsv.split('\n').filter((l) => l.startsWith('#'))).toEqual(['#separator:tab', '#html:true', '#columns:Front\tBack']);
		expect(tsv.trimEnd().split('\n')).toHaveLength(3 + cards.length);
		expect(parseAnkiTsv(tsv)).toEqual(cards);
	});
});

describe('markdown emphasis in exports', () => {
	it('drops bold, italic, strike and highlight markers but keeps snake_case and arithmetic', () => {
		expect(withoutEmphasis('张量处理单元（**Google** 自研）')).toBe('张量处理单元（Google 自研）');
		expect(withoutEmphasis('__bold__, *em*, _em_, ~~old~~, ==key==')).toBe('bold, em, em, old, key');
		expect(withoutEmphasis('a stray ** marker')).toBe('a stray  marker');
		expect(withoutEmphasis('snake_case_name and 2 * 3 * 4, a == b')).toBe('snake_case_name and 2 * 3 * 4, a == b');
	});

	it('exports meanings and translations without the markers, in CSV and for Anki', async () => {
		const index = new GlossaryIndex();
		const tpu = { n: 1, english: 'They borrowed TPUs.', terms: [{ term: 'TPU', meaning: '张量处理单元（**Google** 自研）', hot: true }] };
		const t = parsedLesson([{ ...tpu, translation: '他们从 **Gemini 2.5** 借了 *TPU*。' }], 'T');
		index.setLesson('t.md', t, 1);
		const rows = await detailed(index, { 't.md': t });
		const row = parseCsv(glossaryCsv(rows, 'en'))[1];
		expect(row[3]).toBe('张量处理单元（Google 自研）');
		expect(row[8]).toBe('他们从 Gemini 2.5 借了 TPU。');
		expect(ankiCards(rows)[0].back).toBe('张量处理单元（Google 自研）<br><br><i>They borrowed TPUs.</i><br><br>他们从 Gemini 2.5 借了 TPU。');
	});
});
