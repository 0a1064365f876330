import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { glossaryCommand } from '../../src/cli/commands/glossary';
import { parseCsv } from '../../src/core/glossary/csv';
import { parseAnkiTsv } from '../../src/core/glossary/exportFormats';
import { NOTE_WORDS } from '../../src/core/noteWords';
import type { GlossaryEntry, GlossaryTotals } from '../../src/core/glossary/types';
import { cli } from '../cli/run';

// A vault of the two reference lessons (test/fixtures also holds lessons and notes of other styles).
const VAULT = mkdtempSync(join(tmpdir(), 'bl-glossary-'));
for (const name of ['voice-ai-inference-and-evals.md', 'voice-ai-speech-to-speech.md']) cpSync(join(import.meta.dirname, '..', 'fixtures', name), join(VAULT, name));
afterAll(() => rmSync(VAULT, { recursive: true, force: true }));

describe('cli glossary', () => {
	it('prints totals and one line per term', () => {
		const { stdout, status } = cli('glossary', VAULT);
		expect(status).toBe(0);
		const lines = stdout.trimEnd().split('\n');
		expect(lines[0]).toBe('2 lessons, 312 terms, 135 🔥');
		expect(lines).toHaveLength(313);
		expect(lines).toContain('🔥 latency /ˈleɪtənsi/ [名词]: 延迟（网络/系统响应时间） (1 lesson)');
	});

	// Three runs of the real command line: slow on a loaded machine.
	it('prints JSON, CSV and Anki TSV of the same terms', { timeout: 30_000 }, () => {
		const json = JSON.parse(cli('glossary', VAULT, '--json').stdout) as { totals: GlossaryTotals; entries: GlossaryEntry[] };
		expect(json.totals).toEqual({ lessons: 2, terms: 312, hot: 135 });
		expect(json.entries.find((e) => e.key === 'latency')?.occurrences[0].path).toBe('voice-ai-inference-and-evals.md');
		const csv = parseCsv(cli('glossary', VAULT, '--csv').stdout);
		expect(csv[0]).toEqual(NOTE_WORDS.en.csvHeader);
		expect(csv.slice(1).map((row) => row[0])).toEqual(json.entries.map((e) => e.term));
		const cards = parseAnkiTsv(cli('glossary', VAULT, '--anki').stdout);
		expect(cards).toHaveLength(312);
	});

	it('heads the CSV in the --note-language asked for', async () => {
		const out: string[] = [];
		const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
		try {
			expect(await glossaryCommand.run([VAULT, '--csv', '--note-language', 'zh'])).toBe(0);
		} finally {
			write.mockRestore();
		}
		const csv = parseCsv(out.join(''));
		expect(csv[0]).toEqual([...NOTE_WORDS.zh.csvHeader]);
		expect(csv.filter((row) => row[4] === '是')).toHaveLength(135);
	});

	it('says how to call it when the folder is missing', () => {
		const { stderr, status } = cli('glossary');
		expect(status).toBe(2);
		expect(stderr).toContain('glossary takes one VAULT_DIR');
	});
});
