import { describe, expect, it } from 'vitest';
import { applyInsertion, editorChange, termBullet, termFromSelection, termInsertion, termProblem, type NewTerm } from '../../src/core/cards/addTerm';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LESSON_A } from '../fixtures';

const readLesson = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'lessons', name), 'utf8');

const TERM: NewTerm = { term: 'tight tolerances', ipa: '', pos: '短语', meaning: '严格的容差', hot: false };

/** A lesson of our own: unit 2 has no analysis list, unit 3 a `-` list, CRLF in the second variant. */
const LESSON = [
	'# Cooking with heat',
	'',
	'(1) [00:01-00:05] **Sear the steak until a crust forms.**',
	'',
	'把牛排煎到表面形成硬壳。',
	'',
	'解析：',
	'* **sear** /sɪr/：动词，用高温快速煎 🔥',
	'',
	'---',
	'',
	'(2) [00:06-00:09] **Then let it rest.**',
	'',
	'然后让它静置。',
	'',
	'---',
	'',
	'(3) [00:10-00:12] **Slice against the grain.**',
	'',
	'逆着纹理切。',
	'',
	'解析：',
	'- **against the grain**：短语，逆着纹理',
].join('\n');

function added(text: string, n: number, term: NewTerm = TERM): string {
	const insertion = termInsertion(parseLesson(text), n, term, text.split(/\r?\n/))!;
	return applyInsertion(text, insertion);
}

