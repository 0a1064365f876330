// One term key's entry in the glossary: its occurrences across lessons and what it reads off them.
import { describe, expect, it } from 'vitest';
import { GlossaryIndex } from '../../src/core/glossary/GlossaryIndex';
import { IndexedLesson } from '../../src/core/glossary/IndexedLesson';
import type { LessonRecord } from '../../src/core/glossary/lessonRecord';
import { TermEntry } from '../../src/core/glossary/TermEntry';
import { indexOf } from './indexStore';

interface BulletSpec {
	/** The unit's index; defaults to 0. */
	unit?: number;
	form?: string;
	ipa?: string | null;
	pos?: string | null;
	meaning?: string;
	hot?: boolean;
}

/** A lesson record glossing `swarm` (unless told another form) once per bullet, unit n at line 10 n. */
function record(path: string, bullets: BulletSpec[], mtime = 1): LessonRecord {
	const units = Math.max(0, ...bullets.map((b) => b.unit ?? 0)) + 1;
	return {
		path,
		title: path,
		mtime,
		size: 0,
		units: Array.from({ length: units }, (_, u): [number, number, null] => [u + 1, 10 * (u + 1), null]),
		terms: bullets.map((b) => [b.unit ?? 0, b.form ?? 'swarm', b.ipa ?? null, b.pos ?? null, b.meaning ?? '蜂群', b.hot ? 1 : 0]),
		words: '',
	};
}

function swarm(index: GlossaryIndex): TermEntry {
	const entry = index.entry('swarm');
	if (!entry) throw new Error('no entry for swarm');
	return entry;
}

/** Each occurrence as `path#unit`. */
const places = (entry: TermEntry) => entry.occurrences.map((o) => `${o.path}#${o.unit}`);

/** Indexed lessons with their own entries, keyed by `entries`, for TermEntry.fill and add. */
function lessonsOf(records: LessonRecord[]): { lessons: IndexedLesson[]; entries: Map<string, TermEntry> } {
	const entries = new Map<string, TermEntry>();
	const entryFor = (key: string) => {
		let entry = entries.get(key);
		if (!entry) entries.set(key, (entry = new TermEntry(key)));
		return entry;
	};
	return { lessons: records.map((r) => IndexedLesson.fromRecord(r, entryFor, (pos) => pos)), entries };
}

/** Runs TermEntry.fill to its end, counting its steps. */
function fill(entries: TermEntry[], lessons: IndexedLesson[], ordered: boolean) {
	const numbers = lessons.map((l) => l.entries.map((e) => entries.indexOf(e)));
	const uses = new Int32Array(entries.length);
	for (const n of numbers.flat()) uses[n]++;
	const filling = TermEntry.fill(entries, lessons, numbers, uses, ordered);
	let steps = 0;
	let step = filling.next();
	while (!step.done) {
		steps++;
		step = filling.next();
	}
	return { ...step.value, steps };
}

