import { describe, expect, it } from 'vitest';
import type { Unit } from '../../src/core/model';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { oneLine, termSentence, termTranslation } from '../../src/core/termNotes/sentence';
import { LESSON_A, LESSON_B } from '../fixtures';
import { lessonSource } from './lessons';

// A glossed term makes the text a lesson; the tests give the span they look at themselves.
const unitOf = (english: string, translation?: string): Unit => lessonSource('l.md', [{ n: 1, english, translation, terms: [{ term: 'gist' }] }]).lesson.units[0];

describe('termSentence', () => {
	it('picks the sentence holding the term and highlights it', () => {
		const unit = unitOf('First one. Then we tackle it! Last?');
		const start = unit.english.indexOf('tackle');
		expect(termSentence(unit, { start, end: start + 6 })).toBe('Then we ==tackle== it!');
	});

	it('splits only at a stop followed by a space: "3.5" and "v2.0" stay in one sentence', () => {
		const unit = unitOf('Intro here. Version 3.5 cut the latency to 0.8 seconds. Next one.');
		const start = unit.english.indexOf('latency');
		expect(termSentence(unit, { start, end: start + 7 })).toBe('Version 3.5 cut the ==latency== to 0.8 seconds.');
	});

	it('splits at a stop followed by a line break or a tab too, and puts a sentence across lines on one line', () => {
		const sentenceOf = (english: string, word: string) => {
			const unit = unitOf(english);
			const start = unit.english.indexOf(word);
			return termSentence(unit, { start, end: start + word.length });
		};
		expect(sentenceOf('First one.\nThen we tackle it.', 'tackle')).toBe('Then we ==tackle== it.');
		expect(sentenceOf('First one.\tThen we tackle it.', 'tackle')).toBe('Then we ==tackle== it.');
		expect(sentenceOf('First one. Then we\ntackle  it\nnow. Last.', 'tackle')).toBe('Then we ==tackle== it now.');
		expect(sentenceOf('First one. Tackle it now.', 'Tackle')).toBe('==Tackle== it now.');
		// A term that ends in a stop (an abbreviation) does not end its sentence.
		expect(sentenceOf('We met. Mr. Smith arrived late. Then we left.', 'Mr.')).toBe('==Mr.== Smith arrived late.');
	});

	it('gives the whole English for an empty span, as for none', () => {
		const unit = unitOf('First one. Then we tackle it.');
		expect(termSentence(unit, { start: 11, end: 11 })).toBe('First one. Then we tackle it.');
	});

	it('keeps the last character when a markup bracket is never closed (the unit reads as written)', () => {
		const text = ['(1) **{We [tackle] the latency first.**', '', '我们先解决延迟。', '', '解析：', '* **latency**：名词，延迟 🔥'].join('\n');
		const unit = parseLesson(text).units[0];
		expect(termSentence(unit, unit.terms[0].span)).toBe('We tackle the ==latency== first.');
	});

	it('gives the whole English, on one line, when the term was not found', () => {
		expect(termSentence(unitOf('Line one.\nLine two.'), null)).toBe('Line one. Line two.');
	});

	it('drops the syntax markup brackets', () => {
		const lesson = parseLesson(LESSON_B);
		const unit = lesson.units[0];
		const term = unit.terms.find((t) => t.term === 'obsess over');
		const sentence = termSentence(unit, term?.span ?? null);
		expect(sentence).toContain('==obsessing over==');
		expect(sentence).not.toMatch(/[{}[\]]/);
		expect(sentence.startsWith('Yeah, I think going this direction actually something')).toBe(true);
	});
});

describe('termTranslation', () => {
	const at = (unit: Unit, word: string) => ({ start: unit.english.indexOf(word), end: unit.english.indexOf(word) + word.length });

	it('pairs the sentence holding the term with the translation sentence at the same place when both split alike', () => {
		const unit = unitOf('First one. Then we tackle it! Last?', '先说第一件。然后我们“解决它！”最后呢？');
		expect(termTranslation(unit, at(unit, 'tackle'))).toBe('然后我们“解决它！”');
		expect(termTranslation(unit, at(unit, 'Last'))).toBe('最后呢？');
		expect(termTranslation(unit, at(unit, 'First'))).toBe('先说第一件。');
		// Markup dropped from the end leaves a space after the last stop: no sentence follows it.
		const clauses = unitOf('{First one.} {Then two.} {Then we tackle it. }', '先说第一件。然后第二件。然后我们解决它。');
		expect(termTranslation(clauses, at(clauses, 'tackle'))).toBe('然后我们解决它。');
		const spaced = unitOf('First one. Then we tackle it!', '先说第一件。 然后我们解决它！');
		expect(termTranslation(spaced, at(spaced, 'tackle'))).toBe('然后我们解决它！');
	});

	it('gives the whole translation when the counts differ, the English is one sentence, or the term was not found', () => {
		const uneven = unitOf('First one. Then we tackle it.', '先说第一件，然后我们解决它。');
		expect(termTranslation(uneven, at(uneven, 'tackle'))).toBe('先说第一件，然后我们解决它。');
		const single = unitOf('We tackle it.', '我们解决它。');
		expect(termTranslation(single, at(single, 'tackle'))).toBe('我们解决它。');
		const both = unitOf('One. Two.', '一。二。');
		expect(termTranslation(both, null)).toBe('一。二。');
	});

	it('pairs the sentences of a real unit, and keeps decimals whole', () => {
		const unit = parseLesson(LESSON_A).units[0];
		const term = unit.terms.find((t) => t.term === 'inference layer')!;
		expect(termTranslation(unit, term.span)).toBe('你还得自己跑推理层。');
		const decimal = unitOf('It was 0.5 s. Then it was less.', '当时是 0.5 秒。后来更少。');
		expect(termTranslation(decimal, at(decimal, 'less'))).toBe('后来更少。');
	});
});

describe('oneLine', () => {
	it('folds each run of whitespace to one space and trims the ends', () => {
		expect(['a b', ' a b ', '  a b  ', 'a  b', ' a\n b ', 'a\t\tb\n', '\n a \r\n b \n'].map(oneLine)).toEqual(['a b', 'a b', 'a b', 'a b', 'a b', 'a b', 'a b']);
	});
});
