import { describe, expect, it } from 'vitest';
import { App, normalizePath, TFile, TFolder } from './obsidian';

describe('Vault double', () => {
	it('creates, modifies, renames and deletes files with Obsidian events', async () => {
		const app = new App({ 'Lessons/a.md': 'one' });
		const events: string[] = [];
		for (const name of ['create', 'modify', 'delete', 'rename'])
			app.vault.on(name, (file, oldPath) => events.push(`${name} ${(file as TFile).path}${typeof oldPath === 'string' ? ` from ${oldPath}` : ''}`));

		const b = await app.vault.create('Lessons/b.md', 'two');
		await app.vault.process(b, (text) => `${text}!`);
		await app.vault.rename(b, 'Lessons/c.md');
		await app.vault.delete(b);

		expect(events).toEqual(['create Lessons/b.md', 'modify Lessons/b.md', 'rename Lessons/c.md from Lessons/b.md', 'delete Lessons/c.md']);
		expect(app.vault.getMarkdownFiles().map((f) => f.path)).toEqual(['Lessons/a.md']);
		expect(b.basename).toBe('c');
	});

	it('fails like Obsidian on an existing file or a missing folder, and createFolder makes parents', async () => {
		const app = new App({ 'a.md': '' });
		await expect(app.vault.create('a.md', '')).rejects.toThrow('already exists');
		await expect(app.vault.create('Terms/x.md', '')).rejects.toThrow('ENOENT');
		const folder = await app.vault.createFolder('Terms/Sub');
		expect(folder).toBeInstanceOf(TFolder);
		expect(app.vault.getFolderByPath('Terms')?.children).toEqual([folder]);
		const file = await app.vault.create('Terms/Sub/x.md', 'x');
		await app.vault.rename(app.vault.getFolderByPath('Terms')!, 'Words');
		expect(file.path).toBe('Words/Sub/x.md');
		expect(await app.vault.read(app.vault.getFileByPath('Words/Sub/x.md')!)).toBe('x');
	});

	it('normalizePath has Obsidian semantics', () => {
		expect(normalizePath('/Terms//sub\\note.md/')).toBe('Terms/sub/note.md');
		expect(normalizePath('')).toBe('/');
		expect(normalizePath('a\u00A0b')).toBe('a b');
		expect(normalizePath('cafe\u0301')).toBe('café');
	});
});

describe('MetadataCache double', () => {
	it('catches up after a write: changed, then resolved, with frontmatter, headings, blocks and links', async () => {
		const app = new App({ 'Lesson.md': '# Title\n\n(1) first ^unit-1\n' });
		const seen: string[] = [];
		app.metadataCache.on('changed', (file) => seen.push(`changed ${file.path}`));
		app.metadataCache.on('resolved', () => seen.push('resolved'));

		const term = await app.vault.create('Term.md', '---\ntags: [term]\n---\nSee [[Lesson#^unit-1|unit 1]] and [[Nowhere]].\n');
		expect(app.metadataCache.getFileCache(term)).toBeNull();
		await app.metadataCache.settled();

		expect(seen).toEqual(['changed Term.md', 'resolved']);
		const cache = app.metadataCache.getFileCache(term)!;
		expect(cache.frontmatter).toEqual({ tags: ['term'] });
		expect(cache.links?.map((l) => [l.link, l.displayText, l.position.start.line])).toEqual([['Lesson#^unit-1', 'unit 1', 3], ['Nowhere', 'Nowhere', 3]]);
		expect(app.metadataCache.resolvedLinks['Term.md']).toEqual({ 'Lesson.md': 1 });
		expect(app.metadataCache.unresolvedLinks['Term.md']).toEqual({ Nowhere: 1 });

		const lesson = app.metadataCache.getCache('Lesson.md')!;
		expect(lesson.headings).toEqual([expect.objectContaining({ heading: 'Title', level: 1 })]);
		expect(lesson.blocks?.['unit-1'].position.start.line).toBe(2);
		expect(lesson.sections?.map((s) => s.type)).toEqual(['heading', 'paragraph']);
		expect(app.metadataCache.getFirstLinkpathDest('lesson', 'Term.md')).toBe(app.vault.getFileByPath('Lesson.md'));
	});
});

describe('FileManager double', () => {
	it('round-trips frontmatter: keeps the body, other keys and lists, quotes what YAML needs', async () => {
		const body = '# Inference layer\n\nNotes.\n';
		const app = new App({ 'Terms/inference layer.md': `---\nterm: inference layer\nlessons:\n  - "[[Lesson A]]"\nhot: true\ncount: 2\n---\n${body}` });
		const file = app.vault.getFileByPath('Terms/inference layer.md')!;

		await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
			expect(fm).toEqual({ term: 'inference layer', lessons: ['[[Lesson A]]'], hot: true, count: 2 });
			(fm.lessons as string[]).push('[[Lesson B#^unit-3]]');
			fm.meaning = 'a: b';
			fm.count = 3;
		});

		const text = await app.vault.read(file);
		expect(text).toBe(`---\nterm: inference layer\nlessons:\n  - "[[Lesson A]]"\n  - "[[Lesson B#^unit-3]]"\nhot: true\ncount: 3\nmeaning: "a: b"\n---\n${body}`);
		await app.metadataCache.settled();
		expect(app.metadataCache.getFileCache(file)?.frontmatter?.meaning).toBe('a: b');
	});

	it('adds frontmatter to a note without one, and generates shortest wikilinks', async () => {
		const app = new App({ 'Lessons/Lesson A.md': 'Body' });
		const file = app.vault.getFileByPath('Lessons/Lesson A.md')!;
		await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => (fm.aliases = ['LA']));
		expect(await app.vault.read(file)).toBe('---\naliases:\n  - LA\n---\nBody');
		expect(app.fileManager.generateMarkdownLink(file, 'Terms/x.md', '#^unit-2', 'unit 2')).toBe('[[Lesson A#^unit-2|unit 2]]');
	});
});
