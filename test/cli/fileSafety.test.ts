import { chmodSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { termsCommand } from '../../src/cli/commands/terms';
import { keySuffix } from '../../src/core/termNotes/safeName';
import { cli } from './run';

// A fresh lesson of our own (sourdough baking), two units, three 🔥 terms.
const LESSON = [
	'# 🍞 酸面包烘焙入门 英语段落翻译',
	'本文共 **2 个语义单元**，将全部翻译。',
	'',
	'---',
	'',
	'(1) [00:05-00:12] **Feed your starter the night before, so it peaks by morning.**',
	'',
	'前一晚喂养你的酵头，让它在早上达到顶峰。',
	'',
	'解析：',
	'* **starter** /ˈstɑːrtər/：名词，酵头（天然发酵的面种）🔥',
	'* **peak** /piːk/：动词，达到顶峰',
	'',
	'---',
	'',
	'(2) [00:13-00:20] **A long cold proof builds flavour and an open crumb.**',
	'',
	'长时间冷藏发酵能带来风味和开放的组织。',
	'',
	'解析：',
	'* **cold proof**：名词，冷藏发酵 🔥',
	'* **open crumb**：名词，开放的气孔组织 🔥',
	'',
	'---',
	'',
].join('\n');

let vault: string;
let out: string[];
let err: string[];

beforeEach(() => {
	vault = mkdtempSync(join(tmpdir(), 'cli-safety-'));
	mkdirSync(join(vault, 'Lessons'));
	out = [];
	err = [];
	vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
	vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0);
});

afterEach(() => {
	vi.restoreAllMocks();
	rmSync(vault, { recursive: true, force: true });
});

const at = (path: string) => join(vault, path);
const stdout = () => out.join('');
const stderr = () => err.join('');
const terms = (...args: string[]) => termsCommand.run([vault, ...args]);

describe('cli terms: files that are not UTF-8', () => {
	it('leaves a lesson that does not decode byte for byte as it was, and says so', async () => {
		const bytes = Buffer.concat([Buffer.from(LESSON.replace('酵头', 'X')), Buffer.from([0xff, 0xfe, 0x0a])]);
		writeFileSync(at('Lessons/latin1.md'), bytes);
		expect(await terms()).toBe(0);
		expect(readFileSync(at('Lessons/latin1.md')).equals(bytes)).toBe(true);
		expect(stderr()).toContain('skipped: Lessons/latin1.md: not valid UTF-8 text; left alone');
		// Nothing planned from its U+FFFD text is written: no term notes for its terms.
		expect(stdout()).toContain('created 0, updated 0, unchanged 0');
	});

	it('does not touch a term note that does not decode, nor make a second one for its term', async () => {
		writeFileSync(at('Lessons/bread.md'), LESSON);
		expect(await terms()).toBe(0);
		const note = at('Terms/starter.md');
		const bytes = Buffer.concat([readFileSync(note), Buffer.from('My notes \xe9t\xe9\n', 'latin1')]);
		writeFileSync(note, bytes);
		writeFileSync(at('Lessons/bread.md'), LESSON.replace('酵头（天然发酵的面种）', '酵种'));
		expect(await terms()).toBe(0);
		expect(readFileSync(note).equals(bytes)).toBe(true);
		expect(readdirSync(at('Terms')).sort()).toEqual(['cold proof.md', 'open crumb.md', 'starter.md']);
		expect(stderr()).toContain('skipped: Terms/starter.md: not valid UTF-8 text; left alone');
	});

	it('keeps the notes of a lesson that cannot be read as they are, not orphaned', async () => {
		writeFileSync(at('Lessons/bread.md'), LESSON);
		await terms();
		const notes = ['cold proof.md', 'open crumb.md', 'starter.md'].map((name) => readFileSync(at(`Terms/${name}`), 'utf8'));
		// Saved in a legacy encoding: no longer UTF-8, nor a lesson once decoded with U+FFFD.
		writeFileSync(at('Lessons/bread.md'), Buffer.from(readFileSync(at('Lessons/bread.md'), 'utf8'), 'latin1'));
		expect(await terms()).toBe(0);
		expect(['cold proof.md', 'open crumb.md', 'starter.md'].map((name) => readFileSync(at(`Terms/${name}`), 'utf8'))).toEqual(notes);
		expect(stderr()).toContain('left 3 term note(s) alone: they depend on files that could not be read');
		expect(stdout()).toContain('created 0, updated 0, unchanged 0');
	});
});