describe('a term entry', () => {
	it('glossed nowhere has no occurrences, its key for its term, no lesson, no 🔥 and no date', () => {
		const entry = new TermEntry('swarm');
		expect([entry.size, entry.occurrences, entry.term, entry.forms, entry.lessonCount, entry.lastModified, entry.hot]).toEqual([0, [], 'swarm', [], 0, 0, false]);
		expect([entry.hasPos('名词'), entry.inLesson('a.md')]).toEqual([false, false]);
	});

	it('has an id of its own, below the count of ids given', () => {
		const a = new TermEntry('a');
		const b = new TermEntry('b');
		expect(b.id).toBe(a.id + 1);
		expect(TermEntry.ids).toBe(b.id + 1);
	});

	it('lists its occurrences by lesson path whatever order the lessons came in, a lesson’s own as written', () => {
		const index = indexOf(record('c.md', [{}]), record('b.md', [{ unit: 1 }, { unit: 2 }, { unit: 0 }]), record('a.md', [{}]), record('d.md', [{ unit: 3 }]));
		expect(places(swarm(index))).toEqual(['a.md#1', 'b.md#2', 'b.md#3', 'b.md#1', 'c.md#1', 'd.md#4']);
		expect(swarm(index).size).toBe(6);
	});

	it('lists them by path again after a lesson is renamed, and after a lesson is dropped before they were read', () => {
		const index = indexOf(record('b.md', [{}]), record('c.md', [{}]), record('d.md', [{}]));
		index.rename('b.md', 'e.md');
		expect(places(swarm(index))).toEqual(['c.md#1', 'd.md#1', 'e.md#1']);
		const dropped = indexOf(record('c.md', [{}]), record('b.md', [{}]), record('d.md', [{}]));
		dropped.delete('d.md');
		expect(places(swarm(dropped))).toEqual(['b.md#1', 'c.md#1']);
	});

	it('keeps a lesson’s places in the order added when sorting by path', () => {
		const { lessons, entries } = lessonsOf([record('b.md', [{ unit: 0 }, { unit: 1 }, { unit: 2 }]), record('a.md', [{ unit: 0 }, { unit: 1 }])]);
		const entry = entries.get('swarm') as TermEntry;
		lessons.forEach((lesson) => lesson.entries.forEach((_, slot) => entry.add(lesson, slot)));
		expect(places(entry)).toEqual(['a.md#1', 'a.md#2', 'b.md#1', 'b.md#2', 'b.md#3']);
	});

	it('reads its forms, meanings, IPA and parts of speech once each, trimmed, none empty, in lesson order', () => {
		const index = indexOf(
			record('b.md', [{ form: 'Swarm', meaning: ' 蜂群 ', ipa: '', pos: ' 名词 ' }, { unit: 1, form: 'swarm.', meaning: '分蜂', ipa: '/swɔːm/', pos: '动词' }]),
			record('a.md', [{ form: 'swarm', meaning: '蜂群', ipa: ' /swɔːm/ ', pos: '名词' }]),
		);
		const entry = swarm(index);
		expect(entry.term).toBe('swarm');
		expect(entry.forms).toEqual(['swarm', 'Swarm', 'swarm.']);
		expect(entry.meanings).toEqual(['蜂群', '分蜂']);
		expect(entry.ipa).toEqual(['/swɔːm/']);
		expect(entry.pos).toEqual(['名词', '动词']);
	});

	it('names a part of speech when one occurrence does, its spaces aside', () => {
		const entry = swarm(indexOf(record('a.md', [{ pos: null }]), record('b.md', [{ pos: ' 动词 ' }])));
		expect(['动词', '名词', ' 动词 '].map((pos) => entry.hasPos(pos))).toEqual([true, false, false]);
	});

	it('is in every lesson that glosses it, and in no other', () => {
		const entry = swarm(indexOf(record('a.md', [{}]), record('b.md', [{}])));
		expect(['a.md', 'b.md', 'c.md'].map((path) => entry.inLesson(path))).toEqual([true, true, false]);
	});

	it('counts a lesson once however many of its units gloss it, and its newest lesson’s date', () => {
		const entry = swarm(indexOf(record('a.md', [{ unit: 0 }, { unit: 1 }], 5), record('b.md', [{}], 3), record('c.md', [{ unit: 0 }, { unit: 2 }], 4)));
		expect(entry.lessonCount).toBe(3);
		expect(entry.lastModified).toBe(5);
	});

	it('counts a lesson once even when its places were added apart', () => {
		const { lessons, entries } = lessonsOf([record('b.md', [{ unit: 0 }, { unit: 1 }]), record('a.md', [{}])]);
		const entry = entries.get('swarm') as TermEntry;
		entry.add(lessons[0], 0);
		entry.add(lessons[1], 0);
		entry.add(lessons[0], 1);
		expect(entry.lessonCount).toBe(2);
	});

	it('visits each place once, as added', () => {
		const { lessons, entries } = lessonsOf([record('b.md', [{ unit: 0 }, { unit: 1 }]), record('a.md', [{}])]);
		const entry = entries.get('swarm') as TermEntry;
		entry.add(lessons[0], 1);
		entry.add(lessons[1], 0);
		entry.add(lessons[0], 0);
		const visited: string[] = [];
		entry.forEachPlace((lesson, slot) => visited.push(`${lesson.path}:${slot}`));
		expect(visited).toEqual(['b.md:1', 'a.md:0', 'b.md:0']);
	});

	it('is 🔥 while one occurrence is, and counts as one 🔥 entry however many are', () => {
		const index = indexOf(record('a.md', [{ hot: true }]), record('b.md', [{ hot: true }]), record('c.md', [{ hot: true }]), record('d.md', [{}]));
		expect([swarm(index).hot, index.totals().hot]).toEqual([true, 1]);
		index.delete('a.md');
		index.delete('b.md');
		expect([swarm(index).hot, index.totals().hot]).toEqual([true, 1]);
		index.delete('c.md');
		expect([swarm(index).hot, index.totals().hot]).toEqual([false, 0]);
	});

	it('tells when an occurrence made it 🔥, and when dropping a lesson made it stop', () => {
		const { lessons, entries } = lessonsOf([record('a.md', [{}]), record('b.md', [{ hot: true }]), record('c.md', [{ hot: true }])]);
		const entry = entries.get('swarm') as TermEntry;
		expect(lessons.map((lesson) => entry.add(lesson, 0))).toEqual([false, true, false]);
		expect([entry.removeLesson(lessons[0]), entry.removeLesson(lessons[1]), entry.hot]).toEqual([false, false, true]);
		expect([entry.removeLesson(lessons[2]), entry.hot, entry.size]).toEqual([true, false, 0]);
		expect(entry.removeLesson(lessons[2])).toBe(false);
	});
});

