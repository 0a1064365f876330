import { ChunkList } from '../../core/glossary/ChunkList';
import type { GlossaryIndex } from '../../core/glossary/GlossaryIndex';
import { searchTokens } from '../../core/glossary/search';
import type { EntryDetails, GlossaryEntry, UnitPlace } from '../../core/glossary/types';
import { GlossaryViewModel, type GlossaryFilter, type GlossarySort } from '../../core/glossary/GlossaryViewModel';
import { lessonOptions, posOptions, renderControls, setOptions, setPressed, totalsText, type GlossaryControls } from './controls';
import { renderRow } from './row';
import { VirtualList } from './VirtualList';
import { t } from '../../lang/t';
import type { DueOf } from '../../core/glossary/dueFilter';

/** What the panel asks of its host (the Obsidian view), so it stays free of Obsidian itself. */
export interface GlossaryActions {
	hasNote(key: string): boolean;
	/** When the term's note is next due for review (ms), or null for none. */
	dueOf: DueOf;
	/** Whether the speaker button is offered (speech synthesis available). */
	canSpeak: boolean;
	speak(entry: GlossaryEntry): void;
	openTerm(entry: GlossaryEntry): void;
	/** An expanded row's sentences and "also appears in" units, read from the lessons. */
	details(entry: GlossaryEntry): Promise<EntryDetails>;
	/** Opens a lesson at a unit (an occurrence or an appearance); `newTab` when the click asked for one (Ctrl/Cmd). */
	/** `term` is the entry's, for the lesson to mark it where it lands. */
	openOccurrence(place: UnitPlace, newTab: boolean, term: string): void;
	exportCsv(rows: ChunkList<GlossaryEntry>): void;
	exportAnki(rows: ChunkList<GlossaryEntry>): void;
}

/** Attaches a DOM listener for the host's lifetime (Component.registerDomEvent in Obsidian). */
export type Listen = <K extends keyof HTMLElementEventMap>(el: HTMLElement, type: K, handler: (evt: HTMLElementEventMap[K]) => void) => void;

/** Collapsed row height estimate (px): term line plus meaning line. */
const ROW_HEIGHT = 52;

/**
 * The glossary's whole UI over an index: header, search, filters and a virtualised list. Events are
 * delegated to a few listeners on stable elements; rows carry data attributes only.
 */
export class GlossaryPanel {
	readonly root: HTMLElement;
	private readonly controls: GlossaryControls;
	private readonly list: VirtualList<GlossaryEntry>;
	private readonly viewModel: GlossaryViewModel;
	private filter: GlossaryFilter;
	private rows: ChunkList<GlossaryEntry> = new ChunkList([]);
	private tokens: string[] = [];
	private readonly expanded = new Set<string>();
	/** Expanded rows' details by key: read once per index version, kept while the row stays open. */
	private details = new Map<string, EntryDetails>();
	private detailsVersion = -1;
	private readonly loading = new Set<string>();
	private active = 0;
	/**
	 * Whether the lesson menu lists every lesson: only from its first use (focus), since thousands of options
	 * would cost every opening of the view; until then it holds "all lessons" and the chosen lesson.
	 */
	private lessonMenuFilled = false;

	constructor(
		parent: HTMLElement,
		private readonly index: GlossaryIndex,
		private readonly actions: GlossaryActions,
		listen: Listen,
		initial: GlossaryFilter,
	) {
		this.filter = { ...initial };
		this.tokens = searchTokens(initial.text);
		this.viewModel = new GlossaryViewModel(index);
		this.root = parent.createDiv({ cls: 'bl-glossary' });
		this.controls = renderControls(this.root, initial);
		this.list = new VirtualList(this.root, {
			cls: 'bl-glossary-list',
			label: t('glossary.listLabel'),
			rowHeight: ROW_HEIGHT,
			key: (entry) => entry.key,
			render: (el, entry, i) => this.renderRow(el, entry, i),
		});
		this.listen(listen);
		this.update();
	}

	/** The current filter, for saving the view's state. */
	get state(): GlossaryFilter {
		return { ...this.filter };
	}

	/** The rows shown now (filtered and sorted). */
	get shown(): ChunkList<GlossaryEntry> {
		return this.rows;
	}

	/** Re-reads the index, keeping filters, scroll position, expanded rows and the focused row. */
	update(): void {
		const activeKey = this.rows.get(this.active)?.key;
		const hadFocus = this.listHasFocus();
		this.refreshOptions();
		this.controls.totals.setText(totalsText(this.index.totals()));
		this.rows = this.viewModel.rows(this.filter, this.actions.dueOf, Date.now());
		const found = activeKey === undefined ? -1 : this.rows.findIndex((entry) => entry.key === activeKey);
		this.active = found === -1 ? Math.min(this.active, Math.max(0, this.rows.length - 1)) : found;
		this.list.setItems(this.rows);
		this.updateStatus();
		if (hadFocus) this.list.elementAt(this.active)?.focus();
	}

