import { describe, expect, it } from 'vitest';
import type { DiagnosticCode } from '../../src/core/model';
import { parseLesson } from '../../src/core/parser/parseLesson';

const unit = (n: number, english = `**Unit ${n} [has] text.**`, translation = `第 ${n} 单元。`, analysis = ['解析：', `* **text**：文本`]) =>
	[`(${n}) [00:0${n % 10}-00:1${n % 10}] ${english}`, '', translation, '', ...analysis, '', '---', ''].join('\n');

/** The 0-based line of the first line of `text` that starts with `prefix`. */
const lineOf = (text: string, prefix: string, from = 0) => text.split('\n').findIndex((l, i) => i >= from && l.startsWith(prefix));

const codes = (text: string) => parseLesson(text).diagnostics.map((d) => [d.code, d.severity, d.line] as [DiagnosticCode, string, number]);

describe('diagnostics', () => {
	it('reports a declared count that differs from the units found', () => {
		const text = ['# Lesson', '', '本文共 **3 个语义单元**，将全部翻译。', '', unit(1), unit(2)].join('\n');
		const l = parseLesson(text);
		expect(l.declaredUnits).toBe(3);
		expect(l.diagnostics).toEqual([{ line: 2, severity: 'warning', code: 'count-mismatch', message: 'declared 3 units, found 2', params: { kind: 'count-mismatch', declared: 3, found: 2 } }]);
	});

	it('reports skipped and repeated numbers', () => {
		const text = [unit(1), unit(3), unit(3)].join('\n');
		const second = lineOf(text, '(3)');
		expect(codes(text)).toEqual([
			['number-skipped', 'warning', second],
			['number-repeated', 'error', lineOf(text, '(3)', second + 1)],
		]);
		expect(parseLesson(text).diagnostics[0].message).toBe('unit (3) follows (1): (2) missing');
	});

	it('reports a number that goes back as out of order, naming the unit before it', () => {
		const text = [unit(1), unit(3), unit(2), unit(4), unit(6), unit(5)].join('\n');
		const l = parseLesson(text);
		// (4) follows (2) with (3) already seen: nothing is missing there.
		expect(l.diagnostics.map((d) => [d.code, d.line, d.unit, d.message])).toEqual([
			['number-skipped', lineOf(text, '(3)'), 3, 'unit (3) follows (1): (2) missing'],
			['number-skipped', lineOf(text, '(2)'), 2, 'unit (2) follows (3): out of order'],
			['number-skipped', lineOf(text, '(6)'), 6, 'unit (6) follows (4): (5) missing'],
			['number-skipped', lineOf(text, '(5)'), 5, 'unit (5) follows (6): out of order'],
		]);
		expect(l.units.map((u) => u.n)).toEqual([1, 3, 2, 4, 6, 5]);
	});

	it('reports a unit without translation, without analysis, or with an unreadable bullet', () => {
		const text = [unit(1), unit(2, undefined, '**More English here.**'), unit(3, undefined, '译文。', ['Some closing words.']), unit(4, undefined, '译文。', ['解析：', '* just a note without colon'])].join('\n');
		expect(codes(text).map(([c]) => c)).toEqual(['no-translation', 'no-analysis', 'bad-bullet']);
		const l = parseLesson(text);
		expect(l.units[3].unreadBullets).toEqual([{ line: lineOf(text, '* just a note'), text: 'just a note without colon' }]);
		expect(l.units[1].english).toBe('Unit 2 [has] text.\nMore English here.');
	});

	it('reports a header with no English as an error', () => {
		const text = [unit(1), '(2) [00:02-00:12]', '', '只有翻译。', '', '解析：', '* **x y**：某'].join('\n');
		expect(codes(text)).toEqual([['no-english', 'error', lineOf(text, '(2)')]]);
	});

	it('reports unbalanced markup with its line and keeps the tree usable', () => {
		const text = [unit(1, '**{One [two (three] four.**'), unit(2, '**Closing ] nothing.**')].join('\n');
		const l = parseLesson(text);
		expect(l.diagnostics.map((d) => [d.code, d.line, d.message])).toEqual([
			['unbalanced-markup', 0, "unit (1): '(' is not closed before ']'"],
			['unbalanced-markup', 0, "unit (1): '{' is never closed"],
			['unbalanced-markup', lineOf(text, '(2)'), "unit (2): ']' closes nothing"],
		]);
		const clause = l.units[0].markup[0];
		expect([clause.kind, clause.end]).toEqual(['clause', l.units[0].english.length]);
		expect(clause.children[0]).toMatchObject({ kind: 'modifier', start: 5, end: 17 });
	});
});

describe('not a lesson', () => {
	const notes = {
		empty: '',
		'bold bullets': '# Vocabulary\n\n* **apple**：苹果\n* **pear**：梨\n',
		'meeting with timestamps': '# Standup\n\n(1) [10:00-10:05] **Kickoff** with the team\n\n(2) [10:05-10:20] Roadmap\n\n- **Alice**: owns the launch\n',
		'numbered list': '(1) buy milk\n(2) call Bob\n\nNotes:\n* **milk**: 2 litres\n',
		'translation without analysis': '(1) [00:01-00:02] **Hello.**\n\n你好。\n',
	};
	for (const [name, text] of Object.entries(notes)) {
		it(`is said of ${name}`, () => {
			const l = parseLesson(text);
			expect(l.isLesson).toBe(false);
			expect(l.units).toEqual([]);
			expect(l.diagnostics).toEqual([]);
		});
	}
});
