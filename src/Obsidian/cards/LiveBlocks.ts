import type { CardBlock } from './CardBlock';

/** The card blocks currently rendered, by lesson path. */
export class LiveBlocks {
	private readonly byPath = new Map<string, Set<CardBlock>>();

	track(block: CardBlock, alive: boolean): void {
		const path = block.sourcePath;
		let blocks = this.byPath.get(path);
		if (!blocks) this.byPath.set(path, (blocks = new Set()));
		if (alive) blocks.add(block);
		else blocks.delete(block);
		if (blocks.size === 0) this.byPath.delete(path);
	}

	of(path: string): Iterable<CardBlock> {
		return this.byPath.get(path) ?? [];
	}

	paths(): string[] {
		return [...this.byPath.keys()];
	}
}
