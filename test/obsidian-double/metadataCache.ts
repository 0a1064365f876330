import type * as O from 'obsidian';
import { Events, type Callback, type EventRef } from './events';
import { parentOf, TFile } from './files';
import { laterTask } from './ioTask';
import { blockIdOf, markdownSections } from './markdownIt';
import type { Vault } from './vault';
import { parseYaml, splitFrontmatter } from './yaml';

/** Tasks between a write and its indexing: enough for a read started meanwhile to see the old cache. */
const INDEX_TICKS = 3;

const WIKILINK = /!?\[\[([^\]|\n]+)(?:\|([^\]\n]*))?\]\]/g;

/**
 * Obsidian's `MetadataCache` for the in-memory vault: frontmatter, sections, headings, block ids
 * and wikilinks of each markdown file. Like Obsidian's, it catches up with the vault asynchronously:
 * a write is indexed `INDEX_TICKS` tasks later (the text the file has then), `changed` fires then,
 * and `resolved` once nothing is pending. Frontmatter its YAML parser rejects is left out, as
 * Obsidian does. Tests await `settled()` before reading it.
 */
export class MetadataCache extends Events implements Pick<O.MetadataCache, 'getFileCache' | 'getCache' | 'getFirstLinkpathDest' | 'fileToLinktext' | 'resolvedLinks' | 'unresolvedLinks'> {
	/**
	 * Every note's links, worked out when first read once the cache has caught up (`resolved`): Obsidian resolves a
	 * changed note's links as it indexes it, while resolving every note's on each `resolved` here cost notes ×
	 * links × files, the double's cost, which a run writing 5,000 notes paid for minutes after it ended.
	 */
	private links: { resolved: Record<string, Record<string, number>>; unresolved: Record<string, Record<string, number>> } | null = null;
	private readonly caches = new Map<TFile, O.CachedMetadata>();
	private pending = 0;
	private idle: Promise<void> = Promise.resolve();
	private markIdle: () => void = () => {};

	constructor(private readonly vault: Vault) {
		super();
		for (const file of vault.getMarkdownFiles()) this.caches.set(file, computeCache(this.vault.peek(file) ?? ''));
		vault.on('create', (file) => this.schedule(file, 'changed'));
		vault.on('modify', (file) => this.schedule(file, 'changed'));
		vault.on('delete', (file) => this.schedule(file, 'deleted'));
		vault.on('rename', () => this.schedule(null, 'renamed'));
	}

	on(name: 'changed', callback: (file: TFile, data: string, cache: O.CachedMetadata) => unknown, ctx?: unknown): EventRef;
	on(name: 'deleted', callback: (file: TFile, prevCache: O.CachedMetadata | null) => unknown, ctx?: unknown): EventRef;
	on(name: 'resolve', callback: (file: TFile) => unknown, ctx?: unknown): EventRef;
	on(name: 'resolved', callback: () => unknown, ctx?: unknown): EventRef;
	on(name: string, callback: Callback, ctx?: unknown): EventRef;
	on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
		return super.on(name, callback as Callback, ctx);
	}

	get resolvedLinks(): Record<string, Record<string, number>> {
		return (this.links ??= this.resolveLinks()).resolved;
	}

	get unresolvedLinks(): Record<string, Record<string, number>> {
		return (this.links ??= this.resolveLinks()).unresolved;
	}

	getFileCache(file: TFile): O.CachedMetadata | null {
		return this.caches.get(file) ?? null;
	}

	getCache(path: string): O.CachedMetadata | null {
		const file = this.vault.getFileByPath(path);
		return file ? this.getFileCache(file) : null;
	}

	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		const path = linkpath.split('#')[0].trim();
		if (!path) return this.vault.getFileByPath(sourcePath);
		const exact = this.vault.getFileByPath(path) ?? this.vault.getFileByPath(`${path}.md`);
		if (exact) return exact;
		const wanted = path.toLowerCase();
		const matches = this.vault.getFiles().filter((f) => {
			const p = f.path.toLowerCase();
			return p === wanted || p === `${wanted}.md` || p.endsWith(`/${wanted}`) || p.endsWith(`/${wanted}.md`);
		});
		const sameFolder = matches.find((f) => f.parent?.path === parentOf(sourcePath));
		return sameFolder ?? matches.sort((a, b) => a.path.length - b.path.length)[0] ?? null;
	}

	fileToLinktext(file: TFile, _sourcePath: string, omitMdExtension = true): string {
		const unique = this.vault.getFiles().filter((f) => f.name === file.name).length === 1;
		const text = unique ? file.name : file.path;
		return omitMdExtension && file.extension === 'md' ? text.slice(0, -3) : text;
	}

	/** Test helper: resolves once every pending update has been applied and its events fired. */
	settled(): Promise<void> {
		return this.idle;
	}

	private schedule(file: unknown, kind: 'changed' | 'deleted' | 'renamed'): void {
		if (this.pending++ === 0) this.idle = new Promise((resolve) => (this.markIdle = resolve));
		const later = (ticks: number) =>
			laterTask(() => {
				if (ticks > 1) {
					later(ticks - 1);
					return;
				}
				this.apply(file, kind);
				if (--this.pending === 0) {
					this.links = null;
					this.trigger('resolved');
					this.markIdle();
				}
			});
		later(INDEX_TICKS);
	}

	private apply(file: unknown, kind: 'changed' | 'deleted' | 'renamed'): void {
		if (!(file instanceof TFile) || file.extension !== 'md') return;
		if (kind === 'deleted') {
			const previous = this.caches.get(file) ?? null;
			this.caches.delete(file);
			this.trigger('deleted', file, previous);
			return;
		}
		const data = this.vault.peek(file);
		if (data === undefined) return;
		const cache = computeCache(data);
		this.caches.set(file, cache);
		this.trigger('changed', file, data, cache);
		this.trigger('resolve', file);
	}

	private resolveLinks(): NonNullable<MetadataCache['links']> {
		const links: NonNullable<MetadataCache['links']> = { resolved: {}, unresolved: {} };
		for (const [file, cache] of this.caches) {
			const resolved: Record<string, number> = {};
			const unresolved: Record<string, number> = {};
			for (const link of cache.links ?? []) {
				const dest = this.getFirstLinkpathDest(link.link, file.path);
				const bucket = dest ? resolved : unresolved;
				const key = dest ? dest.path : link.link.split('#')[0];
				bucket[key] = (bucket[key] ?? 0) + 1;
			}
			links.resolved[file.path] = resolved;
			links.unresolved[file.path] = unresolved;
		}
		return links;
	}
}

