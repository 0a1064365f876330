import { debounce, TFile, type TAbstractFile } from 'obsidian';
import { GlossaryIndex } from '../../core/glossary/GlossaryIndex';
import type { LessonRecord } from '../../core/glossary/lessonRecord';
import { indexHeader, indexLines, isStamp, readIndexLines, type FileStamp, type IndexHeader } from '../../core/glossary/persistedIndex';
import { Slicer } from '../../core/Slicer';
import { PARSE_KEYS, parseOptionsFrom } from '../../settings';
import type { BaseContext } from '../context';
import { IndexStore } from './IndexStore';

/** The persisted index is written this long after the last change (a burst of edits writes once). */
const SAVE_DELAY_MS = 15_000;

type Known = Map<string, { mtime: number; size: number; record: LessonRecord | null }>;

/**
 * Feeds the glossary index from the vault: every markdown file once the layout is ready, then only the file
 * that changed (metadata-cache `changed` for creations and edits, vault `rename` and `delete`). A start reads
 * the index persisted by the last one and re-reads only the files whose mtime or size changed; the work is cut
 * into short tasks, so Obsidian stays responsive while a large vault is indexed.
 */
export class GlossaryIndexer {
	readonly index = new GlossaryIndex();
	/** Settles when the last build started (after layout-ready, after a settings change) is done. */
	ready: Promise<void> = Promise.resolve();
	private generation = 0;
	/** Notes read and found not to be lessons, with their stat then: persisted so a start need not read them. */
	private readonly others = new Map<string, { mtime: number; size: number }>();
	private readonly store: IndexStore;
	private readonly saveSoon = debounce(() => void this.save(), SAVE_DELAY_MS, true);
	/** A new task of the event loop (a timer, not a promise: see Slicer). */
	private readonly nextTask = () => this.ctx.clock.delay(0);

	constructor(private readonly ctx: BaseContext) {
		this.store = new IndexStore(ctx);
	}

	start(): void {
		const { app } = this.ctx;
		app.workspace.onLayoutReady(() => {
			this.ready = this.rebuild(true);
			this.ctx.plugin.registerEvent(app.metadataCache.on('changed', (file, data) => this.indexText(file, data)));
			this.ctx.plugin.registerEvent(app.vault.on('rename', (file, oldPath) => this.renamed(file, oldPath)));
			this.ctx.plugin.registerEvent(app.vault.on('delete', (file) => this.deleted(file)));
			// Another analysis label changes what parses as a lesson.
			this.ctx.settings.on(PARSE_KEYS, () => {
				this.ready = this.rebuild(false);
			});
			this.ctx.plugin.register(this.index.onChange(() => this.saveSoon()));
			this.ctx.plugin.register(() => this.saveSoon.cancel());
			// An unloaded plugin reads and writes nothing more: the build under way stops at its next note.
			this.ctx.plugin.register(() => this.generation++);
		});
	}

	/**
	 * Re-indexes every markdown file in place (the view keeps showing the old entries meanwhile), then drops
	 * lessons no longer found, and persists the result. With `usePersisted`, files unchanged since the
	 * persisted index was written are taken from it, unread. A newer rebuild supersedes an unfinished one.
	 */
	async rebuild(usePersisted: boolean): Promise<void> {
		const generation = ++this.generation;
		const slicer = new Slicer(this.nextTask);
		const known = usePersisted ? await this.readPersisted(slicer) : new Map() as Known;
		const { vault } = this.ctx.app;
		const seen = new Set<string>();
		let unchanged = 0;
		for (const file of vault.getMarkdownFiles()) {
			if (generation !== this.generation) return;
			seen.add(file.path);
			const stored = known.get(file.path);
			if (stored && stored.mtime === file.stat.mtime && stored.size === file.stat.size) {
				unchanged++;
				if (stored.record) this.index.setRecord(stored.record);
				else this.others.set(file.path, { mtime: stored.mtime, size: stored.size });
			} else {
				let text: string;
				try {
					text = await vault.cachedRead(file);
				} catch {
					continue; // deleted while we were reading: its delete event settles it
				}
				if (generation !== this.generation) return;
				this.indexText(file, text);
			}
			await slicer.turn();
		}
		if (generation !== this.generation) return;
		for (const lesson of this.index.lessons()) if (!seen.has(lesson.path)) this.index.delete(lesson.path);
		for (const path of this.others.keys()) if (!seen.has(path)) this.others.delete(path);
		this.saveSoon.cancel();
		// Every note as stored, and nothing stored that is gone: the stored index is this one, and is not written again.
		if (unchanged !== seen.size || unchanged !== known.size) await this.save();
	}

	private header(): IndexHeader {
		return indexHeader(this.ctx.plugin.manifest.version, parseOptionsFrom(this.ctx.settings.get()));
	}

	private async readPersisted(slicer: Slicer): Promise<Known> {
		const known: Known = new Map();
		const text = await this.store.read();
		if (text === null) return known;
		for (const item of readIndexLines(text, this.header())) {
			if (isStamp(item)) known.set(item[0], { mtime: item[1], size: item[2], record: null });
			else known.set(item.path, { mtime: item.mtime, size: item.size, record: item });
			await slicer.turn();
		}
		return known;
	}

	/** Writes the index as it is now, in short tasks. */
	private async save(): Promise<void> {
		const slicer = new Slicer(this.nextTask);
		const stamps = [...this.others].map(([path, s]): FileStamp => [path, s.mtime, s.size]);
		const lines: string[] = [];
		for (const line of indexLines(this.header(), this.index.records(), stamps)) {
			lines.push(line);
			await slicer.turn();
		}
		await this.store.write(lines.join('\n'));
	}

	private indexText(file: TFile, text: string): void {
		if (file.extension !== 'md') return;
		const lesson = this.ctx.lessons.get(file.path, text);
		if (lesson.isLesson) this.others.delete(file.path);
		else this.others.set(file.path, { mtime: file.stat.mtime, size: file.stat.size });
		this.index.setLesson(file.path, lesson, file.stat.mtime, file.stat.size);
	}

	private renamed(file: TAbstractFile, oldPath: string): void {
		if (!(file instanceof TFile)) return;
		this.ctx.lessons.rename(oldPath, file.path);
		const other = this.others.get(oldPath);
		if (other) {
			this.others.delete(oldPath);
			this.others.set(file.path, other);
		}
		this.index.rename(oldPath, file.path);
	}

	private deleted(file: TAbstractFile): void {
		if (!(file instanceof TFile)) return;
		this.ctx.lessons.delete(file.path);
		this.others.delete(file.path);
		this.index.delete(file.path);
	}
}
