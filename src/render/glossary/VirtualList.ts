import { ChunkList } from '../../core/glossary/ChunkList';

/**
 * A scrolling list that renders only the rows in view. Rows flow normally inside a window whose padding
 * (CSS custom properties) stands in for the rows above and below, so an expanded row simply takes its
 * natural height; measured heights replace the estimate once a row has been on screen.
 */
export class VirtualList<T> {
	readonly scrollEl: HTMLElement;
	private readonly windowEl: HTMLElement;
	private items: ChunkList<T> = new ChunkList([]);
	private readonly heights = new Map<string, number>();
	/** offsets[i] = top of row i; offsets[items.length] = total height. */
	private offsets = new Float64Array(1);
	private first = 0;
	private rendered: HTMLElement[] = [];

	constructor(
		parent: HTMLElement,
		private readonly options: {
			cls: string;
			label: string;
			/** Estimated height of a collapsed row, in px. */
			rowHeight: number;
			key: (item: T) => string;
			render: (parent: HTMLElement, item: T, index: number) => HTMLElement;
		},
	) {
		this.scrollEl = parent.createDiv({ cls: options.cls, attr: { role: 'list', 'aria-label': options.label } });
		this.windowEl = this.scrollEl.createDiv({ cls: 'bl-virtual-window' });
	}

	/** Replaces the items and re-renders, keeping the scroll position. */
	setItems(items: ChunkList<T>): void {
		this.items = items;
		this.computeOffsets();
		this.render();
	}

	get length(): number {
		return this.items.length;
	}

	/** After a scroll: rebuilds the rows only when another range of them is in view. */
	scrolled(): void {
		const [first, last] = this.range();
		if (first !== this.first || last !== this.first + this.rendered.length) this.render();
	}

	/** Re-renders the rows in view (after a resize, or when a row's content changed). */
	render(): void {
		const [first, last] = this.range();

		// Rows are rebuilt: a focused one must be focused again, or a scroll would drop the keyboard's place.
		const focused = this.rendered.findIndex((el) => el.contains(el.doc.activeElement));
		const focusedIndex = focused < 0 ? null : this.first + focused;
		this.windowEl.empty();
		this.first = first;
		this.rendered = [];
		for (let i = first; i < last; i++) this.rendered.push(this.options.render(this.windowEl, this.items.get(i) as T, i));
		this.applyPadding(first, last);
		if (this.measure()) this.applyPadding(first, last);
		if (focusedIndex !== null) this.elementAt(focusedIndex)?.focus({ preventScroll: true });
	}

	/** The rows to render for the current scroll position: those in view and two either side. */
	private range(): [number, number] {
		const top = this.scrollEl.scrollTop;
		const height = this.viewportHeight();
		const first = Math.max(0, this.indexAt(top) - 2);
		let last = first;
		while (last < this.items.length && this.offsets[last] < top + height) last++;
		return [first, Math.min(this.items.length, last + 2)];
	}

	/** The rendered element of row `index`, or null when it is out of view. */
	elementAt(index: number): HTMLElement | null {
		return this.rendered[index - this.first] ?? null;
	}

	/**
	 * Scrolls just enough to bring row `index` into view, and renders. Twice: rendering measures
	 * rows whose height was only estimated, which moves the offsets the first scroll went by.
	 */
	scrollIntoView(index: number): void {
		for (let pass = 0; pass < 2; pass++) {
			const top = this.offsets[index];
			const bottom = this.offsets[index + 1];
			const viewTop = this.scrollEl.scrollTop;
			const viewHeight = this.viewportHeight();
			if (top < viewTop) this.scrollEl.scrollTop = top;
			else if (bottom > viewTop + viewHeight) this.scrollEl.scrollTop = bottom - viewHeight;
			else if (pass > 0) return;
			this.render();
		}
	}

	/** Rows per screen, for Page Up / Page Down. */
	pageSize(): number {
		return Math.max(1, Math.floor(this.viewportHeight() / this.options.rowHeight) - 1);
	}

	/** Before layout (or in a DOM without one) the viewport has no height: assume a screenful. */
	private viewportHeight(): number {
		return this.scrollEl.clientHeight || 800;
	}

	private heightOf(item: T): number {
		return this.heights.get(this.options.key(item)) ?? this.options.rowHeight;
	}

	private computeOffsets(): void {
		const offsets = new Float64Array(this.items.length + 1);
		const estimate = this.options.rowHeight;
		if (this.heights.size === 0) for (let i = 1; i < offsets.length; i++) offsets[i] = i * estimate;
		else this.items.forEach((item, i) => (offsets[i + 1] = offsets[i] + this.heightOf(item)));
		this.offsets = offsets;
	}

	/** The row at vertical position `y` (binary search over the offsets). */
	private indexAt(y: number): number {
		let lo = 0;
		let hi = this.items.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.offsets[mid + 1] <= y) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	/** Records the real heights of the rendered rows; true when any differed from what the offsets assumed. */
	private measure(): boolean {
		let changed = false;
		this.rendered.forEach((el, i) => {
			const item = this.items.get(this.first + i) as T;
			const height = el.offsetHeight;
			if (height > 0 && height !== this.heightOf(item)) {
				this.heights.set(this.options.key(item), height);
				changed = true;
			}
		});
		if (changed) this.computeOffsets();
		return changed;
	}

	private applyPadding(first: number, last: number): void {
		const total = this.offsets[this.items.length];
		this.windowEl.setCssProps({
			'--bl-virtual-before': `${this.offsets[first]}px`,
			'--bl-virtual-after': `${total - this.offsets[last]}px`,
		});
	}
}