describe('cli terms: lessons and notes written in place', () => {
	it('keeps a note’s mode, its hard links and its inode when it is updated', async () => {
		writeFileSync(at('Lessons/bread.md'), LESSON);
		await terms();
		const note = at('Terms/starter.md');
		chmodSync(note, 0o640);
		const outside = join(vault, '..', `${vault.split('/').pop()}-link.md`);
		linkSync(note, outside);
		const inode = statSync(note).ino;
		writeFileSync(at('Lessons/bread.md'), LESSON.replace('酵头（天然发酵的面种）', '酵种'));
		expect(await terms()).toBe(0);
		expect(stdout()).toContain('updated 1');
		expect(statSync(note).mode & 0o777).toBe(0o640);
		expect(statSync(note).ino).toBe(inode);
		expect(statSync(note).nlink).toBe(2);
		expect(readFileSync(outside, 'utf8')).toBe(readFileSync(note, 'utf8'));
		expect(readFileSync(outside, 'utf8')).toContain('meaning: 酵种');
		rmSync(outside);
	});

	it('writes block ids through a symlinked lesson into its target, keeping the link', async () => {
		mkdirSync(at('Sources'));
		writeFileSync(at('Sources/bread.md'), LESSON);
		symlinkSync('../Sources/bread.md', at('Lessons/bread.md'));
		expect(await terms('--block-ids')).toBe(0);
		expect(lstatSync(at('Lessons/bread.md')).isSymbolicLink()).toBe(true);
		expect(readlinkSync(at('Lessons/bread.md'))).toBe('../Sources/bread.md');
		expect(readFileSync(at('Sources/bread.md'), 'utf8')).toContain('^unit-1');
		// One lesson, though two paths lead to it: the one without a link is used, the other reported.
		expect(stderr()).toContain('skipped: Lessons/bread.md: the same file as Sources/bread.md');
		expect(readFileSync(at('Terms/starter.md'), 'utf8')).toContain('[[bread#^unit-1|bread, unit 1]]');
	});

	it('updates a symlinked term note through the link, in its target', async () => {
		writeFileSync(at('Lessons/bread.md'), LESSON);
		await terms();
		mkdirSync(at('Notes'));
		writeFileSync(at('Notes/starter.md'), readFileSync(at('Terms/starter.md')));
		rmSync(at('Terms/starter.md'));
		symlinkSync('../Notes/starter.md', at('Terms/starter.md'));
		writeFileSync(at('Lessons/bread.md'), LESSON.replace('酵头（天然发酵的面种）', '酵种'));
		expect(await terms()).toBe(0);
		expect(readlinkSync(at('Terms/starter.md'))).toBe('../Notes/starter.md');
		expect(readFileSync(at('Notes/starter.md'), 'utf8')).toContain('meaning: 酵种');
		expect(stdout()).toContain('created 0, updated 1, unchanged 2');
	});

	it('refuses to write a read-only lesson or note, even as root, and reports it', async () => {
		writeFileSync(at('Lessons/bread.md'), LESSON);
		chmodSync(at('Lessons/bread.md'), 0o444);
		expect(await terms('--block-ids')).toBe(1);
		expect(readFileSync(at('Lessons/bread.md'), 'utf8')).toBe(LESSON);
		expect(statSync(at('Lessons/bread.md')).mode & 0o777).toBe(0o444);
		expect(stderr()).toContain('failed: Lessons/bread.md: read-only; left alone');
	});
});

