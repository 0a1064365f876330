import { describe, expect, it } from 'vitest';
import type { Unit } from '../../src/core/model';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { termSentence } from '../../src/core/termNotes/sentence';
import { LESSON_B } from '../fixtures';
import { lessonSource } from './lessons';

const unitOf = (english: string): Unit => lessonSource('l.md', [{ n: 1, english, terms: [] }]).lesson.units[0];

describe('termSentence', () => {
	it('picks the sentence holding the term and highlights it', () => {
		const unit = unitOf('First one. Then we tackle it! Last?');
		const start = unit.english.indexOf('tackle');
		expect(termSentence(unit, { start, end: start + 6 })).toBe('Then we ==tackle== it!');
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