	/** Applies a filter change: new rows from the top. */
	setFilter(change: Partial<GlossaryFilter>): void {
		this.filter = { ...this.filter, ...change };
		this.tokens = searchTokens(this.filter.text);
		this.rows = this.viewModel.rows(this.filter, this.actions.dueOf, Date.now());
		this.active = 0;
		this.list.scrollEl.scrollTop = 0;
		this.list.setItems(this.rows);
		this.updateStatus();
	}

	/** Applies a saved filter, controls included (a restored workspace). */
	restore(filter: Partial<GlossaryFilter>): void {
		const next = { ...this.filter, ...filter };
		const c = this.controls;
		this.filter.lesson = next.lesson;
		this.refreshOptions();
		c.search.value = next.text;
		setPressed(c.hot, next.hotOnly);
		setPressed(c.due, next.dueOnly);
		c.sort.value = next.sort;
		c.lesson.value = next.lesson ?? '';
		c.pos.value = next.pos ?? '';
		this.setFilter({ ...next, lesson: c.lesson.value || null, pos: c.pos.value || null });
	}

	focusSearch(): void {
		this.controls.search.focus();
	}

	private renderRow(parent: HTMLElement, entry: GlossaryEntry, index: number): HTMLElement {
		const expanded = this.expanded.has(entry.key);
		if (expanded) this.loadDetails(entry);
		const row = renderRow(parent, entry, {
			tokens: this.tokens,
			expanded,
			details: this.details.get(entry.key) ?? null,
			index,
			hasNote: this.actions.hasNote(entry.key),
			canSpeak: this.actions.canSpeak,
			due: this.actions.dueOf(entry.key),
			now: Date.now(),
		});
		if (index === this.active) row.setAttr('tabindex', 0);
		return row;
	}

	private listen(listen: Listen): void {
		const c = this.controls;
		listen(c.search, 'input', () => this.setFilter({ text: c.search.value }));
		listen(c.search, 'keydown', (evt) => this.onSearchKey(evt));
		listen(c.hot, 'click', () => {
			this.setFilter({ hotOnly: !this.filter.hotOnly });
			setPressed(c.hot, this.filter.hotOnly);
		});
		listen(c.due, 'click', () => {
			this.setFilter({ dueOnly: !this.filter.dueOnly });
			setPressed(c.due, this.filter.dueOnly);
		});
		for (const use of ['pointerdown', 'focus'] as const) listen(c.lesson, use, () => this.fillLessonMenu());
		listen(c.lesson, 'change', () => this.setFilter({ lesson: c.lesson.value || null }));
		listen(c.pos, 'change', () => this.setFilter({ pos: c.pos.value || null }));
		listen(c.sort, 'change', () => this.setFilter({ sort: c.sort.value as GlossarySort }));
		listen(c.exportCsv, 'click', () => this.actions.exportCsv(this.rows));
		listen(c.exportAnki, 'click', () => this.actions.exportAnki(this.rows));
		listen(this.list.scrollEl, 'scroll', () => this.list.scrolled());
		listen(this.list.scrollEl, 'click', (evt) => this.onListClick(evt));
		listen(this.list.scrollEl, 'keydown', (evt) => this.onListKey(evt));
	}

	private onSearchKey(evt: KeyboardEvent): void {
		if (evt.key === 'ArrowDown' || evt.key === 'Enter') {
			evt.preventDefault();
			this.moveTo(0);
		} else if (evt.key === 'Escape' && this.controls.search.value !== '') {
			evt.preventDefault();
			this.controls.search.value = '';
			this.setFilter({ text: '' });
		}
	}

	private onListClick(evt: MouseEvent): void {
		const target = targetElement(evt);
		const rowEl = target?.closest('.bl-glossary-row');
		const index = Number(rowEl?.getAttr('data-index'));
		const entry = this.rows.get(index);
		if (!rowEl || !entry) return;
		this.active = index;
		const actionEl = target?.closest('[data-action]');
		switch (actionEl?.getAttr('data-action')) {
			case 'term':
				return this.actions.openTerm(entry);
			case 'speak':
				return this.actions.speak(entry);
			case 'occurrence': {
				const occurrence = entry.occurrences[Number(actionEl?.getAttr('data-occurrence'))];
				if (occurrence) this.actions.openOccurrence(occurrence, evt.ctrlKey || evt.metaKey, entry.term);
				return;
			}
			case 'appearance': {
				const appearance = this.details.get(entry.key)?.alsoIn[Number(actionEl?.getAttr('data-appearance'))];
				if (appearance) this.actions.openOccurrence(appearance, evt.ctrlKey || evt.metaKey, entry.term);
				return;
			}
			default:
				this.toggle(index);
		}
	}

