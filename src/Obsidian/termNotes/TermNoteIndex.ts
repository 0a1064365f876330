import { TFile, type TAbstractFile } from 'obsidian';
import { termKey } from '../../core/termKey';
import { findRegion, TERM_TAG } from '../../core/termNotes/noteText';
import { preferred, type NoteRank } from '../../core/termNotes/plan';
import { readTermNote } from '../../core/termNotes/termNote';
import type { BaseContext } from '../context';

/**
 * Which note the plugin made for which term. At start-up the metadata cache's frontmatter gives
 * the answer without reading a note (its tag and `term`); from then on each note's text decides
 * (its marker or tag, see readTermNote), as the metadata cache reports it changed and as term
 * note runs read it, so notes whose YAML the cache rejects are found too.
 */
export class TermNoteIndex {
	private readonly byPath = new Map<string, NoteRank & { key: string }>();
	private readonly pathsByKey = new Map<string, Set<string>>();
	/** Notes whose text the index has seen (term notes or not). */
	private readonly seen = new Set<string>();

	constructor(private readonly ctx: BaseContext) {}

	/** Indexes the vault once the layout is ready and follows its changes for the plugin's lifetime. */
	start(): void {
		const { app } = this.ctx;
		for (const file of app.vault.getMarkdownFiles()) {
			const frontmatter = app.metadataCache.getFileCache(file)?.frontmatter;
			const term: unknown = frontmatter?.term;
			const tags: unknown = frontmatter?.tags;
			const tagged = Array.isArray(tags) ? tags.includes(TERM_TAG) : tags === TERM_TAG;
			if (tagged && typeof term === 'string' && termKey(term) !== '') this.add({ path: file.path, term, key: termKey(term), hasRegion: true });
		}
		app.workspace.onLayoutReady(() => {
			this.ctx.plugin.registerEvent(app.metadataCache.on('changed', (file, data) => this.set(file.path, data)));
			this.ctx.plugin.registerEvent(app.vault.on('delete', (file) => this.remove(file.path)));
			this.ctx.plugin.registerEvent(app.vault.on('rename', (file, oldPath) => this.renamed(file, oldPath)));
		});
	}

	/** The note for a term key; when several notes record it, the one the planner keeps. */
	pathFor(key: string): string | null {
		let best: NoteRank | null = null;
		const folder = this.ctx.settings.get().termFolder;
		for (const path of this.pathsByKey.get(key) ?? []) {
			const note = this.byPath.get(path);
			if (note && (!best || preferred(note, best, folder) < 0)) best = note;
		}
		return best?.path ?? null;
	}

	/** Every term that has a note, with the note pathFor gives it. */
	notes(): { path: string; term: string; key: string }[] {
		const out: { path: string; term: string; key: string }[] = [];
		for (const key of this.pathsByKey.keys()) {
			const note = this.byPath.get(this.pathFor(key) ?? '');
			if (note) out.push({ path: note.path, term: note.term, key });
		}
		return out;
	}

	/** Whether a run must read the note: a term note, or one whose text the index has not seen. */
	mayBeTermNote(path: string): boolean {
		return this.byPath.has(path) || !this.seen.has(path);
	}

	/** A note's text as the cache reported it or a run read it. */
	set(path: string, text: string): void {
		this.seen.add(path);
		this.forget(path);
		const term = readTermNote(text);
		const key = term === null ? '' : termKey(term);
		if (term !== null && key !== '') this.add({ path, term, key, hasRegion: findRegion(text) !== null });
	}

	private add(note: NoteRank & { key: string }): void {
		this.byPath.set(note.path, note);
		let paths = this.pathsByKey.get(note.key);
		if (!paths) this.pathsByKey.set(note.key, (paths = new Set()));
		paths.add(note.path);
	}

	private forget(path: string): void {
		const note = this.byPath.get(path);
		if (!note) return;
		this.byPath.delete(path);
		this.pathsByKey.get(note.key)?.delete(path);
	}

	private remove(path: string): void {
		this.seen.delete(path);
		this.forget(path);
	}

	private renamed(file: TAbstractFile, oldPath: string): void {
		const note = this.byPath.get(oldPath);
		const wasSeen = this.seen.has(oldPath);
		this.remove(oldPath);
		if (!(file instanceof TFile)) return;
		if (wasSeen) this.seen.add(file.path);
		if (note) this.add({ ...note, path: file.path });
	}
}
