import { debounce, type App } from 'obsidian';
import type { Lesson } from '../../core/model';
import type { CardBlock } from './CardBlock';
import { markdownViews } from './lessonViews';
import type { LiveBlocks } from './LiveBlocks';

/**
 * Keeps the cards on screen right after an edit. Obsidian re-renders only the blocks whose own
 * text changed; when a kept block would now render differently (see core/cards/blockSignature),
 * the lesson's reading views are re-rendered in full, once, after the edit settles.
 */
export class Freshness {
	private readonly pending = new Set<string>();
	private readonly lastSeen = new Map<string, Lesson>();
	private readonly flush = debounce(() => this.run(), 100, true);

	constructor(
		private readonly app: App,
		private readonly live: LiveBlocks,
		/** What the block would show now, or null when that cannot be told (no section info). */
		private readonly signatureNow: (block: CardBlock) => string | null,
	) {}

	/** A block of `path` was rendered from `lesson`: a new version of the note may leave older blocks stale. */
	rendered(path: string, lesson: Lesson): void {
		const previous = this.lastSeen.get(path);
		this.lastSeen.set(path, lesson);
		if (previous && previous !== lesson) this.check([path]);
	}

	/** Checks the rendered blocks of `paths` (by default all) once things settle. */
	check(paths: string[] = this.live.paths()): void {
		for (const path of paths) this.pending.add(path);
		if (this.pending.size > 0) this.flush();
	}

	cancel(): void {
		this.flush.cancel();
	}

	private run(): void {
		for (const path of this.pending) {
			const stale = [...this.live.of(path)].some((block) => {
				const now = this.signatureNow(block);
				return now !== null && now !== block.signature;
			});
			if (stale) for (const view of markdownViews(this.app, path)) view.previewMode.rerender(true);
		}
		this.pending.clear();
	}
}
