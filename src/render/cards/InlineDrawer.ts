import type { InlineMarkdown, InlineRange, InlineStyle, LinkRange, StyledRange } from '../../core/parser/inlineMarkdown';

const TAGS: Record<InlineStyle, keyof HTMLElementTagNameMap> = { em: 'em', strong: 'strong', mark: 'mark', del: 'del', code: 'code', u: 'u', sup: 'sup', sub: 'sub', footnote: 'sup' };

type Run = StyledRange | LinkRange;

/**
 * Draws the pieces of one English, in text order, with their inline Markdown: syntax characters left out, styled runs
 * and links as their elements (a run that goes on past a piece is cut there, and goes on in the next). Ranges behind
 * the pieces drawn are passed over for good, so a long English of many pieces and many runs is drawn in linear time.
 */
export class InlineDrawer {
	private readonly runs: Run[];
	private readonly breaks: Set<number>;
	/** The first hidden range and run that may still reach the next piece. */
	private hiddenFrom = 0;
	private runsFrom = 0;

	constructor(private readonly inline: InlineMarkdown) {
		this.runs = [...inline.styles, ...inline.links].sort((a, b) => a.start - b.start || b.end - a.end);
		this.breaks = new Set(inline.breaks.map((r) => r.start));
	}

	/** Appends `text`, the English from offset `start`. */
	append(parent: HTMLElement, text: string, start: number): void {
		const end = start + text.length;
		const hidden = this.hiddenIn(start, end);
		const runs = this.runsIn(start, end);
		if (hidden.length === 0 && runs.length === 0) {
			parent.appendText(text);
			return;
		}
		const cuts = new Set([start, end]);
		for (const r of [...hidden, ...runs]) for (const at of [r.start, r.end]) if (at > start && at < end) cuts.add(at);
		const points = [...cuts].sort((a, b) => a - b);
		// The elements open at this point, outermost first, each with the run it draws.
		const open: { run: Run; el: HTMLElement }[] = [];
		for (let k = 0; k + 1 < points.length; k++) {
			const [from, to] = [points[k], points[k + 1]];
			if (hidden.some((r) => r.start <= from && to <= r.end)) {
				// The English keeps its line breaks (white-space: pre-line): a `<br>` is one.
				if (this.breaks.has(from)) (open.at(-1)?.el ?? parent).appendText('\n');
				continue;
			}
			const active = runs.filter((r) => r.start <= from && to <= r.end);
			let keep = 0;
			while (keep < open.length && keep < active.length && open[keep].run === active[keep]) keep++;
			open.length = keep;
			for (const run of active.slice(keep)) open.push({ run, el: runElement(open.at(-1)?.el ?? parent, run) });
			(open.at(-1)?.el ?? parent).appendText(text.slice(from - start, to - start));
		}
	}

	/** The hidden ranges over [start, end): they are apart and in order, so those ending before `start` never come back. */
	private hiddenIn(start: number, end: number): InlineRange[] {
		const all = this.inline.hidden;
		while (this.hiddenFrom < all.length && all[this.hiddenFrom].end <= start) this.hiddenFrom++;
		const found: InlineRange[] = [];
		for (let k = this.hiddenFrom; k < all.length && all[k].start < end; k++) found.push(all[k]);
		return found;
	}

	/** The runs over [start, end), from the first that may still reach it (runs nest, so some behind it may end earlier). */
	private runsIn(start: number, end: number): Run[] {
		const all = this.runs;
		while (this.runsFrom < all.length && all[this.runsFrom].end <= start) this.runsFrom++;
		const found: Run[] = [];
		for (let k = this.runsFrom; k < all.length && all[k].start < end; k++) if (all[k].end > start) found.push(all[k]);
		return found;
	}
}

function runElement(parent: HTMLElement, run: Run): HTMLElement {
	if ('style' in run) return parent.createEl(TAGS[run.style]);
	if (run.internal) return parent.createEl('a', { cls: ['internal-link', 'bl-english-link'], href: run.href, attr: { 'data-href': run.href } });
	return parent.createEl('a', { cls: 'external-link', href: run.href, attr: { target: '_blank', rel: 'noopener' } });
}