describe('adding a term to a unit', () => {
	it('writes the bullet in the lesson format, with IPA, part of speech and 🔥 only when given', () => {
		expect(termBullet(TERM)).toBe('* **tight tolerances**：短语，严格的容差');
		expect(termBullet({ term: ' crust ', ipa: '/krʌst/', pos: '', meaning: '硬壳', hot: true }, '-')).toBe('- **crust** /krʌst/：硬壳 🔥');
		// Each field trimmed; only the outer slashes of the IPA dropped, so two pronunciations keep theirs.
		expect(termBullet({ term: ' tough ', ipa: ' /tʌf/ /tɒf/ ', pos: ' 形容词 ', meaning: ' 坚韧的 ', hot: false })).toBe('* **tough** /tʌf/ /tɒf/：形容词，坚韧的');
		expect(termBullet({ term: 'crust', ipa: '', pos: ' ', meaning: ' 硬壳 ', hot: false })).toBe('* **crust**：硬壳');
	});

	it('appends the bullet after the last one of the unit, in the list\'s own marker, keeping every other line', () => {
		const after = added(LESSON, 1);
		expect(after.split('\n').slice(6, 10)).toEqual(['解析：', '* **sear** /sɪr/：动词，用高温快速煎 🔥', '* **tight tolerances**：短语，严格的容差', '']);
		expect(after.replace('* **tight tolerances**：短语，严格的容差\n', '')).toBe(LESSON);
		const last = added(LESSON, 3);
		expect(last.endsWith('- **against the grain**：短语，逆着纹理\n- **tight tolerances**：短语，严格的容差')).toBe(true);
		expect(parseLesson(last).units[2].terms.map((t) => t.term)).toEqual(['against the grain', 'tight tolerances']);
	});

	it('gives a unit without a list one, after its translation, which the parser then reads', () => {
		const after = added(LESSON, 2);
		expect(after.split('\n').slice(14, 19)).toEqual(['', '解析：', '* **tight tolerances**：短语，严格的容差', '', '---']);
		const unit = parseLesson(after).units[1];
		expect(unit.terms.map((t) => [t.term, t.pos, t.meaning])).toEqual([['tight tolerances', '短语', '严格的容差']]);
		expect(unit.translation).toBe('然后让它静置。');
	});

	it('keeps CRLF line endings, and finds the place in a real lesson', () => {
		const crlf = LESSON.replace(/\n/g, '\r\n');
		const after = added(crlf, 1);
		expect(after).toBe(added(LESSON, 1).replace(/\n/g, '\r\n'));
		const real = added(LESSON_A, 3, { ...TERM, term: 'supercomputer', pos: '名词', meaning: '超级计算机' });
		const unit = parseLesson(real).units.find((u) => u.n === 3)!;
		expect(unit.terms.at(-1)).toMatchObject({ term: 'supercomputer', meaning: '超级计算机' });
		expect(unit.terms.at(-1)!.span).not.toBeNull();
		expect(real.length - LESSON_A.length).toBe('* **supercomputer**：名词，超级计算机\n'.length);
	});

	it('makes the same change through an editor, whose lines end in \\n', () => {
		for (const n of [1, 2, 3]) {
			const lines = LESSON.split('\n');
			const change = editorChange(termInsertion(parseLesson(LESSON), n, TERM, lines)!, lines);
			const offset = lines.slice(0, change.line).reduce((sum, line) => sum + line.length + 1, 0) + change.ch;
			expect(LESSON.slice(0, offset) + change.text + LESSON.slice(offset)).toBe(added(LESSON, n));
		}
	});

	it('reads a selection as a term and says what keeps a term from being written', () => {
		expect(termFromSelection(' very tight\n tolerances. ')).toBe('very tight tolerances');
		expect(termFromSelection('“P50”,')).toBe('P50');
		expect(termFromSelection('(“P50”)')).toBe('P50');
		expect(termProblem(TERM)).toBeNull();
		expect(termProblem({ ...TERM, term: ' ' })).toBe('empty-term');
		expect(termProblem({ ...TERM, meaning: '' })).toBe('no-meaning');
		expect(termProblem({ ...TERM, meaning: ' ' })).toBe('no-meaning');
		expect(termProblem({ ...TERM, term: 'tight **tolerances**' })).toBe('bold');
		expect(termProblem({ ...TERM, meaning: 'a\nb' })).toBe('multi-line');
		expect(termInsertion(parseLesson(LESSON), 9, TERM, [])).toBeNull();
	});

	it('adds after the examples indented under the last term, so they stay its own, and numbers an ordered list on', () => {
		const text = readLesson('sourdough-starter.md');
		const after = added(text, 2);
		const unit = parseLesson(after).units[1];
		expect(unit.terms.map((t) => [t.term, t.examples?.length ?? 0])).toEqual([
			['sluggish', 0],
			['throw out', 2],
			['tight tolerances', 0],
		]);
		expect(after.split('\n')[unit.terms[2].line]).toBe('3. **tight tolerances**：短语，严格的容差');
		expect(after.replace('3. **tight tolerances**：短语，严格的容差\n', '')).toBe(text);
	});

	it('adds a `*` bullet under a term table, which the parser reads as the unit\'s next term', () => {
		const text = readLesson('night-market.md');
		const after = added(text, 1);
		const unit = parseLesson(after).units[0];
		expect(unit.terms.map((t) => t.term)).toEqual(['grilled squid', 'skewer', 'tight tolerances']);
		expect(after.split('\n')[unit.terms[2].line]).toBe('* **tight tolerances**：短语，严格的容差');
		expect(after.replace('* **tight tolerances**：短语，严格的容差\n', '')).toBe(text);
	});

	it('adds inside the callout or blockquote that holds the list, so the callout stays whole', () => {
		const text = readLesson('sleep-callouts.md');
		const after = added(text, 2);
		expect(after.split('\n').slice(25, 29)).toEqual(['> - **strengthen** 🔥：动词，加强', '> - **encode** /ɪnˈkəʊd/：动词，编码', '> - **tight tolerances**：短语，严格的容差', '']);
		expect(parseLesson(after).units[1].terms.map((t) => t.term)).toEqual(['strengthen', 'encode', 'tight tolerances']);

		const empty = [...LESSON.split('\n').slice(0, 10), '(2) [00:06-00:09] **Then let it rest.**', '', '然后让它静置。', '', '> [!note]- 解析', '', '---'].join('\n');
		const filled = added(empty, 2);
		expect(filled.split('\n').slice(14, 17)).toEqual(['> [!note]- 解析', '> * **tight tolerances**：短语，严格的容差', '']);
		expect(parseLesson(filled).units[1].terms.map((t) => t.term)).toEqual(['tight tolerances']);
	});

	it.each([
		['after a bullet it could not read, in its marker', ['- **sear**：动词，煎', '- a note of my own'], '- '],
		['in an indented list', ['  - **sear**：动词，煎'], '- '],
		['numbering on past 9', ['9. **sear**：动词，煎', '10. **steak**：名词，牛排'], '11. '],
		['under a table whose last row holds a " - "', ['| Term | Meaning |', '|---|---|', '| sear | 煎 - 快速 |'], '* '],
	])('adds the bullet %s', (_, list, marker) => {
		const text = ['(1) **Sear the steak.**', '', '煎牛排。', '', '解析：', ...list].join('\n');
		expect(added(text, 1)).toBe(`${text}\n${marker}**tight tolerances**：短语，严格的容差`);
	});

	it('appends an insertion past the last line after a line break, once', () => {
		const insertion = { line: 9, lines: ['* **x**：y'] };
		expect(['a\nb', 'a\nb\n', ''].map((text) => applyInsertion(text, insertion))).toEqual(['a\nb\n* **x**：y', 'a\nb\n* **x**：y\n', '* **x**：y\n']);
	});
});