	private onListKey(evt: KeyboardEvent): void {
		const onRow = targetElement(evt)?.hasClass('bl-glossary-row') ?? false;
		const key = this.rows.get(this.active)?.key;
		const moves: Record<string, number> = {
			ArrowDown: this.active + 1,
			ArrowUp: this.active - 1,
			PageDown: this.active + this.list.pageSize(),
			PageUp: this.active - this.list.pageSize(),
			Home: 0,
			End: this.rows.length - 1,
		};
		if (evt.key in moves) {
			if (evt.key === 'ArrowUp' && this.active === 0) this.focusSearch();
			else this.moveTo(moves[evt.key]);
		} else if (onRow && (evt.key === 'Enter' || evt.key === ' ')) {
			this.toggle(this.active);
		} else if (evt.key === 'ArrowRight' && key !== undefined && !this.expanded.has(key)) {
			this.toggle(this.active);
		} else if ((evt.key === 'ArrowLeft' || evt.key === 'Escape') && key !== undefined && this.expanded.has(key)) {
			this.toggle(this.active);
		} else if (evt.key === 'Escape') {
			this.focusSearch();
		} else if (evt.key.length === 1 && evt.key !== ' ' && !evt.ctrlKey && !evt.metaKey && !evt.altKey) {
			// Typing on a row searches: the letter goes to the end of the search box, and the cursor with it.
			const search = this.controls.search;
			search.value += evt.key;
			this.focusSearch();
			this.setFilter({ text: search.value });
		} else {
			return;
		}
		evt.preventDefault();
	}

	private moveTo(index: number): void {
		if (this.rows.length === 0) return;
		this.active = Math.max(0, Math.min(this.rows.length - 1, index));
		this.list.scrollIntoView(this.active);
		this.list.elementAt(this.active)?.focus({ preventScroll: true });
	}

	private toggle(index: number): void {
		const key = this.rows.get(index)?.key;
		if (key === undefined) return;
		if (!this.expanded.delete(key)) this.expanded.add(key);
		this.active = index;
		this.list.render();
		this.list.elementAt(index)?.focus({ preventScroll: true });
	}

	/** Asks for an expanded row's details (once per index version) and shows them when they come. */
	private loadDetails(entry: GlossaryEntry): void {
		if (this.detailsVersion !== this.index.version) {
			this.details = new Map();
			this.detailsVersion = this.index.version;
		}
		const { key } = entry;
		if (this.details.has(key) || this.loading.has(key)) return;
		this.loading.add(key);
		const version = this.index.version;
		void this.actions.details(entry).then(
			(details) => {
				this.loading.delete(key);
				if (!this.expanded.has(key)) return;
				// Details read before the lessons changed are dropped; the render then asks for them afresh.
				if (version === this.index.version) this.details.set(key, details);
				this.list.render();
			},
			() => this.loading.delete(key),
		);
	}

	private listHasFocus(): boolean {
		const focused = this.root.doc.activeElement;
		return focused !== null && this.list.scrollEl.contains(focused);
	}

	private fillLessonMenu(): void {
		if (this.lessonMenuFilled) return;
		this.lessonMenuFilled = true;
		this.refreshOptions();
	}

	/** Lesson and part-of-speech menus, rebuilt only when their choices changed; a choice that went is dropped. */
	private refreshOptions(): void {
		const { lesson, pos } = this.controls;
		const chosen = this.filter.lesson === null ? undefined : this.index.lesson(this.filter.lesson);
		const lessons = this.lessonMenuFilled ? this.index.lessons() : chosen ? [chosen] : [];
		this.filter.lesson = setOptions(lesson, lessonOptions(lessons), this.filter.lesson ?? '') || null;
		this.filter.pos = setOptions(pos, posOptions(this.viewModel.partsOfSpeech()), this.filter.pos ?? '') || null;
	}

	private updateStatus(): void {
		const total = this.index.totals();
		let text = '';
		if (total.lessons === 0) text = t('glossary.noLessons');
		else if (this.rows.length === 0) text = t('glossary.noMatch');
		else if (this.rows.length < total.terms) text = t('glossary.showing', { shown: this.rows.length, total: total.terms });
		this.controls.status.setText(text);
	}
}

/** The element an event happened on; `instanceOf` works across Obsidian's popout windows, `instanceof` does not. */
function targetElement(evt: UIEvent): HTMLElement | null {
	const node = evt.targetNode;
	return node?.instanceOf(HTMLElement) ? node : null;
}
