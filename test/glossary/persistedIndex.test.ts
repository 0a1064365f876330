import { describe, expect, it } from 'vitest';
import { GlossaryIndex } from '../../src/core/glossary/GlossaryIndex';
import { indexHeader, indexLines, isStamp, readIndexLines, type FileStamp } from '../../src/core/glossary/persistedIndex';
import type { LessonRecord } from '../../src/core/glossary/lessonRecord';
import { fixtureIndex } from './fixtureIndex';

const header = indexHeader('1.2.3', { analysisLabels: [] });
const stamps: FileStamp[] = [['plain.md', 5, 12]];

function persisted(index: GlossaryIndex): string {
	return [...indexLines(header, index.records(), stamps)].join('\n');
}

describe('persisted glossary index', () => {
	it('reads back every record and stamp, and an index built from them equals the original', () => {
		const index = fixtureIndex();
		const items = [...readIndexLines(persisted(index), header)];
		expect(items.filter(isStamp)).toEqual(stamps);
		const records = items.filter((i): i is LessonRecord => !isStamp(i));
		expect(records).toHaveLength(2);
		const copy = new GlossaryIndex();
		for (const record of records) copy.setRecord(record);
		expect(copy.totals()).toEqual({ lessons: 2, terms: 312, hot: 135 });
		expect(copy.lessons()).toEqual(index.lessons());
		const latency = (i: GlossaryIndex) => i.entry('latency');
		expect(latency(copy)?.occurrences.map((o) => [o.path, o.unit, o.line, o.form, o.meaning])).toEqual(
			latency(index)?.occurrences.map((o) => [o.path, o.unit, o.line, o.form, o.meaning]),
		);
		expect(copy.lessonsThatMayUse('latency')).toEqual(index.lessonsThatMayUse('latency'));
	});

	it('is ignored whole when the plugin version, the settings or the format changed', () => {
		const text = persisted(fixtureIndex());
		expect([...readIndexLines(text, indexHeader('1.2.4', { analysisLabels: [] }))]).toEqual([]);
		expect([...readIndexLines(text, indexHeader('1.2.3', { analysisLabels: ['Notes'] }))]).toEqual([]);
		expect([...readIndexLines(text.replace('"format":1', '"format":0'), header)]).toEqual([]);
		expect([...readIndexLines('', header)]).toEqual([]);
		expect([...readIndexLines('not json\n[1]', header)]).toEqual([]);
	});

	it('skips a damaged line, keeping the rest', () => {
		const lines = persisted(fixtureIndex()).split('\n');
		lines[2] = lines[2].slice(0, 100); // a record cut short
		lines.splice(1, 0, '{"path":"x.md","terms":[[9,"a"]]}'); // a record of another shape
		const items = [...readIndexLines(lines.join('\n'), header)];
		expect(items.filter(isStamp)).toHaveLength(1);
		expect(items.filter((i) => !isStamp(i))).toHaveLength(1);
	});
});
