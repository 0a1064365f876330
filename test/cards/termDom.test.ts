// @vitest-environment happy-dom
// The DOM of a term, pure render code on a lesson parsed from its text: its piece in the English and its popover entry.
import { describe, expect, it } from 'vitest';
import type { Term } from '../../src/core/model';
import { renderEnglish } from '../../src/render/cards/englishDom';
import { renderTermPopover, type PopoverInfo } from '../../src/render/cards/termPopover';
import { lessonText, type UnitSpec } from '../lessonBuilder';
import { parseLesson } from '../../src/core/parser/parseLesson';

function unitOf(spec: Omit<UnitSpec, 'n'>) {
	return parseLesson(lessonText([{ n: 1, ...spec }])).units[0];
}

describe('a term in the English', () => {
	it('stacks the glosses of overlapping terms on one piece, each item with its term, and the 🔥 ones marked', () => {
		const unit = unitOf({ english: 'like time to first token numbers', terms: [{ term: 'time to first token', meaning: '首字时间', hot: true }, { term: 'first token numbers', meaning: '首字数' }] });
		const english = renderEnglish(document.body, unit, { glossMode: 'always', showBrackets: false });
		const piece = english.find('.bl-term');
		expect(piece.hasClass('bl-term-hot')).toBe(true);
		const items = piece.findAll('.bl-gloss > .bl-gloss-item');
		expect(items.map((el) => [el.getAttr('data-term'), el.getText(), el.hasClass('bl-gloss-hot')])).toEqual([
			['time to first token', '首字时间', true],
			['first token numbers', '首字数', false],
		]);
		expect(english.getText()).toBe('like 首字时间首字数time to first token numbers');
	});

	it('lets the keyboard reach a term cut by a bracket on its first piece only, the rest marked as its continuation', () => {
		const unit = unitOf({ english: 'we [tackle it] now', terms: [{ term: 'tackle it now', hot: true }] });
		const english = renderEnglish(document.body, unit, { glossMode: 'always', showBrackets: true });
		const pieces = english.findAll('.bl-term');
		expect(pieces.map((el) => [el.getText().replace('释义', ''), el.getAttr('tabindex'), el.getAttr('role'), el.hasClass('bl-term-continued')])).toEqual([
			['tackle it', '0', 'button', false],
			[' now', null, null, true],
		]);
		expect(pieces[1].find('.bl-gloss-item')).toBeNull();
	});
});

describe('a term\'s popover entry', () => {
	const info = (over: Partial<PopoverInfo> = {}): PopoverInfo => ({ notePath: () => null, lessonCount: () => 1, canSpeak: true, ...over });
	const termsOf = (specs: UnitSpec['terms']): Term[] => unitOf({ english: specs.map((s) => s.term).join(' and '), terms: specs }).terms;

	it('offers to listen where the device can speak: a button naming the term, carrying the action and the term\'s index', () => {
		const terms = termsOf([{ term: 'latency', meaning: '延迟' }, { term: 'throughput', meaning: '吞吐量' }]);
		const list = renderTermPopover(document.body, terms, info());
		const speak = list.findAll('.bl-popover-speak');
		expect(speak.map((b) => [b.getText(), b.getAttr('aria-label'), b.getAttr('data-bl-action'), b.getAttr('data-bl-term')])).toEqual([
			['🔊 Listen', 'Pronounce latency', 'speak', '0'],
			['🔊 Listen', 'Pronounce throughput', 'speak', '1'],
		]);
		expect(list.find('.bl-popover-no-speech')).toBeNull();
	});

	it('marks a key term with a 🔥 a screen reader names, and shows IPA and part of speech only where the bullet gives them', () => {
		const terms = termsOf([{ term: 'latency', ipa: 'ˈleɪtənsi', pos: '名词', meaning: '延迟', hot: true }, { term: 'throughput', meaning: '吞吐量' }]);
		const [hot, plain] = renderTermPopover(document.body, terms, info()).findAll('.bl-popover-entry');
		expect(hot.hasClass('is-hot')).toBe(true);
		const fire = hot.find('.bl-popover-hot');
		expect([fire.getText(), fire.getAttr('role'), fire.getAttr('aria-label'), fire.getAttr('title')]).toEqual(['🔥', 'img', 'Key term', 'Key term']);
		expect([hot.find('.bl-popover-ipa').getText(), hot.find('.bl-popover-pos').getText()]).toEqual(['/ˈleɪtənsi/', '名词']);
		expect(plain.hasClass('is-hot')).toBe(false);
		expect([plain.find('.bl-popover-hot'), plain.find('.bl-popover-ipa'), plain.find('.bl-popover-pos')]).toEqual([null, null, null]);
		expect(plain.find('.bl-popover-head').children).toHaveLength(1);
	});

	it('links the term note where there is one, and names the glossary by how many other lessons gloss the term', () => {
		const terms = termsOf([{ term: 'latency' }, { term: 'throughput' }, { term: 'jitter' }]);
		const counts: Record<string, number> = { latency: 1, throughput: 2, jitter: 4 };
		const list = renderTermPopover(document.body, terms, info({ notePath: (t) => (t.term === 'latency' ? 'Terms/latency.md' : null), lessonCount: (t) => counts[t.term] }));
		const note = list.findAll('.bl-popover-note');
		expect(note.map((a) => [a.getAttr('href'), a.getAttr('data-href'), a.getAttr('data-bl-action'), a.getAttr('data-bl-term')])).toEqual([['Terms/latency.md', 'Terms/latency.md', 'note', '0']]);
		expect(list.findAll('.bl-popover-glossary').map((b) => [b.getText(), b.getAttr('data-bl-term')])).toEqual([
			['In the glossary', '0'],
			['Also in 1 other lesson', '1'],
			['Also in 3 other lessons', '2'],
		]);
	});
});