describe('cli terms: the vault boundary', () => {
	it.each(['../x', '/tmp/x', 'Terms/../../x', '..'])('refuses --folder %s, which leaves the vault', async (folder) => {
		writeFileSync(at('Lessons/bread.md'), LESSON);
		await expect(terms('--folder', folder)).rejects.toThrow(`--folder ${folder} is outside VAULT_DIR`);
		expect(readdirSync(vault)).toEqual(['Lessons']);
		expect(readFileSync(at('Lessons/bread.md'), 'utf8')).toBe(LESSON);
	});

	it('refuses a --folder that is a link to a folder outside the vault', async () => {
		const elsewhere = mkdtempSync(join(tmpdir(), 'cli-elsewhere-'));
		writeFileSync(at('Lessons/bread.md'), LESSON);
		symlinkSync(elsewhere, at('Out'));
		await expect(terms('--folder', 'Out/Terms')).rejects.toThrow('--folder Out/Terms is outside VAULT_DIR');
		expect(readdirSync(elsewhere)).toEqual([]);
		rmSync(elsewhere, { recursive: true });
	});

	it('accepts a folder that only looks odd: nested, with ./ and a trailing slash', async () => {
		writeFileSync(at('Lessons/bread.md'), LESSON);
		expect(await terms('--folder', './Study/Terms/')).toBe(0);
		expect(readdirSync(at('Study/Terms')).sort()).toEqual(['cold proof.md', 'open crumb.md', 'starter.md']);
	});
});

describe('cli terms: links that lead nowhere', () => {
	it('skips a dangling symlink and a symlink loop, reports them, and goes on', async () => {
		writeFileSync(at('Lessons/bread.md'), LESSON);
		symlinkSync('gone.md', at('Lessons/dangling.md'));
		symlinkSync('self.md', at('Lessons/self.md'));
		symlinkSync('..', at('Lessons/up'));
		expect(await terms()).toBe(0);
		expect(stderr()).toContain('skipped: Lessons/dangling.md: a dangling symbolic link');
		expect(stderr()).toContain('skipped: Lessons/self.md: a symbolic link loop');
		expect(stderr()).toContain('skipped: Lessons/up: a link loop, or a second link to the folder .');
		expect(stdout()).toContain('created 3, updated 0, unchanged 0');
	});

	it('gives a new note another name than a dangling link in its place', async () => {
		writeFileSync(at('Lessons/bread.md'), LESSON);
		mkdirSync(at('Terms'));
		symlinkSync('../Gone/starter.md', at('Terms/starter.md'));
		expect(await terms()).toBe(0);
		expect(readlinkSync(at('Terms/starter.md'))).toBe('../Gone/starter.md');
		expect(readdirSync(at('Terms')).sort()).toEqual(['cold proof.md', 'open crumb.md', `starter (${keySuffix('starter')}).md`, 'starter.md']);
	});

	it('reports duplicate term notes on a run that writes, not only on --dry-run', async () => {
		writeFileSync(at('Lessons/bread.md'), LESSON);
		await terms();
		mkdirSync(at('Old'));
		writeFileSync(at('Old/starter copy.md'), readFileSync(at('Terms/starter.md')));
		expect(await terms()).toBe(0);
		// Which of the two is kept is the planner's choice; the run names both.
		expect(stderr()).toMatch(/duplicate note for "starter" left alone: (Terms\/starter\.md|Old\/starter copy\.md) \(using (Old\/starter copy\.md|Terms\/starter\.md)\)/);
	});
});

describe('cli lint, glossary and parse on files that are not UTF-8 or unreachable', () => {
	// Three runs of the real command line: slow on a loaded machine.
	it('reports them and goes on; lint fails, glossary lists the rest', { timeout: 30_000 }, () => {
		writeFileSync(at('Lessons/bread.md'), LESSON);
		writeFileSync(at('Lessons/bad.md'), Buffer.from([0x23, 0x20, 0xff, 0x0a]));
		symlinkSync('nowhere.md', at('Lessons/dangling.md'));
		const lint = cli('lint', vault);
		expect(lint.status).toBe(1);
		expect(lint.stderr).toContain(`skipped: ${join(vault, 'Lessons/bad.md')}: not valid UTF-8 text; left alone`);
		expect(lint.stderr).toContain(`skipped: ${join(vault, 'Lessons/dangling.md')}: a dangling symbolic link`);
		const glossary = cli('glossary', vault);
		expect(glossary.status).toBe(0);
		expect(glossary.stdout.split('\n')[0]).toBe('1 lessons, 4 terms, 3 🔥');
		const parse = cli('parse', at('Lessons/bad.md'));
		expect(parse.status).toBe(2);
		expect(parse.stderr).toContain('Lessons/bad.md: not valid UTF-8 text; left alone');
	});
});