/** The metadata Obsidian would cache for a note's text. */
export function computeCache(text: string): O.CachedMetadata {
	const lines = text.split('\n');
	const offsets = lineOffsets(lines);
	const pos = (lineStart: number, lineEnd: number, colStart = 0, colEnd = lines[lineEnd].length): O.Pos => ({
		start: { line: lineStart, col: colStart, offset: offsets[lineStart] + colStart },
		end: { line: lineEnd, col: colEnd, offset: offsets[lineEnd] + colEnd },
	});
	const cache: O.CachedMetadata = {};
	const { yaml, endLine } = splitFrontmatter(text);
	const sections: O.SectionCache[] = [];
	if (yaml !== null) {
		const frontmatter = readFrontmatter(yaml);
		if (frontmatter) cache.frontmatter = frontmatter;
		cache.frontmatterPosition = pos(0, endLine);
		sections.push({ type: 'yaml', position: pos(0, endLine) });
	}
	const headings: O.HeadingCache[] = [];
	const blocks: Record<string, O.BlockCache> = {};
	for (const section of markdownSections(text)) {
		const position = pos(section.lineStart, section.lineEnd);
		const id = blockIdOf(lines[section.lineEnd]) ?? undefined;
		sections.push({ type: section.type, position, ...(id ? { id } : {}) });
		if (id) blocks[id.toLowerCase()] = { id, position };
		if (section.type === 'heading') headings.push({ heading: section.tokens[1].content, level: Number(section.tag.slice(1)), position });
	}
	const links: O.LinkCache[] = [];
	lines.forEach((line, n) => {
		if (n <= endLine) return;
		for (const match of line.matchAll(WIKILINK)) {
			if (match[0].startsWith('!')) continue;
			const link = match[1].trim();
			const displayText = match[2]?.trim() ?? link;
			links.push({ link, original: match[0], displayText, position: pos(n, n, match.index, match.index + match[0].length) });
		}
	});
	cache.sections = sections;
	if (headings.length) cache.headings = headings;
	if (Object.keys(blocks).length) cache.blocks = blocks;
	if (links.length) cache.links = links;
	return cache;
}

function readFrontmatter(yaml: string): O.FrontMatterCache | null {
	try {
		return parseYaml(yaml);
	} catch {
		return null;
	}
}

function lineOffsets(lines: string[]): number[] {
	const offsets: number[] = [];
	let offset = 0;
	for (const line of lines) {
		offsets.push(offset);
		offset += line.length + 1;
	}
	return offsets;
}