describe('filling term entries at once', () => {
	const records = [record('b.md', [{ unit: 0, hot: true }, { unit: 1, form: 'brood' }, { unit: 2, hot: true }]), record('a.md', [{ hot: true }, { form: 'hive' }])];

	it('gives each entry its places, the list itself when every entry has one', () => {
		const { lessons, entries } = lessonsOf([...records].reverse());
		const all = [...entries.values()];
		const { filled, hot } = fill(all, lessons, true);
		expect(filled).toBe(all);
		expect(filled.map((e) => [e.key, places(e)])).toEqual([
			['swarm', ['a.md#1', 'b.md#1', 'b.md#3']],
			['hive', ['a.md#1']],
			['brood', ['b.md#2']],
		]);
		expect(hot).toBe(1);
		expect(filled.map((e) => e.hot)).toEqual([true, false, false]);
	});

	it('sorts each entry’s places by path when the lessons came in another order', () => {
		const { lessons, entries } = lessonsOf(records);
		const { filled } = fill([...entries.values()], lessons, false);
		expect(places(filled[0])).toEqual(['a.md#1', 'b.md#1', 'b.md#3']);
		expect(filled[0].lessonCount).toBe(2);
	});

	it('leaves out the entries given no place', () => {
		const { lessons, entries } = lessonsOf(records);
		const unused = new TermEntry('unused');
		const { filled } = fill([unused, ...entries.values()], lessons, true);
		expect(filled.map((e) => e.key)).toEqual(['swarm', 'brood', 'hive']);
		expect(unused.size).toBe(0);
	});

	it('counts each 🔥 entry once', () => {
		const { lessons, entries } = lessonsOf([record('a.md', [{ hot: true }, { form: 'hive', hot: true }]), record('b.md', [{ hot: true }, { form: 'brood' }]), record('c.md', [{ hot: true }])]);
		expect(fill([...entries.values()], lessons, true).hot).toBe(2);
	});

	it('works in steps of many lessons: more than one step for hundreds of lessons, but not one a lesson', () => {
		const many = Array.from({ length: 300 }, (_, l) => record(`l${String(l).padStart(3, '0')}.md`, [{}]));
		const { lessons, entries } = lessonsOf(many);
		const { filled, steps } = fill([...entries.values()], lessons, true);
		expect(filled[0].size).toBe(300);
		expect(steps).toBeGreaterThan(1);
		expect(steps).toBeLessThan(30);
	});
});
