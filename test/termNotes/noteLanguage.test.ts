// The language term notes are written in: a parameter of the pure planner, never the interface's.
import { describe, expect, it } from 'vitest';
import { NOTE_LANGUAGES, NOTE_WORDS, type NoteLanguage } from '../../src/core/noteWords';
import { findRegion, regionBegin, regionLanguage, REGION_END } from '../../src/core/termNotes/noteText';
import { planTermNotes, type PlanOptions } from '../../src/core/termNotes/plan';
import { readTermNote } from '../../src/core/termNotes/termNote';
import { lessonSource } from './lessons';

const lesson = lessonSource('Lessons/Harbour.md', [
	{ n: 1, english: 'Boats wait for the tide.', translation: '船在等潮水。', terms: [{ term: 'tide', hot: true, pos: '名词', meaning: '潮汐' }] },
	{ n: 2, english: 'The ferry leaves at dawn.', translation: '渡轮黎明出发。', terms: [{ term: 'ferry', hot: true, meaning: '渡轮' }] },
]);
const options = (language: NoteLanguage, over: Partial<PlanOptions> = {}): PlanOptions => ({ folder: 'Terms', includeAllTerms: false, language, ...over });
const plan = (language: NoteLanguage, notes: { path: string; text: string }[] = [], over: Partial<PlanOptions> = {}) =>
	planTermNotes({ lessons: [lesson], notes, paths: [lesson.path, ...notes.map((n) => n.path)], options: options(language, over) });
const noteOf = (language: NoteLanguage, key: string, notes: { path: string; text: string }[] = [], over: Partial<PlanOptions> = {}) => {
	const action = plan(language, notes, over).notes.find((a) => a.key === key);
	if (!action) throw new Error(`no note for ${key}`);
	return action;
};
const regionOf = (text: string) => {
	const found = findRegion(text);
	if (!found) throw new Error('no region');
	return text.slice(found.start, found.end);
};

const TIDE_REGION: Record<NoteLanguage, string> = {
	en: [
		regionBegin('en'),
		'## Definition',
		'',
		'**tide**',
		'',
		'- 名词，潮汐',
		'',
		'## Occurrences',
		'',
		'- [[Harbour|Harbour, unit 1]]: Boats wait for the ==tide==.',
		'\t- 船在等潮水。',
		REGION_END,
	].join('\n'),
	zh: [
		'%% bilingual-lessons:begin — 由你的课文生成；两个标记之间的修改会被替换 %%',
		'## 释义',
		'',
		'**tide**',
		'',
		'- 名词，潮汐',
		'',
		'## 出处',
		'',
		'- [[Harbour|Harbour，第 1 单元]]: Boats wait for the ==tide==.',
		'\t- 船在等潮水。',
		REGION_END,
	].join('\n'),
	'zh-TW': [
		'%% bilingual-lessons:begin — 由你的課文產生；兩個標記之間的修改會被取代 %%',
		'## 釋義',
		'',
		'**tide**',
		'',
		'- 名词，潮汐',
		'',
		'## 出處',
		'',
		'- [[Harbour|Harbour，第 1 單元]]: Boats wait for the ==tide==.',
		'\t- 船在等潮水。',
		REGION_END,
	].join('\n'),
};

describe('term notes by note language', () => {
	it.each(NOTE_LANGUAGES)('writes the region in %s; the properties and what the lessons say stay as they are', (language) => {
		const { after } = noteOf(language, 'tide');
		expect(regionOf(after)).toBe(TIDE_REGION[language]);
		expect(after.slice(0, after.indexOf('%%'))).toBe(noteOf('en', 'tide').after.slice(0, noteOf('en', 'tide').after.indexOf('%%')));
		expect(regionLanguage(after)).toBe(language);
		expect(readTermNote(after)).toBe('tide');
	});

	it.each(NOTE_LANGUAGES)('says in %s that no lesson glosses a term any more', (language) => {
		const { after: written } = noteOf('en', 'ferry');
		const orphan = planTermNotes({ lessons: [], notes: [{ path: 'Terms/ferry.md', text: written }], paths: ['Terms/ferry.md'], options: options(language) }).notes[0];
		const { definition, occurrences, noOccurrences } = NOTE_WORDS[language];
		expect(regionOf(orphan.after)).toBe([regionBegin(language), `## ${definition}`, '', '**ferry**', '', '- 渡轮', '', `## ${occurrences}`, '', noOccurrences, REGION_END].join('\n'));
	});

	it('rewrites an English note in Chinese in place and back, every byte outside the region kept, the region found by its marker', () => {
		const english = noteOf('en', 'tide').after;
		const [head, tail] = [english.slice(0, english.indexOf('%%')), english.slice(english.indexOf(REGION_END) + REGION_END.length)];
		// The user's own text around the region and a property of theirs: all of it must survive.
		const edited = `${head.replace('tags:', 'mood: calm # mine\ntags:')}My intro, with ## Definition in it.\n\n${TIDE_REGION.en}${tail}\n## Occurrences (mine)\n\nSeen at the pier.\n`;
		const toChinese = noteOf('zh', 'tide', [{ path: 'Terms/tide.md', text: edited }]);
		expect(toChinese.kind).toBe('update');
		expect(toChinese.after).toBe(edited.replace(TIDE_REGION.en, TIDE_REGION.zh));
		const back = noteOf('en', 'tide', [{ path: 'Terms/tide.md', text: toChinese.after }]);
		expect(back.after).toBe(edited);
		expect(noteOf('en', 'tide', [{ path: 'Terms/tide.md', text: edited }]).kind).toBe('unchanged');
	});

	it('finds a region whose headings the user reworded, and replaces it whole', () => {
		const english = noteOf('en', 'tide').after;
		const reworded = english.replace('## Definition', '## Meaning').replace('## Occurrences', '## Where');
		const { after } = noteOf('zh-TW', 'tide', [{ path: 'Terms/tide.md', text: reworded }]);
		expect(after).toBe(english.replace(TIDE_REGION.en, TIDE_REGION['zh-TW']));
	});

	it('with keepNoteLanguage (the automatic update) keeps each note in its language; new notes and unreadable markers take the setting', () => {
		const chinese = noteOf('zh', 'tide').after;
		const stale = chinese.replace('船在等潮水。', '旧的译文。');
		const kept = noteOf('en', 'tide', [{ path: 'Terms/tide.md', text: stale }], { keepNoteLanguage: true });
		expect(kept.after).toBe(chinese);
		expect(noteOf('en', 'ferry', [{ path: 'Terms/tide.md', text: stale }], { keepNoteLanguage: true }).after).toContain('## Definition');
		const ownMarker = stale.replace('由你的课文生成；两个标记之间的修改会被替换', 'mine');
		expect(regionLanguage(ownMarker)).toBeNull();
		expect(regionOf(noteOf('en', 'tide', [{ path: 'Terms/tide.md', text: ownMarker }], { keepNoteLanguage: true }).after)).toBe(TIDE_REGION.en);
		// Without it (a command), the setting's language is written.
		expect(regionOf(noteOf('en', 'tide', [{ path: 'Terms/tide.md', text: stale }]).after)).toBe(TIDE_REGION.en);
	});
});
