import { describe, expect, it } from 'vitest';
import type { Lesson, MarkupNode, Unit } from '../../src/core/model';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { LESSON_A, LESSON_B } from '../fixtures';

const a = parseLesson(LESSON_A);
const b = parseLesson(LESSON_B);
const terms = (lesson: Lesson) => lesson.units.flatMap((u) => u.terms);
const spanText = (unit: Unit, term: string) => {
	const t = unit.terms.find((x) => x.term === term);
	return t?.span ? unit.english.slice(t.span.start, t.span.end) : null;
};

describe('variant A (voice-ai-inference-and-evals)', () => {
	it('finds every unit, term and table row', () => {
		expect(a.isLesson).toBe(true);
		expect(a.title).toBe('语音AI推理与评测对谈 英语段落翻译');
		expect(a.declaredUnits).toBe(63);
		expect(a.units.map((u) => u.n)).toEqual(Array.from({ length: 63 }, (_, i) => i + 1));
		expect(terms(a)).toHaveLength(195);
		expect(terms(a).filter((t) => t.hot)).toHaveLength(86);
		expect(terms(a).filter((t) => t.ipa !== null)).toHaveLength(56);
		expect(a.vocabulary).toHaveLength(38);
		expect(a.summary?.heading).toBe('段落小结');
		expect(a.intro).toMatch(/^📝 这是一期播客对谈/);
	});

	it('reads unit 1 exactly', () => {
		const u = a.units[0];
		expect([u.start, u.end]).toEqual(['15:09', '15:22']);
		expect(u.line).toBe(8);
		expect(u.english).toMatch(/^Okay, you can't just— if you want the speed/);
		expect(u.english).not.toContain('**');
		expect(u.translation).toMatch(/^好的，如果你想要速度/);
		expect(u.terms[0]).toMatchObject({ term: 'inference layer', ipa: 'ˈɪnfərəns', hot: true, pos: null, line: 13 });
		expect(u.terms[1]).toMatchObject({ term: 'outsource', pos: '动词', meaning: '外包', hot: false });
		expect(spanText(u, 'inference layer')).toBe('inference layer');
		expect(u.analysisLine).toBe(12);
		expect(u.endLine).toBe(16);
	});

	it('keeps POS and meaning apart, and table rows with their terms', () => {
		const latency = terms(a).find((t) => t.term === 'latency');
		expect(latency).toMatchObject({ pos: '名词', meaning: '延迟（网络/系统响应时间）', hot: true });
		expect(a.vocabulary[0]).toMatchObject({ term: 'inference layer', meaning: '推理层', extra: [] });
		expect(a.vocabulary[37].term).toBe('leave on the table');
	});

	it('locates abbreviations, alternatives and inflected forms', () => {
		const find = (term: string) => a.units.find((u) => u.terms.some((t) => t.term === term)) as Unit;
		expect(spanText(find('time to first token (TTFT)'), 'time to first token (TTFT)')).toBe('time to first token');
		expect(spanText(find('P50 / P90'), 'P50 / P90')).toBe('P50');
		expect(spanText(find('TPU'), 'TPU')).toBe('TPUs');
		expect(spanText(find('give oneself a high five'), 'give oneself a high five')).toBe('give ourselves a high five');
		expect(spanText(find('leave on the table'), 'leave on the table')).toBe('leaving a whole bunch of capability on the table');
	});
});

describe('variant B (voice-ai-speech-to-speech)', () => {
	it('finds every unit, term and table row', () => {
		expect(b.isLesson).toBe(true);
		expect(b.units.map((u) => u.n)).toEqual(Array.from({ length: 37 }, (_, i) => i + 1));
		expect(terms(b)).toHaveLength(129);
		expect(terms(b).filter((t) => t.hot)).toHaveLength(51);
		expect(terms(b).filter((t) => t.ipa !== null)).toHaveLength(0);
		expect(b.vocabulary).toHaveLength(20);
	});

	it('takes the bold paragraph after the header as the English, nested bold included', () => {
		const u1 = b.units[0];
		expect(u1.start).toBe('20:24');
		expect(u1.englishLines).toEqual([8, 8]);
		expect(u1.english.startsWith('{Yeah, I think [going this direction]')).toBe(true);
		const llm = b.units.find((u) => u.english.includes('instruction tuning for LLM'));
		expect(llm?.english).not.toContain('**');
		expect(spanText(u1, 'obsess over')).toBe('obsessing over');
		expect(spanText(b.units[1], 'account for')).toBe('accounts for');
	});

	it('builds a balanced markup tree for every unit', () => {
		for (const u of b.units) {
			expect(u.markup.length).toBeGreaterThan(0);
			expect(u.markup.every((n) => n.kind === 'clause')).toBe(true);
			const check = (n: MarkupNode) => {
				expect(u.english[n.start]).toBe({ clause: '{', modifier: '[', aside: '(' }[n.kind]);
				expect(u.english[n.end - 1]).toBe({ clause: '}', modifier: ']', aside: ')' }[n.kind]);
				n.children.forEach(check);
			};
			u.markup.forEach(check);
		}
		expect(b.diagnostics.filter((d) => d.code === 'unbalanced-markup')).toEqual([]);
	});

	it('nests a modifier inside a modifier in unit 37', () => {
		const u = b.units[36];
		const all: MarkupNode[] = [];
		const walk = (n: MarkupNode) => (all.push(n), n.children.forEach(walk));
		u.markup.forEach(walk);
		const outer = all.find((n) => n.kind === 'modifier' && u.english.slice(n.start).startsWith('[where you want to confront'));
		expect(outer).toBeDefined();
		const inner = outer?.children.find((n) => n.kind === 'modifier');
		expect(inner && u.english.slice(inner.start, inner.end)).toBe("[who plays devil's advocate]");
		expect(outer?.children.some((n) => n.kind === 'aside' && u.english.slice(n.start, n.end) === "(you're not sure about)")).toBe(true);
	});
});

describe('both fixtures', () => {
	it('have no error diagnostics and no warnings at all', () => {
		expect(a.diagnostics).toEqual([]);
		expect(b.diagnostics).toEqual([]);
	});

	it('locate at least 95 % of the glossed terms in their English', () => {
		const all = [...terms(a), ...terms(b)];
		const located = all.filter((t) => t.span !== null);
		const share = located.length / all.length;
		console.log(`term location: ${located.length}/${all.length} located (${(share * 100).toFixed(1)} %)`);
		expect(share).toBeGreaterThanOrEqual(0.95);
		for (const lesson of [a, b]) {
			for (const u of lesson.units) {
				for (const t of u.terms) {
					if (t.span) expect(t.span.end).toBeLessThanOrEqual(u.english.length);
				}
			}
		}
	});

	it('give line ranges that point at the source', () => {
		const lines = LESSON_B.split('\n');
		for (const u of b.units) {
			expect(lines[u.line]).toMatch(new RegExp(`^\\(${u.n}\\) \\[`));
			expect(lines[u.analysisLine ?? -1]).toBe('解析：');
			for (const t of u.terms) expect(lines[t.line]).toContain(`**${t.term}**`);
		}
		for (const row of b.vocabulary) expect(lines[row.line]).toContain(`**${row.term}**`);
	});
});
