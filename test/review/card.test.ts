import { describe, expect, it } from 'vitest';
import type { ReadLesson } from '../../src/core/glossary/details';
import { GlossaryIndex } from '../../src/core/glossary/GlossaryIndex';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { directionOf, reviewCard } from '../../src/core/review/card';
import { answer } from '../../src/core/review/schedule';
import type { ReviewNote } from '../../src/core/review/queue';
import { BEEKEEPING, HIVE_CHECKS, KILN_NOTES } from './lessons';

const LESSONS: Record<string, string> = { 'Bees/Beekeeping.md': BEEKEEPING, 'Bees/Hive checks.md': HIVE_CHECKS };
const index = new GlossaryIndex();
for (const [path, text] of Object.entries(LESSONS)) index.setLesson(path, parseLesson(text), 1);
const read: ReadLesson = async (path) => (path in LESSONS ? parseLesson(LESSONS[path]) : null);
const none = { ipa: null, pos: null, meaning: null };
const now = Date.parse('2026-12-03T09:00:00Z');
const noteFor = (term: string, reps = 0): ReviewNote => {
	let state = null;
	for (let i = 0; i < reps; i++) state = answer(state, 'good', now + i * 600_000);
	return { path: `Terms/${term}.md`, term, state };
};

describe('a review card', () => {
	it('shows the lesson sentence with the term blanked, its translation, the definition and the unit it is from', async () => {
		const card = await reviewCard(noteFor('bounce back'), none, index.entry('bounce back')!.occurrences, read, 'cloze');
		expect(card).toMatchObject({
			term: 'bounce back',
			ipa: 'baʊns bæk',
			pos: '短语动词',
			meaning: '恢复过来',
			cloze: { before: 'After that we kept tabs on every hive, and the colony ', answer: 'bounced back', after: '.' },
			translation: '之后我们密切关注每个蜂箱，蜂群也恢复过来了。',
			place: { path: 'Bees/Beekeeping.md', unit: 1, blockId: null, lessonTitle: '养蜂入门对谈 英语段落翻译' },
		});
	});

	it('takes the next sentence each time the card comes back', async () => {
		const occurrences = index.entry('keep tabs on')!.occurrences;
		expect(occurrences).toHaveLength(3);
		const shown: string[] = [];
		for (let reps = 0; reps < 4; reps++) {
			const card = await reviewCard(noteFor('keep tabs on', reps), none, occurrences, read, 'cloze');
			shown.push(`${card.place?.path} ${card.place?.unit}: ${card.cloze?.before}[${card.cloze?.answer}]${card.cloze?.after}`);
		}
		expect(shown).toEqual([
			'Bees/Beekeeping.md 1: After that we [kept tabs on] every hive, and the colony bounced back.',
			'Bees/Beekeeping.md 3: We [kept tabs on] the queen too.',
			'Bees/Hive checks.md 1: [Keeping tabs on] the mites is half the job.',
			'Bees/Beekeeping.md 1: After that we [kept tabs on] every hive, and the colony bounced back.',
		]);
	});

	it('prefers the note\'s own definition, as the user may have edited it', async () => {
		const card = await reviewCard(noteFor('swarm'), { ipa: 'swɔrm', pos: '名词/动词', meaning: '蜂群；分蜂' }, index.entry('swarm')!.occurrences, read, 'meaning');
		expect(card).toMatchObject({ direction: 'meaning', ipa: 'swɔrm', pos: '名词/动词', meaning: '蜂群；分蜂', cloze: { answer: 'swarmed' } });
	});

	it('has no sentence for a term no lesson uses, but still opens its lesson; and none at all without one', async () => {
		const brood = await reviewCard(noteFor('brood'), none, index.entry('brood')!.occurrences, read, 'cloze');
		expect(brood).toMatchObject({ cloze: null, translation: '', meaning: '幼虫（本句未出现）', place: { path: 'Bees/Beekeeping.md', unit: 3 } });
		const orphan = await reviewCard(noteFor('propolis'), { ipa: null, pos: '名词', meaning: '蜂胶' }, [], read, 'cloze');
		expect(orphan).toMatchObject({ cloze: null, place: null, meaning: '蜂胶', pos: '名词' });
		const bare = await reviewCard(noteFor('royal jelly'), none, [], read, 'meaning');
		expect(bare).toMatchObject({ cloze: null, place: null, meaning: '', pos: null, ipa: null });
	});

	it('alternates directions when asked to, by the card\'s reviews', () => {
		expect([0, 1, 2, 3].map((reps) => directionOf('alternate', reps))).toEqual(['cloze', 'meaning', 'cloze', 'meaning']);
		expect(directionOf('meaning', 0)).toBe('meaning');
		expect(directionOf('cloze', 1)).toBe('cloze');
	});

	it('drops the lessons\' Markdown emphasis from the sentence, the translation and the meaning', async () => {
		const kiln = parseLesson(KILN_NOTES);
		const local = new GlossaryIndex();
		local.setLesson('Crafts/Kiln notes.md', kiln, 1);
		const readKiln: ReadLesson = async (path) => (path === 'Crafts/Kiln notes.md' ? kiln : null);
		const pool = await reviewCard(noteFor('pool'), { ipa: null, pos: null, meaning: '**积聚**（釉）' }, local.entry('pool')!.occurrences, readKiln, 'cloze');
		expect(pool).toMatchObject({
			meaning: '积聚（釉）',
			cloze: { before: 'The glaze ', answer: 'pooled', after: ' at the foot, so we had to grind it off.' },
			translation: '釉在底足处积釉了，所以我们只好把它磨掉。',
		});
		const grind = await reviewCard(noteFor('grind off'), none, local.entry('grind off')!.occurrences, readKiln, 'cloze');
		expect(grind.translation).toBe('釉在底足处积釉了，所以我们只好把它磨掉。');
		expect(JSON.stringify([pool, grind])).not.toMatch(/\*/);
	});
});
