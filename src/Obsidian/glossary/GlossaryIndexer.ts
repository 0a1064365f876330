import { debounce, TFile, type TAbstractFile } from 'obsidian';
import { GlossaryIndex } from '../../core/glossary/GlossaryIndex';
import { indexHeader, indexLines, readIndex, type FileStamp, type IndexHeader } from '../../core/glossary/persistedIndex';
import { Slicer } from '../../core/Slicer';
import { PARSE_KEYS, parseOptionsFrom } from '../../settings';
import type { BaseContext } from '../context';
import { IndexStore } from './IndexStore';

/** The persisted index is written this long after the last change (a burst of edits writes once). */
const SAVE_DELAY_MS = 15_000;

/**
 * Feeds the glossary index from the vault: every markdown file once the layout is ready, then only the file
 * that changed (metadata-cache `changed` for creations and edits, vault `rename` and `delete`). A start shows
 * the index persisted by the last one, then checks every file against it and re-reads only those whose mtime or
 * size changed; the work is cut into short tasks, so Obsidian stays responsive while a large vault is indexed.
 */
export class GlossaryIndexer {
	readonly index = new GlossaryIndex();
	/** Settles when the last build started (after layout-ready, after a settings change) is done. */
	ready: Promise<void> = Promise.resolve();
	/**
	 * Settles once the index persisted by the last start is in (or found missing or stale): from then on the
	 * glossary shows every lesson as last indexed, while the notes are checked against it (`ready`).
	 */
	restored: Promise<void> = Promise.resolve();
	private generation = 0;
	/** Notes read and found not to be lessons, with their stat then: persisted so a start need not read them. */
	private readonly others = new Map<string, { mtime: number; size: number }>();
	private readonly store: IndexStore;
	private readonly saveSoon = debounce(() => void this.save(), SAVE_DELAY_MS, true);
	private readonly nextTask = () => this.ctx.clock.nextTask();

	constructor(private readonly ctx: BaseContext) {
		this.store = new IndexStore(ctx);
	}

	start(): void {
		const { app } = this.ctx;
		app.workspace.onLayoutReady(() => {
			let markRestored = () => {};
			this.restored = new Promise((resolve) => (markRestored = resolve));
			this.ready = this.rebuild(true, markRestored).finally(markRestored);
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
	 * lessons no longer found, and persists the result. With `usePersisted`, the persisted index is taken in first
	 * (then `restored` is called) and only the files whose mtime or size differ from it are read. A newer rebuild
	 * supersedes an unfinished one.
	 */
	async rebuild(usePersisted: boolean, restored = () => {}): Promise<void> {
		const generation = ++this.generation;
		const slicer = new Slicer(this.nextTask);
		if (usePersisted) await this.restore(slicer, () => generation === this.generation);
		if (generation !== this.generation) return;
		restored();
		// Before the notes are checked: a note changed meanwhile would otherwise make the keys' map in one task.
		const keying = this.index.keyInSteps();
		while (!keying.next().done) {
			await slicer.turn();
			if (generation !== this.generation) return;
		}
		const { vault } = this.ctx.app;
		const seen = new Set<string>();
		let changed = 0;
		for (const file of vault.getMarkdownFiles()) {
			await slicer.turn();
			if (generation !== this.generation) return;
			seen.add(file.path);
			if (usePersisted && this.isIndexed(file)) continue;
			changed++;
			let text: string;
			try {
				text = await vault.cachedRead(file);
			} catch {
				continue; // deleted while we were reading: its delete event settles it
			}
			if (generation !== this.generation) return;
			this.indexText(file, text);
		}
		if (generation !== this.generation) return;
		for (const lesson of this.index.lessons()) {
			if (seen.has(lesson.path)) continue;
			this.index.delete(lesson.path);
			changed++;
		}
		for (const path of this.others.keys()) {
			if (seen.has(path)) continue;
			this.others.delete(path);
			changed++;
		}
		this.saveSoon.cancel();
		// Every note as stored, and nothing stored that is gone: the stored index is this one, and is not written again.
		if (changed > 0) await this.save();
	}

	private header(): IndexHeader {
		return indexHeader(this.ctx.plugin.manifest.version, parseOptionsFrom(this.ctx.settings.get()));
	}

	/** Takes in the persisted index, a lesson per step, unless `current` says this build was superseded meanwhile. */
	private async restore(slicer: Slicer, current: () => boolean): Promise<void> {
		const text = await this.store.read();
		if (text === null || !current()) return;
		const reading = readIndex(text, this.header());
		let step = reading.next();
		while (!step.done) {
			await slicer.turn();
			if (!current()) return;
			step = reading.next();
		}
		if (step.value === null) return;
		for (const [path, mtime, size] of step.value.others) if (!this.others.has(path)) this.others.set(path, { mtime, size });
		this.index.restore(step.value);
	}

	/** Whether the index holds `file` as it is now (same mtime and size), as a lesson or as a note that is not one. */
	private isIndexed(file: TFile): boolean {
		const { mtime, size } = file.stat;
		const known = this.index.lesson(file.path) ?? this.others.get(file.path);
		return known !== undefined && known.mtime === mtime && known.size === size;
	}

	/** Writes the index as it is now, in short tasks. */
	private async save(): Promise<void> {
		const slicer = new Slicer(this.nextTask);
		const settling = this.index.settleOrder();
		while (!settling.next().done) await slicer.turn();
		const stamps = [...this.others].map(([path, s]): FileStamp => [path, s.mtime, s.size]);
		const lines: string[] = [];
		for (const line of indexLines(this.header(), this.index, stamps)) {
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
			this.saveSoon(); // no index change to say so: stored under its old name, it would be read again at the next start
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
