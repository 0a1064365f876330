// @vitest-environment happy-dom
// Inline Markdown written in a unit's English, as a card draws it, as a click on it acts, as a sentence reads it.
import { describe, expect, it } from 'vitest';
import { plainSentence } from '../../src/core/plainSentence';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { actionFor, chipLinkAt } from '../../src/render/cards/cardActions';
import { renderEnglish } from '../../src/render/cards/englishDom';
import { lessonText, type TermSpec } from '../lessonBuilder';

function unitOf(english: string, terms: TermSpec[]) {
	return parseLesson(lessonText([{ n: 1, english, terms }])).units[0];
}

const draw = (english: string, terms: TermSpec[] = [{ term: 'roast' }]) =>
	renderEnglish(createDiv(), unitOf(english, terms), { glossMode: 'hot', showBrackets: false });

describe('inline Markdown in a card\'s English', () => {
	it('draws emphasis, highlights, strikes, code, underlines and footnote marks as their elements, without their markers', () => {
		const el = draw('A *light* roast, ==fruity== and ~~bitter~~ `acidic`, says <u>Hoffmann</u>.[^1]');
		expect(el.getText()).toBe('A light roast, fruity and bitter acidic, says Hoffmann.1');
		expect(['em', 'mark', 'del', 'code', 'u', 'sup'].map((tag) => el.find(tag)?.getText())).toEqual(['light', 'fruity', 'bitter', 'acidic', 'Hoffmann', '1']);
	});

	it('draws a web link that opens in the browser and a wikilink that opens its note, by the text they show', () => {
		const el = draw('The beans [pop](https://en.wikipedia.org/wiki/Coffee_roasting) as [[James Hoffmann|Hoffmann]] says.');
		expect(el.getText()).toBe('The beans pop as Hoffmann says.');
		const web = el.find('a.external-link');
		expect([web.getText(), web.getAttr('href'), web.getAttr('target'), web.getAttr('rel')]).toEqual(['pop', 'https://en.wikipedia.org/wiki/Coffee_roasting', '_blank', 'noopener']);
		const note = el.find('a.internal-link.bl-english-link');
		expect([note.getText(), note.getAttr('data-href')]).toEqual(['Hoffmann', 'James Hoffmann']);
	});

	it('keeps a term in emphasis or a link a glossed term, the style drawn inside it and cut where the term ends', () => {
		const el = draw('The *first crack of the roast* is [loud](https://x.org/crack).', [{ term: 'first crack', meaning: '一爆', hot: true }, { term: 'loud', meaning: '响', hot: true }]);
		const [crack, loud] = el.findAll('.bl-term');
		expect([crack.find('.bl-gloss').getText(), crack.find('em').getText()]).toEqual(['一爆', 'first crack']);
		expect(crack.nextSibling?.nodeName).toBe('EM');
		expect(crack.nextSibling?.textContent).toBe(' of the roast');
		expect(loud.find('a.external-link').getText()).toBe('loud');
	});

	it('finds no term in a link\'s address, only in the text it shows', () => {
		const unit = unitOf('Read [this](https://x.org/coffee-roasting) on roasting.', [{ term: 'roasting' }, { term: 'coffee' }]);
		expect(unit.terms.map((t) => (t.span ? unit.english.slice(t.span.start, t.span.end) : null))).toEqual(['roasting', null]);
		expect(unit.terms[0].span?.start).toBe(unit.english.lastIndexOf('roasting'));
	});

	it('breaks the line where a `<br>` stands, as a table cell\'s English is written', () => {
		const el = draw('First line<br>second *line*<br/>third');
		expect(el.getText()).toBe('First line\nsecond line\nthird');
		expect(plainSentence('First line<br>second line', [], null).text).toBe('First line second line');
	});

	it('still draws the lesson\'s markup around and inside Markdown', () => {
		const el = draw('{Roast it [a little (just) longer] with [[Beans|beans]]} (if you dare).');
		expect(el.findAll('.bl-clause, .bl-modifier, .bl-aside').map((e) => e.className.split(' ')[0])).toEqual(['bl-clause', 'bl-modifier', 'bl-aside', 'bl-aside']);
		expect(el.find('.bl-clause a.bl-english-link').getText()).toBe('beans');
	});
});

describe('a click on a link in the English', () => {
	it('opens a wikilink\'s note (and previews it on hover), and leaves a web link to the browser, not a term\'s popover', () => {
		const el = draw('The [[Light roast]] beans [pop](https://x.org/pop).', [{ term: 'pop' }]);
		const note = el.find('a.bl-english-link');
		expect(actionFor(note)).toEqual({ kind: 'open', path: 'Light roast' });
		expect(chipLinkAt(note)).toBe(note);
		const web = el.find('a.external-link');
		expect(web.closest('.bl-term')).not.toBeNull();
		expect(actionFor(web)).toBeNull();
		expect(actionFor(el.find('.bl-term'))).toEqual({ kind: 'term', span: el.find('.bl-term') });
	});
});

describe('a sentence of the English, as the glossary shows it and speech reads it', () => {
	it('leaves out Markdown\'s syntax as it leaves out the markup brackets, and moves the term\'s span to match', () => {
		const unit = unitOf('{The *first crack* is when [beans](https://x.org/b) pop.}', [{ term: 'pop' }]);
		const sentence = plainSentence(unit.english, unit.markup, unit.terms[0].span);
		expect(sentence.text).toBe('The first crack is when beans pop.');
		expect(sentence.text.slice(sentence.span?.start, sentence.span?.end)).toBe('pop');
	});
});
